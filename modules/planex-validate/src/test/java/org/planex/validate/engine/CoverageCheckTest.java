package org.planex.validate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;
import org.planex.model.FeatureKind;
import org.planex.validate.TestPlans;

/** The zones that do not form a clean coverage are those JTS {@link CoverageValidator} marks, found zone by zone. */
class CoverageCheckTest {

    /** A 30 x 30 grid of 50 m zones, some grown into their neighbour, some with an extra vertex on a shared edge. */
    private static LoadedPlan plan(long seed) {
        Random random = new Random(seed);
        TestPlans plan = TestPlans.plan("P", "320509", 0, 0, 1500, 1500);
        for (int row = 0; row < 30; row++) {
            for (int col = 0; col < 30; col++) {
                double x0 = col * 50;
                double y0 = row * 50;
                int fault = random.nextInt(40);
                if (fault == 0) {
                    plan.zone("0701", TestPlans.rect(x0, y0, x0 + 50 + 3, y0 + 50));
                } else if (fault == 1) {
                    plan.zone("0701", TestPlans.poly(x0, y0, x0 + 50, y0, x0 + 50, y0 + 25, x0 + 50, y0 + 50, x0,
                            y0 + 50));
                } else {
                    plan.zone("0701", TestPlans.rect(x0, y0, x0 + 50, y0 + 50));
                }
            }
        }
        plan.control("C", org.planex.model.ControlKind.ECOLOGICAL_RED_LINE, TestPlans.rect(0, 0, 120, 120));
        return plan.load();
    }

    @Test
    void theUnmatchedZonesAreThoseTheCoverageValidatorMarks() {
        for (long seed = 1; seed <= 5; seed++) {
            LoadedPlan plan = plan(seed);
            List<Integer> zones = plan.indicesOf(FeatureKind.ZONE);
            Geometry[] coverage = zones.stream().map(plan::metric).toArray(Geometry[]::new);
            Geometry[] invalid = CoverageValidator.validate(coverage);
            BitSet expected = new BitSet();
            for (int k = 0; k < invalid.length; k++) {
                if (invalid[k] != null) {
                    expected.set(zones.get(k));
                }
            }
            assertThat(expected.cardinality()).as("seed %d", seed).isPositive();
            assertThat(plan.unmatchedZones()).as("seed %d", seed).isEqualTo(expected);
        }
    }

    @Test
    void aCallerChangingItsCopyDoesNotChangeThePlans() {
        LoadedPlan plan = plan(7);
        BitSet first = plan.unmatchedZones();
        first.clear();
        assertThat(plan.unmatchedZones()).isNotEqualTo(first);
    }
}
