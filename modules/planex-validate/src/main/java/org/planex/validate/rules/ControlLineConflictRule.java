package org.planex.validate.rules;

import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.planex.model.ControlArea;
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
 * {@code TOPO.CONTROL_CONFLICT}: two of the three national control lines (ecological red line, permanent basic
 * farmland, urban development boundary) of different kinds overlapping by at least the minimum area and the
 * tolerance in width. One issue per overlapping pair.
 *
 * @since 0.1
 */
public final class ControlLineConflictRule implements Rule {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("TOPO.CONTROL_CONFLICT", RuleScope.PLAN,
            Severity.ERROR, "Ecological red line, permanent basic farmland and urban development boundary overlap.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void checkPlan(PlanView plan, RuleContext context, IssueSink sink) {
        if (!plan.hasMetricView()) {
            return;
        }
        List<Integer> controls = plan.indicesOf(FeatureKind.CONTROL_AREA).stream()
                .filter(i -> ((ControlArea) plan.features().get(i)).controlKind().isNationalControlLine())
                .filter(plan::validMetric).toList();
        for (int x = 0; x < controls.size(); x++) {
            for (int y = x + 1; y < controls.size(); y++) {
                ControlArea a = (ControlArea) plan.features().get(controls.get(x));
                ControlArea b = (ControlArea) plan.features().get(controls.get(y));
                Geometry ga = plan.metric(controls.get(x));
                Geometry gb = plan.metric(controls.get(y));
                if (a.controlKind().equals(b.controlKind()) || !ga.getEnvelopeInternal().intersects(gb.getEnvelopeInternal())
                        || !ga.relate(gb, "2********")) {
                    continue;
                }
                Geometry piece = ga.getFactory().buildGeometry(PolygonExtracter.getPolygons(ga.intersection(gb)));
                PieceShape s = PieceShape.of(piece);
                if (PieceClass.of(s, context.tolerances()) == PieceClass.IGNORED) {
                    continue;
                }
                sink.report(Issue.builder(DESCRIPTOR.id(), DESCRIPTOR.defaultSeverity())
                        .message(a.controlKind() + " " + a.id() + " and " + b.controlKind() + " " + b.id() + " overlap over "
                                + Measures.area(s.area()) + "; the three control lines must not overlap")
                        .packages(plan.packageId()).features(a.id(), b.id())
                        .at(Location.of(plan.source()).withFeature(a.id())).marker(plan.toLonLat(piece))
                        .measure(Issue.AREA_M2, s.area()).measure(Issue.WIDTH_M, s.width()).build());
            }
        }
    }
}
