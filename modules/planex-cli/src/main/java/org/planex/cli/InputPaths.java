package org.planex.cli;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;

/** Expands the inputs of a batch: globs ({@code *}, {@code ?}, {@code **}, {@code [..]}) and, on request, folders. */
final class InputPaths {

    private InputPaths() {
    }

    static boolean isGlob(String s) {
        return s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('[') >= 0;
    }

    /**
     * The inputs, in the order given, each glob expanded to its matches in name order.
     *
     * @param expandFolders whether a folder stands for its entries (files and sub-folders, not hidden)
     * @throws PlanexException UNREADABLE_INPUT for a glob that matches nothing
     */
    static List<Path> expand(List<String> inputs, boolean expandFolders) throws PlanexException {
        List<Path> out = new ArrayList<>();
        for (String in : inputs) {
            if (isGlob(in)) {
                List<Path> matches = glob(in);
                if (matches.isEmpty()) {
                    throw PlanexException.unreadable(Location.UNKNOWN, "no file matches " + in, null);
                }
                out.addAll(matches);
            } else if (expandFolders && Files.isDirectory(Path.of(in))) {
                out.addAll(children(Path.of(in)));
            } else {
                out.add(Path.of(in));
            }
        }
        return out;
    }

    private static List<Path> glob(String pattern) throws PlanexException {
        int cut = firstGlobChar(pattern);
        int slash = pattern.lastIndexOf('/', cut);
        Path base = slash < 0 ? Path.of(".") : Path.of(pattern.substring(0, slash + 1));
        String relative = slash < 0 ? pattern : pattern.substring(slash + 1);
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + relative);
        int depth = relative.contains("**") ? Integer.MAX_VALUE : relative.split("/").length;
        try (Stream<Path> s = Files.walk(base, depth)) {
            return s.filter(p -> !p.equals(base) && m.matches(base.relativize(p))).sorted().toList();
        } catch (IOException e) {
            throw PlanexException.unreadable(Location.of(base), "cannot list: " + e.getMessage(), e);
        }
    }

    private static int firstGlobChar(String s) {
        int i = s.length();
        for (char c : new char[] {'*', '?', '['}) {
            int j = s.indexOf(c);
            if (j >= 0 && j < i) {
                i = j;
            }
        }
        return i;
    }

    /** The entries of a folder, leaving out hidden files and the companion files of a shapefile (x.dbf beside x.shp). */
    private static List<Path> children(Path dir) throws PlanexException {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> all = s.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
            java.util.Set<String> shapefiles = new java.util.HashSet<>();
            for (Path p : all) {
                String n = p.getFileName().toString();
                if (n.toLowerCase(java.util.Locale.ROOT).endsWith(".shp")) {
                    shapefiles.add(n.substring(0, n.length() - 4).toLowerCase(java.util.Locale.ROOT));
                }
            }
            return all.stream().filter(p -> {
                String n = p.getFileName().toString();
                int dot = n.indexOf('.');
                String base = (dot < 0 ? n : n.substring(0, dot)).toLowerCase(java.util.Locale.ROOT);
                return !shapefiles.contains(base) || n.toLowerCase(java.util.Locale.ROOT).endsWith(".shp");
            }).toList();
        } catch (IOException e) {
            throw PlanexException.unreadable(Location.of(dir), "cannot list: " + e.getMessage(), e);
        }
    }
}
