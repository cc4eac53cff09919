package org.planex.example.rule;

import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.distance.DistanceOp;
import org.planex.model.FeatureKind;
import org.planex.model.PlanFeature;
import org.planex.rule.Issue;
import org.planex.rule.IssueSink;
import org.planex.rule.PlanView;
import org.planex.rule.Rule;
import org.planex.rule.RuleContext;
import org.planex.rule.RuleDescriptor;
import org.planex.rule.RuleParameter;
import org.planex.rule.RuleScope;
import org.planex.rule.Severity;
import org.planex.spi.Location;

/**
 * {@code EXAMPLE.FACILITY_SPACING}: two facilities of one package nearer each other than {@code min-distance}
 * metres (default 200 m), as an agency might require of facilities that each need their own catchment. One
 * warning per pair of facilities, with the distance and a marker joining their nearest points.
 *
 * <p>A worked example of a rule plugin: it depends on the rule API only, reads its parameter from the context
 * (set per run with {@code EXAMPLE.FACILITY_SPACING.min-distance=500} in a severity profile), measures in the
 * package's metric view, finds neighbours with the view's spatial index and gives the marker in
 * longitude/latitude.
 *
 * @since 0.1
 */
public final class FacilitySpacingRule implements Rule {

    /** The rule id. */
    public static final String ID = "EXAMPLE.FACILITY_SPACING";
    /** The parameter: the smallest distance allowed between two facilities, in metres. */
    public static final String MIN_DISTANCE = "min-distance";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of(ID, RuleScope.PLAN, Severity.WARNING,
            "Two facilities of a package are nearer each other than the agency allows.",
            new RuleParameter(MIN_DISTANCE, 200, "m", "the smallest distance allowed between two facilities"));

    /** A rule; ServiceLoader calls this. */
    public FacilitySpacingRule() {
    }

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void checkPlan(PlanView plan, RuleContext context, IssueSink sink) {
        if (!plan.hasMetricView()) {
            return;
        }
        double min = context.parameter(DESCRIPTOR, MIN_DISTANCE);
        for (int i : plan.indicesOf(FeatureKind.FACILITY)) {
            Geometry a = plan.metric(i);
            if (a == null) {
                continue;
            }
            Envelope near = new Envelope(a.getEnvelopeInternal());
            near.expandBy(min);
            List<Integer> candidates = plan.query(near).stream().filter(j -> j > i).sorted().toList();
            for (int j : candidates) {
                PlanFeature other = plan.features().get(j);
                Geometry b = plan.metric(j);
                if (other.kind() != FeatureKind.FACILITY || b == null) {
                    continue;
                }
                double d = a.distance(b);
                if (d < min) {
                    sink.report(issue(plan, plan.features().get(i), other, a, b, d, min));
                }
            }
        }
    }

    private static Issue issue(PlanView plan, PlanFeature first, PlanFeature second, Geometry a, Geometry b,
            double distance, double min) {
        Coordinate[] nearest = DistanceOp.nearestPoints(a, b);
        Geometry marker = distance > 0 ? a.getFactory().createLineString(nearest)
                : a.getFactory().createPoint(nearest[0]);
        return Issue.builder(ID, DESCRIPTOR.defaultSeverity())
                .message(String.format(Locale.ROOT, "facilities %s and %s are %.1f m apart, nearer than the"
                        + " %.0f m the agency allows; move one or merge them", first.id(), second.id(), distance, min))
                .packages(plan.packageId()).features(first.id(), second.id())
                .at(Location.of(plan.source()).withFeature(first.id())).marker(plan.toLonLat(marker))
                .measure(Issue.DISTANCE_M, distance).build();
    }
}
