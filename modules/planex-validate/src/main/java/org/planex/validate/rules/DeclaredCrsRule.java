package org.planex.validate.rules;

import java.util.ArrayList;
import java.util.List;
import org.planex.crs.CoordinateSurvey;
import org.planex.crs.CrsFindingType;
import org.planex.crs.DeclaredCrsValidator;
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
import org.planex.validate.engine.ValidationContext;

/**
 * {@code CRS.*}: do the coordinates fit the declared CRS? Surveys every feature and the boundary with
 * {@link CoordinateSurvey} and reports the {@link DeclaredCrsValidator} finding (swapped axes, missing or
 * undeclared zone prefix, wrong zone, projected as geographic and back, outside the area of use) as an error,
 * {@code CRS.NOT_CHECKED} as info; and {@code CRS.UNMEASURABLE} when the coordinates cannot be reprojected to
 * metres at all and no finding explains why. An engine-internal rule: the check needs the CRS service, which
 * the rule API does not offer, and takes it with {@link ValidationContext#crsOf}.
 *
 * @since 0.1
 */
public final class DeclaredCrsRule implements Rule {

    /** The id of the issue for a package whose coordinates cannot be measured in metres. */
    public static final String UNMEASURABLE = "CRS.UNMEASURABLE";

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("CRS.DECLARED", RuleScope.PLAN,
            Severity.ERROR, "The coordinates do not fit the declared CRS (see docs/crs.md).", emits(), List.of());

    private static List<String> emits() {
        List<String> ids = new ArrayList<>();
        for (CrsFindingType t : CrsFindingType.values()) {
            ids.add(t.id());
        }
        ids.add(UNMEASURABLE);
        return ids;
    }

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void checkPlan(PlanView plan, RuleContext context, IssueSink sink) {
        CoordinateSurvey survey = new CoordinateSurvey();
        if (plan.header().boundary() != null) {
            survey.add(plan.header().boundary());
        }
        for (PlanFeature f : plan.features()) {
            if (f.geometry() != null && !f.geometry().isEmpty()) {
                survey.add(f.geometry());
            }
        }
        List<Issue> findings = survey.isEmpty() ? List.of()
                : new DeclaredCrsValidator(ValidationContext.crsOf(context)).validate(plan.crs(), survey);
        Location where = Location.of(plan.source());
        for (Issue f : findings) {
            sink.report(Issue.builder(f.ruleId(), f.severity()).message(f.message()).packages(plan.packageId())
                    .at(where).marker(f.marker()).build());
        }
        if (!survey.isEmpty() && findings.stream().allMatch(f -> f.ruleId().equals(CrsFindingType.NOT_CHECKED.id()))
                && !plan.hasMetricView()) {
            sink.report(Issue.builder(UNMEASURABLE, Severity.ERROR).message(plan.metricProblem()
                    + "; check the declared CRS (" + plan.crs() + ") against the coordinates")
                    .packages(plan.packageId()).at(where).build());
        }
    }
}
