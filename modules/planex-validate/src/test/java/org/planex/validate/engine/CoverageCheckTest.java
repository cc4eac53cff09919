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

/**
 * The zones that do not form a clean coverage: at least those JTS {@link CoverageValidator} marks and every zone
 * that overlaps another; the others form a clean coverage.
 */
class CoverageCheckTest {

    /**
     * A 30 x 30 grid of 50 m zones, some grown into their neighbour, some with an extra vertex on a shared edge,
     * some with a small zone inside, a duplicate or a zone shifted half a cell on top of them.
     */
    private static LoadedPlan plan(long seed) {
        Random random = new Random(seed);
        TestPlans plan = TestPlans.plan("P", "320509", 0, 0, 1500, 1500);
        for (int row = 0; row < 30; row++) {
            for (int col = 0; col < 30; col++) {
                double x0 = col * 50;
                double y0 = row * 50;
                int fault = random.nextInt(60);
                if (fault == 2) {
                    plan.zone("0701", TestPlans.rect(x0 + 10, y0 + 10, x0 + 20, y0 + 20));
                } else if (fault == 3) {
                    plan.zone("0701", TestPlans.rect(x0, y0, x0 + 50, y0 + 50));
                } else if (fault == 4) {
                    plan.zone("0701", TestPlans.rect(x0 + 25, y0, x0 + 75, y0 + 50));
                }
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
        plan.zone("0701", TestPlans.poly(1500, 0, 1600, 0, 1600, 100, 1500, 100, 1500, 0));
        plan.zone("0701", TestPlans.poly(1600, 0, 1600, 100, 1700, 100, 1700, 0, 1600, 0));
        plan.control("C", org.planex.model.ControlKind.ECOLOGICAL_RED_LINE, TestPlans.rect(0, 0, 120, 120));
        return plan.load();
    }

    @Test
    void everyZoneTheCoverageValidatorMarksIsUnmatchedAndTheOthersFormACleanCoverage() {
        for (long seed = 1; seed <= 5; seed++) {
            LoadedPlan plan = plan(seed);
            List<Integer> zones = plan.indicesOf(FeatureKind.ZONE);
            Geometry[] coverage = zones.stream().map(plan::metric).toArray(Geometry[]::new);
            Geometry[] invalid = CoverageValidator.validate(coverage);
            BitSet marked = new BitSet();
            for (int k = 0; k < invalid.length; k++) {
                if (invalid[k] != null) {
                    marked.set(zones.get(k));
                }
            }
            BitSet unmatched = plan.unmatchedZones();
            assertThat(marked.cardinality()).as("seed %d", seed).isPositive();
            BitSet missed = (BitSet) marked.clone();
            missed.andNot(unmatched);
            assertThat(missed.cardinality()).as("seed %d: marked by JTS, not unmatched: %s", seed, missed).isZero();
            Geometry[] rest = zones.stream().filter(i -> !unmatched.get(i)).map(plan::metric)
                    .toArray(Geometry[]::new);
            assertThat(CoverageValidator.isValid(rest)).as("seed %d: the others are a clean coverage", seed).isTrue();
            for (int i : zones) {
                for (int j : plan.query(plan.metric(i).getEnvelopeInternal())) {
                    if (j > i && plan.features().get(j).kind() == FeatureKind.ZONE
                            && plan.metric(i).relate(plan.metric(j), "2********")) {
                        assertThat(unmatched.get(i) && unmatched.get(j)).as("seed %d: %d and %d overlap", seed, i, j)
                                .isTrue();
                    }
                }
            }
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
