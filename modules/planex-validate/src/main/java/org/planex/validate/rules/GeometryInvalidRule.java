package org.planex.validate.rules;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.planex.crs.GeometryReprojector;
import org.planex.model.CrsRef;
import org.planex.model.PlanFeature;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;
import org.planex.validate.spi.Issue;
import org.planex.validate.spi.IssueSink;
import org.planex.validate.spi.LoadedPlan;
import org.planex.validate.spi.Rule;
import org.planex.validate.spi.RuleDescriptor;
import org.planex.validate.spi.RuleScope;
import org.planex.validate.spi.Severity;
import org.planex.validate.spi.ValidationContext;

/**
 * {@code GEOM.INVALID}: every error of a feature's geometry (see {@link GeometryErrorFinder}), one issue per
 * error with its location, checked in the package's own CRS.
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
    public void checkFeature(LoadedPlan plan, int index, PlanFeature feature, ValidationContext context,
            IssueSink sink) throws PlanexException {
        Geometry g = feature.geometry();
        if (g == null || g.isEmpty() || g.getDimension() < 2) {
            return;
        }
        for (GeometryError e : GeometryErrorFinder.find(g)) {
            Point at = new GeometryFactory().createPoint(e.at());
            sink.report(Issue.builder(DESCRIPTOR.id(), DESCRIPTOR.defaultSeverity())
                    .message(feature.kind().token() + " " + feature.id() + ": " + e.kind() + " at " + e.at().x + " "
                            + e.at().y + " (" + plan.crs() + "): " + e.detail() + "; fix the geometry in the source")
                    .packages(plan.packageId()).features(feature.id())
                    .at(Location.of(plan.source()).withFeature(feature.id()))
                    .marker(lonLat(context, plan.crs(), at)).build());
        }
    }

    static Geometry lonLat(ValidationContext context, CrsRef crs, Geometry g) {
        try {
            GeometryReprojector r = context.crs().reprojector(crs, CrsRef.WGS84);
            return r.reproject(g);
        } catch (PlanexException | RuntimeException e) {
            return null;
        }
    }
}
