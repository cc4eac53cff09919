package org.planex.validate.cases;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;

/**
 * Finds the case files ({@code **}{@code /*.json}) under a folder of the file system or of the class path (a
 * directory, or a jar with directory entries as the jar tools write them), sorted by name.
 */
public final class CaseFiles {

    private CaseFiles() {
    }

    /**
     * The case files under a file-system folder.
     *
     * @throws PlanexException if the folder cannot be read
     */
    public static List<CaseSource> inFolder(Path folder) throws PlanexException {
        return collect(folder, folder);
    }

    /**
     * The case files under a class-path folder, in every class-path root that has it.
     *
     * @param loader the class loader
     * @param folder the folder, e.g. {@code cases}
     * @throws PlanexException if no root has the folder or a file cannot be read
     */
    public static List<CaseSource> onClasspath(ClassLoader loader, String folder) throws PlanexException {
        String clean = folder.replaceAll("^/+|/+$", "");
        List<CaseSource> out = new ArrayList<>();
        try {
            Enumeration<URL> roots = loader.getResources(clean);
            if (!roots.hasMoreElements()) {
                throw PlanexException.unreadable(Location.of(Path.of(clean)), "no class-path folder " + clean
                        + "; put the case files under src/test/resources/" + clean, null);
            }
            while (roots.hasMoreElements()) {
                URI uri = roots.nextElement().toURI();
                if ("jar".equals(uri.getScheme())) {
                    try (FileSystem jar = open(uri)) {
                        out.addAll(collect(jar.provider().getPath(uri), Path.of(clean)));
                    }
                } else {
                    out.addAll(collect(Path.of(uri), Path.of(clean)));
                }
            }
        } catch (PlanexException e) {
            throw e;
        } catch (IOException | URISyntaxException e) {
            throw PlanexException.unreadable(Location.of(Path.of(clean)), "cannot list the class-path folder "
                    + clean + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static FileSystem open(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            throw new IOException("the jar of " + uri + " is already open elsewhere", e);
        }
    }

    private static List<CaseSource> collect(Path root, Path shownAs) throws PlanexException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".json")).sorted()
                    .toList();
        } catch (IOException e) {
            throw PlanexException.unreadable(Location.of(shownAs), "cannot list the case folder: " + e.getMessage(),
                    e);
        }
        List<CaseSource> out = new ArrayList<>();
        for (Path f : files) {
            Path name = shownAs.resolve(root.relativize(f).toString());
            try {
                out.add(new CaseSource(name, f.toUri(), Files.readString(f, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw PlanexException.unreadable(Location.of(name), "cannot read the case file: " + e.getMessage(), e);
            }
        }
        return out;
    }
}
