package org.planex.validate.rules;

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

/**
 * {@code GEOM.EMPTY}: a feature without geometry, or with an empty one.
 *
 * @since 0.1
 */
public final class GeometryEmptyRule implements Rule {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("GEOM.EMPTY", RuleScope.FEATURE,
            Severity.ERROR, "A feature has no geometry or an empty one.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void checkFeature(PlanView plan, int index, PlanFeature feature, RuleContext context,
            IssueSink sink) {
        if (feature.geometry() == null || feature.geometry().isEmpty()) {
            sink.report(Issue.builder(DESCRIPTOR.id(), DESCRIPTOR.defaultSeverity())
                    .message(feature.kind().token() + " " + feature.id() + " has "
                            + (feature.geometry() == null ? "no geometry" : "an empty geometry")
                            + "; draw it or remove the feature")
                    .packages(plan.packageId()).features(feature.id())
                    .at(Location.of(plan.source()).withFeature(feature.id())).build());
        }
    }
}
