package org.planex.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planex.codes.CodeRegistry;
import org.planex.codes.matrix.CompatibilityMatrix;
import org.planex.core.registry.FormatRegistry;
import org.planex.crs.CrsService;
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
import org.planex.rule.Tolerances;
import org.planex.validate.engine.ValidationContext;

/** An agency rule added beside the bundled ones, with a parameter set from a profile. */
class PluginRuleTest {

    /** Flags zones larger than {@code max-area} square metres. */
    public static final class LargeZoneRule implements Rule {
        private static final RuleDescriptor D = RuleDescriptor.of("AGENCY.LARGE_ZONE", RuleScope.FEATURE,
                Severity.INFO, "A zone is larger than the agency allows.",
                new RuleParameter("max-area", 1_000_000, "m2", "the largest zone"));

        @Override
        public RuleDescriptor descriptor() {
            return D;
        }

        @Override
        public void checkFeature(PlanView plan, int index, PlanFeature feature, RuleContext context,
                IssueSink sink) {
            double area = plan.metric(index).getArea();
            if (area > context.parameter(D, "max-area")) {
                sink.report(Issue.builder(D.id(), D.defaultSeverity()).message("too large")
                        .features(feature.id()).measure(Issue.AREA_M2, area).build());
            }
        }
    }

    @Test
    void aPluginRuleRunsWithItsParameterAndSelection() throws Exception {
        List<Rule> rules = new ArrayList<>(RuleCatalog.load().rules());
        rules.add(new LargeZoneRule());
        ValidationContext context = new ValidationContext(Tolerances.DEFAULT, Map.of("AGENCY.LARGE_ZONE.max-area", 300_000.0),
                CodeRegistry.load(), CompatibilityMatrix.defaults(), CrsService.standard());
        Validator v = new Validator(RuleCatalog.of(rules), context, RuleSelection.of("AGENCY.*", null),
                SeverityProfile.of(Map.of("AGENCY.LARGE_ZONE", Severity.WARNING), Map.of()), FormatRegistry.load());
        TestPlans p = TestPlans.plan("P", "310001", 0, 0, 1000, 1000).zone("BIG", "0101", TestPlans.rect(0, 0, 1000, 500))
                .zone("SMALL", "0101", TestPlans.rect(0, 500, 1000, 750));
        ValidationReport r = v.validatePlans(List.of(p.load()));
        assertThat(r.rules()).containsExactly("AGENCY.LARGE_ZONE");
        assertThat(r.issues()).singleElement().satisfies(i -> {
            assertThat(i.featureIds()).containsExactly("BIG");
            assertThat(i.severity()).isEqualTo(Severity.WARNING);
        });
    }

    /** Fails on every plan, like a rule meeting geometry JTS cannot overlay. */
    public static final class BrokenRule implements Rule {
        private static final RuleDescriptor D = RuleDescriptor.of("AGENCY.BROKEN", RuleScope.PLAN, Severity.INFO,
                "Always fails.");

        @Override
        public RuleDescriptor descriptor() {
            return D;
        }

        @Override
        public void checkPlan(PlanView plan, RuleContext context, IssueSink sink) {
            throw new IllegalStateException("side location conflict");
        }
    }

    @Test
    void aFailingRuleIsAnIssueAndTheOthersStillRun() throws Exception {
        Validator v = new Validator(RuleCatalog.of(List.of(new BrokenRule(), new LargeZoneRule())),
                ValidationContext.defaults(), RuleSelection.ALL, SeverityProfile.NONE, FormatRegistry.load());
        TestPlans p = TestPlans.plan("P", "310001", 0, 0, 2000, 2000).zone("BIG", "0101", TestPlans.rect(0, 0, 2000, 2000));
        ValidationReport r = v.validatePlans(List.of(p.load()));
        assertThat(r.issues()).extracting(Issue::ruleId).containsExactlyInAnyOrder("AGENCY.BROKEN", "AGENCY.LARGE_ZONE");
        assertThat(r.issues()).filteredOn(i -> i.ruleId().equals("AGENCY.BROKEN")).singleElement()
                .satisfies(i -> assertThat(i.message()).contains("side location conflict")
                        .contains("could not be checked"));
    }

    @Test
    void twoRulesWithOneIdAreRefused() {
        assertThatThrownBy(() -> RuleCatalog.of(List.of(new LargeZoneRule(), new LargeZoneRule())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("AGENCY.LARGE_ZONE");
    }
}
