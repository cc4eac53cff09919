package org.planex.validate;

import java.util.List;
import org.planex.core.registry.FormatRegistry;
import org.planex.rule.Issue;
import org.planex.spi.PlanexException;
import org.planex.validate.engine.LoadedPlan;
import org.planex.validate.engine.ValidationContext;

/** Runs the bundled rules in tests. */
public final class Runs {

    private static final ValidationContext CONTEXT = ValidationContext.defaults();

    private Runs() {
    }

    /** A validator with the bundled rules and the default tolerances. */
    public static Validator validator(String rules, String skip) {
        try {
            return new Validator(RuleCatalog.load(), CONTEXT, RuleSelection.of(rules, skip), SeverityProfile.NONE,
                    FormatRegistry.load());
        } catch (PlanexException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Validates plans in memory with the selected rules. */
    public static ValidationReport plans(String rules, TestPlans... plans) {
        return validator(rules, null).validatePlans(java.util.Arrays.stream(plans).map(TestPlans::load).toList());
    }

    /** The issues of a rule id. */
    public static List<Issue> of(ValidationReport report, String ruleId) {
        return report.issues().stream().filter(i -> i.ruleId().equals(ruleId)).toList();
    }

    /** Loaded plans. */
    public static List<LoadedPlan> load(TestPlans... plans) {
        return java.util.Arrays.stream(plans).map(TestPlans::load).toList();
    }
}
