package org.planex.validate.rules;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.overlayng.CoverageUnion;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.planex.model.FeatureKind;
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
 * {@code TOPO.GAP} and {@code TOPO.SLIVER}: land inside the plan boundary that no zone covers. The zones are
 * merged with JTS {@link CoverageUnion} (those that form a clean coverage; a full union of the others), the
 * union is subtracted from the boundary ({@link UncoveredLand}), and every remaining piece is classified by the
 * tolerance model.
 *
 * @since 0.1
 */
public final class ZoneGapRule implements Rule {

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("TOPO.GAP", RuleScope.PLAN,
            Severity.ERROR, "Land inside the plan boundary that no zone covers.", List.of("TOPO.GAP", "TOPO.SLIVER"),
            List.of());

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void checkPlan(PlanView plan, RuleContext context, IssueSink sink) {
        if (!plan.hasMetricView() || plan.metricBoundary() == null) {
            return;
        }
        BitSet unmatched = plan.unmatchedZones();
        List<Geometry> clean = new ArrayList<>();
        List<Geometry> rest = new ArrayList<>();
        for (int i : plan.indicesOf(FeatureKind.ZONE)) {
            Geometry g = plan.metric(i);
            if (plan.validMetric(i)) {
                (unmatched.get(i) ? rest : clean).add(g);
            }
        }
        if (clean.isEmpty() && rest.isEmpty()) {
            return;
        }
        Geometry covered = union(clean, rest);
        for (Polygon piece : UncoveredLand.of(plan.metricBoundary(), covered)) {
            PieceShape s = PieceShape.of(piece);
            PieceClass c = PieceClass.of(s, context.tolerances());
            if (c == PieceClass.IGNORED) {
                continue;
            }
            sink.report(Issue.builder(c == PieceClass.SLIVER ? "TOPO.SLIVER" : "TOPO.GAP", Severity.ERROR)
                    .kind(PieceKind.GAP.token()).message("no zone covers " + Measures.area(s.area()) + " inside the plan boundary (mean width "
                            + Measures.metres(s.width()) + ", length " + Measures.metres(s.length())
                            + "); zone it or move the boundary")
                    .packages(plan.packageId()).at(Location.of(plan.source())).marker(plan.toLonLat(piece))
                    .measure(Issue.AREA_M2, s.area()).measure(Issue.WIDTH_M, s.width())
                    .measure(Issue.LENGTH_M, s.length()).build());
        }
    }

    /**
     * The union of the zones: those that form a clean coverage with their neighbours merged by {@link CoverageUnion}
     * (fast: edges are matched, not intersected), then the few others by a full union. The clean ones go to
     * {@link CoverageUnion} as one {@link MultiPolygon}, not as the {@code GeometryCollection} that
     * {@code org.locationtech.jts.coverage.CoverageUnion} builds: the overlay asks its input's dimension at every
     * node, which a collection computes over all its members (quadratic: 45 s of the 53 s of a 100,000-zone plan), a
     * multipolygon in constant time. Invalid zones are left out of both (their gaps are GEOM.INVALID's).
     */
    @SuppressWarnings("unchecked")
    private static Geometry union(List<Geometry> clean, List<Geometry> rest) {
        Geometry merged = null;
        if (!clean.isEmpty()) {
            List<Polygon> polygons = new ArrayList<>();
            for (Geometry zone : clean) {
                polygons.addAll(PolygonExtracter.getPolygons(zone));
            }
            try {
                merged = CoverageUnion.union(clean.get(0).getFactory().createMultiPolygon(polygons.toArray(
                        new Polygon[0])));
            } catch (RuntimeException notACleanCoverage) {
                merged = null;
            }
            if (merged == null || !merged.isValid()) {
                merged = UnaryUnionOp.union(clean);
            }
        }
        if (rest.isEmpty()) {
            return merged;
        }
        Geometry others = UnaryUnionOp.union(rest);
        return merged == null ? others : OverlayNGRobust.overlay(merged, others, OverlayNG.UNION);
    }
}
