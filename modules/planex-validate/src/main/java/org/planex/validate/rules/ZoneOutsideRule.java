package org.planex.validate.rules;

import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.planex.model.FeatureKind;
import org.planex.rule.Issue;
import org.planex.rule.IssueSink;
import org.planex.rule.PieceShape;
import org.planex.rule.PlanView;
import org.planex.rule.Rule;
import org.planex.rule.RuleContext;
import org.planex.rule.RuleDescriptor;
import org.planex.rule.RuleScope;
import org.planex.rule.Severity;
import org.planex.spi.Location;

/**
 * {@code TOPO.OUTSIDE}: a zone reaching beyond the plan boundary by at least the minimum area, measured on the
 * part outside the boundary grown by the tolerance. One issue per zone.
 *
 * @since 0.1
 */
public final class ZoneOutsideRule implements Rule {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("TOPO.OUTSIDE", RuleScope.PLAN,
            Severity.ERROR, "A zone reaches beyond the plan boundary.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void checkPlan(PlanView plan, RuleContext context, IssueSink sink) {
        if (!plan.hasMetricView() || plan.metricBoundary() == null) {
            return;
        }
        Geometry grown = plan.metricBoundary().buffer(context.tolerances().tolerance());
        PreparedGeometry inside = PreparedGeometryFactory.prepare(grown);
        for (int i : plan.indicesOf(FeatureKind.ZONE)) {
            Geometry g = plan.metric(i);
            if (g == null || inside.covers(g) || !plan.validMetric(i)) {
                continue;
            }
            Geometry out = g.difference(grown);
            List<Polygon> parts = PolygonExtracter.getPolygons(out);
            Geometry piece = g.getFactory().buildGeometry(parts);
            PieceShape s = PieceShape.of(piece);
            if (s.area() < context.tolerances().minArea()) {
                continue;
            }
            String id = plan.features().get(i).id();
            sink.report(Issue.builder(DESCRIPTOR.id(), DESCRIPTOR.defaultSeverity())
                    .message("zone " + id + " reaches " + Measures.area(s.area()) + " beyond the plan boundary; clip it"
                            + " to the boundary")
                    .packages(plan.packageId()).features(id).at(Location.of(plan.source()).withFeature(id))
                    .marker(plan.toLonLat(piece)).measure(Issue.AREA_M2, s.area()).build());
        }
    }
}
