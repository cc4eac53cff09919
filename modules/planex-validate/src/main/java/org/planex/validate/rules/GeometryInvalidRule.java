package org.planex.validate.rules;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.planex.model.PlanFeature;
import org.planex.rule.Issue;
import org.planex.rule.IssueSink;
import org.planex.rule.PlanView;
import org.planex.rule.Rule;
import org.planex.rule.RuleContext;
import org.planex.rule.RuleDescriptor;
import org.planex.rule.RuleScope;
import org.planex.rule.Severity;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;

/**
 * {@code GEOM.INVALID}: every error of a feature's geometry (see {@link GeometryErrorFinder}), one issue per
 * error with its location, checked in the package's own CRS (when that is the metric view's, the validity the
 * plan computed once for all rules is reused).
 *
 * @since 0.1
 */
public final class GeometryInvalidRule implements Rule {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("GEOM.INVALID", RuleScope.FEATURE,
            Severity.ERROR, "A feature's geometry is invalid: every error is reported, each with its location.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void checkFeature(PlanView plan, int index, PlanFeature feature, RuleContext context,
            IssueSink sink) throws PlanexException {
        Geometry g = feature.geometry();
        if (g == null || g.isEmpty() || g.getDimension() < 2
                || plan.hasMetricView() && plan.metric(index) == g && plan.validMetric(index)) {
            return;
        }
        for (GeometryError e : GeometryErrorFinder.find(g)) {
            Point at = new GeometryFactory().createPoint(e.at());
            sink.report(Issue.builder(DESCRIPTOR.id(), DESCRIPTOR.defaultSeverity())
                    .message(feature.kind().token() + " " + feature.id() + ": " + e.kind() + " at " + e.at().x + " "
                            + e.at().y + " (" + plan.crs() + "): " + e.detail() + "; fix the geometry in the source")
                    .packages(plan.packageId()).features(feature.id())
                    .at(Location.of(plan.source()).withFeature(feature.id()))
                    .marker(context.toLonLat(plan.crs(), at)).build());
        }
    }
}
