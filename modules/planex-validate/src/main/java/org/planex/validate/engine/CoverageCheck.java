package org.planex.validate.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.stream.IntStream;
import org.locationtech.jts.coverage.CoveragePolygonValidator;
import org.locationtech.jts.geom.Geometry;
import org.planex.model.FeatureKind;
import org.planex.rule.PlanView;

/**
 * Finds the zones of a plan that do not form a clean polygonal coverage with their neighbours: the check of JTS
 * {@code CoverageValidator}, zone by zone against the zones the plan's own index finds around it
 * ({@link CoveragePolygonValidator}), in parallel, with no second index.
 *
 * <p><b>Thread safety:</b> stateless.
 *
 * @since 0.1
 */
final class CoverageCheck {

    private CoverageCheck() {
    }

    /** The indices of the zones with a metric geometry whose edges do not match their neighbours'. */
    static BitSet unmatchedZones(PlanView plan) {
        BitSet out = new BitSet();
        if (!plan.hasMetricView()) {
            return out;
        }
        int[] zones = plan.indicesOf(FeatureKind.ZONE).stream().mapToInt(Integer::intValue)
                .filter(i -> plan.metric(i) != null).toArray();
        boolean[] unmatched = new boolean[zones.length];
        IntStream.range(0, zones.length).parallel().forEach(k -> unmatched[k] = !matches(plan, zones[k]));
        for (int k = 0; k < zones.length; k++) {
            if (unmatched[k]) {
                out.set(zones[k]);
            }
        }
        return out;
    }

    private static boolean matches(PlanView plan, int zone) {
        Geometry target = plan.metric(zone);
        List<Geometry> around = new ArrayList<>();
        for (int j : plan.query(target.getEnvelopeInternal())) {
            if (j != zone && plan.features().get(j).kind() == FeatureKind.ZONE && plan.metric(j) != null) {
                around.add(plan.metric(j));
            }
        }
        return CoveragePolygonValidator.validate(target, around.toArray(Geometry[]::new)).isEmpty();
    }
}
