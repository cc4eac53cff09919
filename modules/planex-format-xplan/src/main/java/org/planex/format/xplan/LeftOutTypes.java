package org.planex.format.xplan;

import java.util.Map;
import java.util.TreeMap;
import org.planex.spi.Location;
import org.planex.spi.WarningListener;

/**
 * Counts the members of an XPlanGML document that planex does not read (lines, points, presentation objects,
 * texts, feature types without a zone mapping), by type, and reports one warning per type with its count.
 *
 * <p><b>Thread safety:</b> not thread-safe; one per reader.
 */
final class LeftOutTypes {

    private final Map<String, Long> counts = new TreeMap<>();

    /** Records one member of {@code type} left out. */
    void add(String type) {
        counts.merge(type, 1L, Long::sum);
    }

    /** Reports one warning per type, e.g. "XPlanGML BP_BauGrenze: 3 features not read (...)". */
    void report(WarningListener warnings, Location where) {
        counts.forEach((type, count) -> warnings.warning(where, "XPlanGML " + type + ": " + count + " feature"
                + (count == 1 ? "" : "s") + " not read (planex reads the area features listed in the README of "
                + "planex-format-xplan as zones and the protection areas as control areas)"));
    }
}
