package org.planex.example.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.planex.rule.Rule;
import org.planex.spi.PlanexException;
import org.planex.validate.cases.junit.RuleCaseTests;

/**
 * The rule through the engine, as a vendor tests a rule: the declarative cases under
 * {@code src/test/resources/cases} (see {@code docs/plugin-guide.md}, Testing a rule plugin).
 */
class FacilitySpacingRuleTest {

    @TestFactory
    Stream<DynamicTest> cases() throws PlanexException {
        return RuleCaseTests.onClasspath("cases");
    }

    @Test
    void theRuleIsRegisteredForServiceLoader() {
        // The engine's bundled rules are on the test class path too (the cases run them); this jar registers one.
        assertThat(ServiceLoader.load(Rule.class).stream().map(ServiceLoader.Provider::type)
                .filter(t -> t.getPackageName().equals(FacilitySpacingRule.class.getPackageName())))
                .containsExactly(FacilitySpacingRule.class);
    }
}
