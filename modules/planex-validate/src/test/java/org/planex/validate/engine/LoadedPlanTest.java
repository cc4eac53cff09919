package org.planex.validate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.planex.validate.TestPlans;

/** What a loaded plan computes once for the rules: its metric view and the validity of its geometries. */
class LoadedPlanTest {

    private static LoadedPlan plan() {
        return TestPlans.plan("P", "320509", 0, 0, 200, 100)
                .zone("0701", TestPlans.rect(0, 0, 100, 100))
                .zone("0701", TestPlans.poly(100, 0, 200, 100, 200, 0, 100, 100, 100, 0))
                .load();
    }

    @Test
    void aPlanDeclaredInItsMetricCrsSharesItsGeometriesWithTheMetricView() {
        LoadedPlan plan = plan();
        assertThat(plan.measurer().choice().crs().crs()).isEqualTo(plan.crs());
        assertThat(plan.metric(0)).isSameAs(plan.features().get(0).geometry());
    }

    @Test
    void validityIsThatOfTheMetricGeometry() {
        LoadedPlan plan = plan();
        assertThat(plan.validMetric(0)).isTrue();
        assertThat(plan.validMetric(1)).isFalse();
        assertThat(plan.validMetric(1)).as("asked again").isFalse();
    }
}
