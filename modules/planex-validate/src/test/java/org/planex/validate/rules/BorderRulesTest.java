package org.planex.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.planex.validate.TestPlans.plan;
import static org.planex.validate.TestPlans.poly;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.planex.rule.Issue;
import org.planex.validate.Runs;
import org.planex.validate.TestPlans;
import org.planex.validate.ValidationReport;

class BorderRulesTest {

    private static final TestPlans WEST = plan("WEST", "310001", 0, 0, 10_000, 10_000);

    @Test
    void aMatchingBorderYieldsNoBorderIssue() {
        ValidationReport r = Runs.plans("BORDER.*", WEST, plan("EAST", "310002", 10_000, 0, 20_000, 10_000));
        assertThat(r.borders()).hasSize(1);
        assertThat(r.borders().get(0).lengthM()).isCloseTo(10_000, within(5.0));
        assertThat(r.borders().get(0).offsetM()).isLessThan(0.01);
        assertThat(r.issues()).isEmpty();
    }

    @Test
    void aGapAndAnOverlapSliverAreEachFoundOnceWithTheirMeasures() {
        TestPlans east = plan("EAST", "310002", poly(10_000, 0, 20_000, 0, 20_000, 10_000, 10_000, 10_000,
                10_000, 6_600, 9_998.5, 6_600, 9_998.5, 6_000, 10_000, 6_000,
                10_000, 2_400, 10_020, 2_400, 10_020, 2_000, 10_000, 2_000));
        ValidationReport r = Runs.plans("BORDER.*", WEST, east);
        assertThat(r.issues()).extracting(Issue::ruleId).containsExactlyInAnyOrder("BORDER.GAP", "BORDER.SLIVER");
        Issue gap = Runs.of(r, "BORDER.GAP").get(0);
        assertThat(gap.kind()).isEqualTo("gap");
        assertThat(gap.measures().get(Issue.AREA_M2)).isCloseTo(8_000, within(1.0));
        assertThat(gap.measures().get(Issue.WIDTH_M)).isCloseTo(20, within(0.01));
        assertThat(gap.measures().get(Issue.LENGTH_M)).isCloseTo(400, within(0.1));
        assertThat(gap.packageIds()).containsExactly("WEST", "EAST");
        assertThat(gap.marker().getEnvelopeInternal().getMinX()).isBetween(120.0, 120.2);
        Issue sliver = Runs.of(r, "BORDER.SLIVER").get(0);
        assertThat(sliver.kind()).isEqualTo("overlap");
        assertThat(sliver.message()).contains("an overlap sliver");
        assertThat(sliver.measures().get(Issue.AREA_M2)).isCloseTo(900, within(0.5));
        assertThat(sliver.measures().get(Issue.WIDTH_M)).isCloseTo(1.5, within(0.01));
        assertThat(sliver.measures().get(Issue.LENGTH_M)).isCloseTo(600, within(0.1));
    }

    @Test
    void aWideOverlapIsAnOverlapAndDifferencesBelowTheToleranceAreNoise() {
        TestPlans east = plan("EAST", "310002", poly(10_000, 0, 20_000, 0, 20_000, 10_000, 10_000, 10_000,
                10_000, 8_000, 9_950, 8_000, 9_950, 7_000, 10_000, 7_000,
                10_000, 3_000, 10_000.4, 3_000, 10_000.4, 1_000, 10_000, 1_000));
        ValidationReport r = Runs.plans("BORDER.*", WEST, east);
        assertThat(r.issues()).extracting(Issue::ruleId).containsExactly("BORDER.OVERLAP");
        assertThat(r.issues()).extracting(Issue::kind).containsExactly("overlap");
        assertThat(r.issues().get(0).measures().get(Issue.AREA_M2)).isCloseTo(50_000, within(1.0));
    }

    @Test
    void aSpikeThatEnclosesNoAreaIsAnOffset() {
        TestPlans east = plan("EAST", "310002", poly(10_000, 0, 20_000, 0, 20_000, 10_000, 10_000, 10_000,
                10_000, 5_000, 10_030, 5_000.001, 10_000, 4_999.998));
        ValidationReport r = Runs.plans("BORDER.OFFSET", WEST, east);
        List<Issue> offsets = Runs.of(r, "BORDER.OFFSET");
        assertThat(offsets).hasSize(1);
        assertThat(offsets.get(0).measures().get(Issue.DISTANCE_M)).isCloseTo(30, within(0.5));
        assertThat(offsets.get(0).kind()).as("a notch into EAST leaves land neither covers").isEqualTo("gap");
    }

    @Test
    void aGapSliverIsAGapAndASpikeIntoTheNeighbourAnOverlap() {
        TestPlans east = plan("EAST", "310002", poly(10_000, 0, 20_000, 0, 20_000, 10_000, 10_000, 10_000,
                10_000, 8_000, 10_001.5, 8_000, 10_001.5, 7_000, 10_000, 7_000,
                10_000, 5_000, 9_970, 5_000.001, 10_000, 4_999.998));
        ValidationReport r = Runs.plans("BORDER.*", WEST, east);
        assertThat(r.issues()).extracting(Issue::ruleId).containsExactly("BORDER.SLIVER", "BORDER.OFFSET");
        Issue sliver = r.issues().get(0);
        assertThat(sliver.kind()).isEqualTo("gap");
        assertThat(sliver.measures()).containsOnlyKeys(Issue.AREA_M2, Issue.WIDTH_M, Issue.LENGTH_M);
        assertThat(sliver.measures().get(Issue.AREA_M2)).isCloseTo(1_500, within(0.5));
        assertThat(sliver.measures().get(Issue.WIDTH_M)).isCloseTo(1.5, within(0.01));
        assertThat(sliver.measures().get(Issue.LENGTH_M)).isCloseTo(1_000, within(0.1));
        Issue offset = r.issues().get(1);
        assertThat(offset.kind()).as("a spike of EAST into WEST").isEqualTo("overlap");
        assertThat(offset.measures()).containsOnlyKeys(Issue.DISTANCE_M);
        assertThat(offset.measures().get(Issue.DISTANCE_M)).isCloseTo(30, within(0.5));
    }

    @Test
    void packagesFarApartAreNotNeighbours() {
        ValidationReport r = Runs.plans("BORDER.*", WEST, plan("FAR", "310003", 10_500, 0, 20_000, 10_000));
        assertThat(r.borders()).isEmpty();
        assertThat(r.issues()).isEmpty();
    }
}
