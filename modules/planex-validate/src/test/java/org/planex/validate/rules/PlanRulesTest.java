package org.planex.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planex.validate.TestPlans.plan;
import static org.planex.validate.TestPlans.poly;
import static org.planex.validate.TestPlans.rect;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.planex.rule.Issue;
import org.planex.rule.Severity;
import org.planex.validate.Runs;
import org.planex.validate.TestPlans;
import org.planex.validate.ValidationReport;

class PlanRulesTest {

    @Test
    void everyErrorOfAnInvalidZoneIsAnIssueWithAMarker() {
        TestPlans p = plan("P", "310001", 0, 0, 1000, 1000)
                .zone("BOWTIES", "0101", poly(0, 0, 100, 100, 100, 0, 0, 100))
                .zone("OK", "0101", rect(200, 200, 300, 300));
        List<Issue> issues = Runs.plans("GEOM.*", p).issues();
        assertThat(issues).hasSize(1);
        assertThat(issues.get(0).featureIds()).containsExactly("BOWTIES");
        assertThat(issues.get(0).marker().getCoordinate().x).isBetween(119.9, 120.1);
        assertThat(issues.get(0).message()).contains("self-intersection");
    }

    @Test
    void codesAreCheckedOncePerDistinctCode() {
        TestPlans p = plan("P", "310001", 0, 0, 1000, 1000).zone("Z1", "9999", rect(0, 0, 500, 1000))
                .zone("Z2", "9999", rect(500, 0, 1000, 500)).zone("Z3", "0101", rect(500, 500, 1000, 1000));
        ValidationReport r = Runs.plans("CODE.*", p);
        assertThat(r.issues()).extracting(Issue::ruleId).containsExactly("CODE.UNKNOWN");
        assertThat(r.issues().get(0).featureIds()).containsExactly("Z1", "Z2");
    }

    @Test
    void aDeprecatedEditionIsAWarning() {
        TestPlans p = plan("P", "310001", 0, 0, 1000, 1000).system("cn-ydyh-2020").zone("Z1", "0101", rect(0, 0, 1000,
                1000));
        ValidationReport r = Runs.plans("CODE.*", p);
        assertThat(r.issues()).extracting(Issue::ruleId).containsExactly("CODE.DEPRECATED");
        assertThat(r.issues().get(0).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void anUnknownClassificationSystemIsOneIssue() {
        TestPlans p = plan("P", "310001", 0, 0, 1000, 1000).system("xx-local").zone("Z1", "A1", rect(0, 0, 1000, 1000));
        ValidationReport r = Runs.plans("CODE.*", p);
        assertThat(r.issues()).hasSize(1);
        assertThat(r.issues().get(0).message()).contains("xx-local");
    }

    @Test
    void coordinatesOutsideTheDeclaredCrsAreACrsIssue() {
        TestPlans p = plan("P", "310001", TestPlans.GF.createPolygon(new org.locationtech.jts.geom.Coordinate[] {
            new org.locationtech.jts.geom.Coordinate(3_440_000, 500_000),
            new org.locationtech.jts.geom.Coordinate(3_441_000, 500_000),
            new org.locationtech.jts.geom.Coordinate(3_441_000, 501_000),
            new org.locationtech.jts.geom.Coordinate(3_440_000, 501_000),
            new org.locationtech.jts.geom.Coordinate(3_440_000, 500_000)}));
        ValidationReport r = Runs.plans("CRS.*", p);
        assertThat(r.issues()).extracting(Issue::ruleId).containsExactly("CRS.SWAPPED_AXES");
    }

    @Test
    void aCleanPlanHasNoIssueFromThePlanRules() {
        TestPlans p = plan("P", "310001", 0, 0, 1000, 1000).zone("Z1", "0101", rect(0, 0, 500, 1000))
                .zone("Z2", "0301", rect(500, 0, 1000, 1000));
        assertThat(Runs.plans("GEOM.*,CRS.*,CODE.*,TOPO.*", p).issues()).isEmpty();
    }
}
