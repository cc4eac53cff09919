package org.planex.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.planex.validate.TestPlans.line;
import static org.planex.validate.TestPlans.plan;
import static org.planex.validate.TestPlans.point;
import static org.planex.validate.TestPlans.rect;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.planex.model.ControlKind;
import org.planex.model.CorridorType;
import org.planex.rule.Issue;
import org.planex.validate.Runs;
import org.planex.validate.TestPlans;
import org.planex.validate.ValidationReport;

/**
 * Two 10 km squares side by side: the border is x = 10 000. Bands along the border, south to north: rail that
 * continues (0-1000), a waste plant 1 km from homes across the border (1000-3000), farmland (3000-4200),
 * heavy industry facing homes and a school (4200-4800), farmland (4800-6000), an ecological red line facing
 * homes (6000-8000), farmland with a road that misses its continuation by 40 m (8000-10000).
 */
public class CrossBorderRulesTest {

    public static TestPlans west() {
        return plan("WEST", "320001", 0, 0, 10_000, 10_000)
                .zone("W-FARM1", "0101", rect(9_000, 0, 10_000, 4_200))
                .zone("W-HEAVY", "100103", rect(9_000, 4_200, 10_000, 4_800))
                .zone("W-FARM2", "0101", rect(9_000, 4_800, 10_000, 6_000))
                .zone("W-FOREST", "0301", rect(9_000, 6_000, 10_000, 8_000))
                .zone("W-FARM3", "0101", rect(9_000, 8_000, 10_000, 10_000))
                .control("W-ERL", ControlKind.ECOLOGICAL_RED_LINE, rect(8_000, 6_000, 10_000, 8_000))
                .corridor("W-RAIL", CorridorType.RAIL, "intercity", line(5_000, 500, 10_000, 500))
                .corridor("W-ROAD", CorridorType.ROAD, "arterial", line(5_000, 9_000, 10_000, 9_000))
                .nimby("W-WASTE", 1_500, point(9_000, 2_000));
    }

    public static TestPlans east() {
        return plan("EAST", "330001", 10_000, 0, 20_000, 10_000)
                .zone("E-FARM1", "0101", rect(10_000, 0, 11_000, 1_500))
                .zone("E-HOMES1", "070102", rect(10_000, 1_500, 11_000, 2_500))
                .zone("E-FARM2", "0101", rect(10_000, 2_500, 11_000, 4_000))
                .zone("E-HOMES2", "070102", rect(10_000, 4_200, 11_000, 4_500))
                .zone("E-SCHOOL", "080403", rect(10_000, 4_500, 11_000, 4_800))
                .zone("E-FARM3", "0101", rect(10_000, 5_000, 11_000, 6_000))
                .zone("E-HOMES3", "070102", rect(10_000, 6_000, 11_000, 8_000))
                .zone("E-FARM4", "0101", rect(10_000, 8_000, 11_000, 10_000))
                .corridor("E-RAIL", CorridorType.RAIL, "intercity", line(10_000, 500, 15_000, 500))
                .corridor("E-ROAD", CorridorType.ROAD, "arterial", line(10_000, 9_040, 15_000, 9_040));
    }

    @Test
    void heavyIndustryFacingHomesAndASchoolConflicts() {
        ValidationReport r = Runs.plans("XB.ZONE_CONFLICT", west(), east());
        assertThat(r.issues()).extracting(i -> String.join("/", i.featureIds()))
                .containsExactlyInAnyOrder("W-HEAVY/E-HOMES2", "W-HEAVY/E-SCHOOL");
        assertThat(r.issues()).allSatisfy(i -> assertThat(i.measures().get(Issue.DISTANCE_M)).isEqualTo(0.0));
    }

    @Test
    void aRedLineStoppingAtTheBorderIsADiscontinuity() {
        List<Issue> issues = Runs.plans("XB.CONTROL_DISCONTINUITY", west(), east()).issues();
        assertThat(issues).hasSize(1);
        assertThat(issues.get(0).featureIds()).containsExactly("W-ERL");
        assertThat(issues.get(0).measures().get(Issue.LENGTH_M)).isCloseTo(2_000, within(100.0));
    }

    @Test
    void aRedLineContinuedByForestIsFine() {
        TestPlans east = plan("EAST", "330001", 10_000, 0, 20_000, 10_000)
                .zone("E-FOREST", "0301", rect(10_000, 5_900, 11_000, 8_100));
        assertThat(Runs.plans("XB.CONTROL_DISCONTINUITY", west(), east).issues()).isEmpty();
    }

    @Test
    void aRoadMissingItsContinuationBy40MetresIsFoundOnce() {
        List<Issue> issues = Runs.plans("XB.CORRIDOR_DISCONNECTED", west(), east()).issues();
        assertThat(issues).hasSize(1);
        assertThat(issues.get(0).featureIds()).containsExactly("W-ROAD", "E-ROAD");
        assertThat(issues.get(0).measures().get(Issue.DISTANCE_M)).isCloseTo(40, within(0.01));
    }

    @Test
    void aCorridorContinuedByAnotherClassIsFoundAndAMatchingOneIsNot() {
        TestPlans west = plan("WEST", "320001", 0, 0, 10_000, 10_000)
                .corridor("W-EXPRESS", CorridorType.ROAD, "expressway", line(5_000, 3_000, 10_000, 3_000))
                .corridor("W-PIPE", CorridorType.PIPELINE, "gas-high-pressure", line(5_000, 6_000, 10_000, 6_000));
        TestPlans east = plan("EAST", "330001", 10_000, 0, 20_000, 10_000)
                .corridor("E-LOCAL", CorridorType.ROAD, "local", line(10_000, 3_005, 15_000, 3_005))
                .corridor("E-PIPE", CorridorType.PIPELINE, "gas-high-pressure", line(10_000, 6_010, 15_000, 6_010));
        List<Issue> issues = Runs.plans("XB.CORRIDOR_DISCONNECTED", west, east).issues();
        assertThat(issues).singleElement().satisfies(i -> {
            assertThat(i.featureIds()).containsExactly("W-EXPRESS", "E-LOCAL");
            assertThat(i.message()).contains("another class");
        });
    }

    @Test
    void aWastePlantReachingHomesAcrossTheBorderIsFound() {
        List<Issue> issues = Runs.plans("XB.NIMBY_PROXIMITY", west(), east()).issues();
        assertThat(issues).hasSize(1);
        assertThat(issues.get(0).featureIds()).containsExactly("W-WASTE", "E-HOMES1");
        assertThat(issues.get(0).measures().get(Issue.DISTANCE_M)).isCloseTo(1_000, within(0.01));
        assertThat(issues.get(0).measures().get("radius_m")).isEqualTo(1_500.0);
    }

    @Test
    void allCrossBorderRulesTogetherReportOnlyTheInjectedDefects() {
        ValidationReport r = Runs.plans("XB.*,BORDER.*", west(), east());
        assertThat(r.issues()).extracting(Issue::ruleId).containsExactlyInAnyOrder("XB.ZONE_CONFLICT",
                "XB.ZONE_CONFLICT", "XB.CONTROL_DISCONTINUITY", "XB.CORRIDOR_DISCONNECTED", "XB.NIMBY_PROXIMITY");
    }
}
