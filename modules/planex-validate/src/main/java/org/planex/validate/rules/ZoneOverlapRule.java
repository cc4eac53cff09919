package org.planex.validate.rules;

import java.util.BitSet;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.planex.rule.Issue;
import org.planex.rule.IssueSink;
import org.planex.rule.PieceKind;
import org.planex.rule.PieceShape;
import org.planex.rule.PlanView;
import org.planex.rule.Rule;
import org.planex.rule.RuleContext;
import org.planex.rule.RuleDescriptor;
import org.planex.rule.RuleScope;
import org.planex.rule.Severity;
import org.planex.spi.Location;

/**
 * {@code TOPO.OVERLAP} and {@code TOPO.SLIVER}: zones of one package that overlap. Only the zones whose edges do not
 * form a clean coverage ({@link org.planex.rule.PlanView#unmatchedZones}, computed once per plan) are intersected
 * with their STRtree neighbours. Each overlapping pair is
 * one issue with the area, mean width and length of the shared piece: a sliver when narrower than the sliver
 * width.
 *
 * @since 0.1
 */
public final class ZoneOverlapRule implements Rule {

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("TOPO.OVERLAP", RuleScope.PLAN,
            Severity.ERROR, "Zones of one package overlap.", List.of("TOPO.OVERLAP", "TOPO.SLIVER"), List.of());

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void checkPlan(PlanView plan, RuleContext context, IssueSink sink) {
        if (!plan.hasMetricView()) {
            return;
        }
        BitSet flagged = plan.unmatchedZones();
        for (int i = flagged.nextSetBit(0); i >= 0; i = flagged.nextSetBit(i + 1)) {
            Geometry a = plan.metric(i);
            if (!plan.validMetric(i)) {
                continue;
            }
            for (int j : plan.query(a.getEnvelopeInternal())) {
                if (j <= i || !flagged.get(j)) {
                    continue;
                }
                Geometry b = plan.metric(j);
                if (!plan.validMetric(j) || !a.relate(b, "2********")) {
                    continue;
                }
                report(plan, i, j, a.intersection(b), context, sink);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void report(PlanView plan, int i, int j, Geometry overlap, RuleContext context,
            IssueSink sink) {
        List<Polygon> parts = PolygonExtracter.getPolygons(overlap);
        Geometry piece = overlap.getFactory().buildGeometry(parts);
        PieceShape s = PieceShape.of(piece);
        PieceClass c = PieceClass.of(s, context.tolerances());
        if (c == PieceClass.IGNORED) {
            return;
        }
        String a = plan.features().get(i).id();
        String b = plan.features().get(j).id();
        String id = c == PieceClass.SLIVER ? "TOPO.SLIVER" : "TOPO.OVERLAP";
        sink.report(Issue.builder(id, Severity.ERROR).kind(PieceKind.OVERLAP.token())
                .message("zones " + a + " and " + b + " overlap over " + Measures.area(s.area()) + " (mean width "
                        + Measures.metres(s.width()) + "); each place must belong to one zone")
                .packages(plan.packageId()).features(a, b).at(Location.of(plan.source()).withFeature(a))
                .marker(plan.toLonLat(piece)).measure(Issue.AREA_M2, s.area()).measure(Issue.WIDTH_M, s.width())
                .measure(Issue.LENGTH_M, s.length()).build());
    }
}
