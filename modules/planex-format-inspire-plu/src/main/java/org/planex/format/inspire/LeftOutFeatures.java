package org.planex.format.inspire;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.planex.model.FeatureKind;
import org.planex.model.PlanFeature;
import org.planex.spi.Location;
import org.planex.spi.WarningListener;

/**
 * Counts the features a writer leaves out because PLU has no type for them (facilities, corridors), keeping
 * the first ids of each kind, and reports one warning per kind. Memory stays small however many there are.
 *
 * <p><b>Thread safety:</b> not thread-safe; one per writer.
 */
final class LeftOutFeatures {

    /** How many ids a warning names. */
    private static final int NAMED = 5;

    private final Map<FeatureKind, List<String>> firstIds = new EnumMap<>(FeatureKind.class);
    private final Map<FeatureKind, Long> counts = new EnumMap<>(FeatureKind.class);

    /** Records one feature left out. */
    void add(PlanFeature feature) {
        List<String> ids = firstIds.computeIfAbsent(feature.kind(), k -> new ArrayList<>());
        if (ids.size() < NAMED) {
            ids.add(feature.id());
        }
        counts.merge(feature.kind(), 1L, Long::sum);
    }

    /** Reports one warning per kind, e.g. "... for corridor features: 2 left out (QP-G50, QP-ROAD-3)". */
    void report(WarningListener warnings, Location where) {
        counts.forEach((kind, count) -> {
            List<String> ids = firstIds.get(kind);
            warnings.warning(where, "INSPIRE PLU has no feature type for " + kind.token() + " features: " + count
                    + " left out (" + String.join(", ", ids) + (count > ids.size() ? ", ..." : "") + ")");
        });
    }
}
