package org.planex.format.shapefile;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;
import org.planex.spi.io.SafeZipExtractor;

/**
 * Finds the shapefiles of an input: a folder (its own {@code .shp} files, not those of sub-folders), a ZIP
 * archive (every {@code .shp} entry, extracted by {@link SafeZipExtractor} into a temporary folder deleted on
 * {@link #close()}), or a single {@code .shp} file. Companion files are matched case-insensitively
 * ({@code senate.DBF}).
 *
 * <p><b>Thread safety:</b> not thread-safe.
 */
final class ShapefileSource implements Closeable {

    /** The entries of an archive that are extracted: the files of a shapefile and planex's side files. */
    private static final Set<String> ZIPPED = Set.of("shp", "shx", "dbf", "prj", "cpg",
            ShapefileNames.FIELD_NAMES_SUFFIX, ShapefileNames.HEADER_SUFFIX);

    private final List<ShapefileSet> sets;
    private final Path tempFolder;
    private final Path headerFile;

    private ShapefileSource(List<ShapefileSet> sets, Path tempFolder, Path headerFile) {
        this.sets = sets;
        this.tempFolder = tempFolder;
        this.headerFile = headerFile;
    }

    /** The plan header sidecar written by planex ({@link ShapefileNames#HEADER_FILE}), or {@code null}. */
    Path headerFile() {
        return headerFile;
    }

    private static Path header(java.util.Collection<Path> files) {
        return files.stream().filter(p -> p.getFileName().toString().equalsIgnoreCase(ShapefileNames.HEADER_FILE))
                .findFirst().orElse(null);
    }

    /**
     * Resolves the input.
     *
     * @throws PlanexException if it holds no shapefile or cannot be read
     */
    static ShapefileSource open(Path input) throws PlanexException {
        Location where = Location.of(input);
        if (!Files.exists(input)) {
            throw PlanexException.unreadable(where, "no such file or folder", null);
        }
        try {
            if (Files.isDirectory(input)) {
                List<Path> files;
                try (Stream<Path> s = Files.list(input)) {
                    files = s.filter(Files::isRegularFile).sorted().toList();
                }
                List<ShapefileSet> sets = group(files, Location::of);
                if (sets.isEmpty()) {
                    throw PlanexException.unreadable(where, "the folder holds no .shp file", null);
                }
                return new ShapefileSource(sets, null, header(files));
            }
            if (isZip(input)) {
                Path temp = Files.createTempDirectory("planex-shp-");
                try {
                    Map<String, Path> extracted = SafeZipExtractor.extract(input, temp,
                            name -> ZIPPED.contains(ShapefileNames.extension(name)));
                    Map<Path, String> entryOf = new HashMap<>();
                    extracted.forEach((entry, path) -> entryOf.put(path, entry));
                    List<ShapefileSet> sets = group(new ArrayList<>(extracted.values()),
                            p -> where.withEntry(entryOf.get(p)));
                    if (sets.isEmpty()) {
                        throw PlanexException.unreadable(where, "the archive holds no .shp file", null);
                    }
                    return new ShapefileSource(sets, temp, header(extracted.values()));
                } catch (PlanexException | RuntimeException e) {
                    deleteTree(temp);
                    throw e;
                }
            }
            Path parent = input.toAbsolutePath().getParent();
            String base = ShapefileNames.baseName(input.getFileName().toString()).toLowerCase(Locale.ROOT);
            List<Path> files;
            try (Stream<Path> s = Files.list(parent)) {
                files = s.filter(p -> ShapefileNames.baseName(p.getFileName().toString()).toLowerCase(Locale.ROOT)
                        .equals(base)).sorted().toList();
            }
            List<ShapefileSet> sets = group(files, p -> Location.of(p.equals(input.toAbsolutePath()) ? input : p));
            if (sets.isEmpty()) {
                throw PlanexException.unreadable(where, "not a shapefile (expected a .shp file, a folder or a ZIP"
                        + " of shapefiles)", null);
            }
            return new ShapefileSource(sets, null, null);
        } catch (IOException e) {
            if (e instanceof PlanexException p) {
                throw p;
            }
            throw PlanexException.unreadable(where, "cannot read: " + e.getMessage(), e);
        }
    }

    private static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] b = in.readNBytes(4);
            return b.length == 4 && b[0] == 'P' && b[1] == 'K' && (b[2] == 3 || b[2] == 5);
        }
    }

    private interface Locator {
        Location of(Path shp);
    }

    private static List<ShapefileSet> group(List<Path> files, Locator locator) {
        Map<String, Map<String, Path>> byBase = new LinkedHashMap<>();
        for (Path p : files) {
            String name = p.getFileName().toString();
            String key = p.toAbsolutePath().getParent() + "/" + ShapefileNames.baseName(name).toLowerCase(Locale.ROOT);
            byBase.computeIfAbsent(key, k -> new HashMap<>()).putIfAbsent(ShapefileNames.extension(name), p);
        }
        List<ShapefileSet> sets = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Map<String, Path> parts : byBase.values()) {
            Path shp = parts.get("shp");
            if (shp == null) {
                continue;
            }
            String layer = ShapefileNames.baseName(shp.getFileName().toString());
            String unique = layer;
            for (int i = 2; !used.add(unique.toLowerCase(Locale.ROOT)); i++) {
                unique = layer + "_" + i;
            }
            sets.add(new ShapefileSet(unique, shp, parts.get("shx"), parts.get("dbf"), parts.get("prj"),
                    parts.get("cpg"), parts.get(ShapefileNames.FIELD_NAMES_SUFFIX), locator.of(shp)));
        }
        return sets;
    }

    /** The shapefiles, in name order. */
    List<ShapefileSet> sets() {
        return sets;
    }

    @Override
    public void close() {
        if (tempFolder != null) {
            deleteTree(tempFolder);
        }
    }

    /** Deletes a folder and everything in it, ignoring files already gone. */
    static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete temporary folder " + folder, e);
        }
    }
}
