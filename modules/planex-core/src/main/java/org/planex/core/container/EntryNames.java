package org.planex.core.container;

import org.planex.spi.Location;
import org.planex.spi.PlanexException;

/** Refuses entry paths that could escape the package: absolute, with {@code ..}, backslashes or drives. */
final class EntryNames {

    private EntryNames() {
    }

    static void check(Location where, String name) throws PlanexException {
        String reason = problem(name);
        if (reason != null) {
            throw PlanexException.unsafe(where.withEntry(name), "entry path refused: " + reason
                    + "; a package holds only relative paths inside itself");
        }
    }

    private static String problem(String name) {
        if (name.isEmpty()) {
            return "empty name";
        }
        if (name.startsWith("/") || name.startsWith("\\")) {
            return "absolute path";
        }
        if (name.length() > 1 && name.charAt(1) == ':') {
            return "drive letter";
        }
        if (name.indexOf('\\') >= 0) {
            return "backslash in path";
        }
        if (name.indexOf('\0') >= 0) {
            return "NUL character in path";
        }
        for (String segment : name.split("/", -1)) {
            if (segment.equals("..")) {
                return "'..' segment";
            }
        }
        return null;
    }
}
