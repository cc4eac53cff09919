package org.planex.validate.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.planex.validate.TestPlans.plan;
import static org.planex.validate.TestPlans.rect;

import org.junit.jupiter.api.Test;
import org.planex.model.ControlKind;
import org.planex.rule.Issue;
import org.planex.validate.Runs;
import org.planex.validate.TestPlans;
import org.planex.validate.ValidationReport;

class TopologyRulesTest {

    @Test
    void aCleanCoverageHasNoTopologyIssue() {
        TestPlans p = plan("P", "310001", 0, 0, 1000, 1000).zone("0101", rect(0, 0, 500, 1000))
                .zone("0301", rect(500, 0, 1000, 400)).zone("0701", rect(500, 400, 1000, 1000));
        assertThat(Runs.plans("TOPO.*", p).issues()).isEmpty();
    }

    @Test
    void overlapGapOutsideAndSliverAreMeasured() {
        TestPlans p = plan("P", "310001", 0, 0, 1000, 1000)
                .zone("Z1", "0101", rect(0, 0, 500, 1000))
                .zone("Z2", "0301", rect(490, 0, 1000, 600))
                .zone("Z3", "0701", rect(500, 620, 1000, 998.5))
                .zone("Z4", "0701", rect(1000, 620, 1050, 720));
        ValidationReport r = Runs.plans("TOPO.*", p);
        assertThat(r.issues()).extracting(Issue::ruleId)
                .containsExactlyInAnyOrder("TOPO.OVERLAP", "TOPO.GAP", "TOPO.SLIVER", "TOPO.OUTSIDE");
        Issue overlap = Runs.of(r, "TOPO.OVERLAP").get(0);
        assertThat(overlap.featureIds()).containsExactly("Z1", "Z2");
        assertThat(overlap.measures().get(Issue.AREA_M2)).isCloseTo(6000, within(1.0));
        assertThat(overlap.measures().get(Issue.WIDTH_M)).isCloseTo(10, within(0.01));
        Issue gap = Runs.of(r, "TOPO.GAP").get(0);
        assertThat(gap.measures().get(Issue.AREA_M2)).isCloseTo(10_000, within(1.0));
        assertThat(gap.measures().get(Issue.WIDTH_M)).isCloseTo(20, within(0.01));
        Issue sliver = Runs.of(r, "TOPO.SLIVER").get(0);
        assertThat(sliver.measures().get(Issue.AREA_M2)).isCloseTo(750, within(1.0));
        assertThat(overlap.kind()).isEqualTo("overlap");
        assertThat(gap.kind()).isEqualTo("gap");
        assertThat(sliver.kind()).as("the 1.5 m strip no zone covers").isEqualTo("gap");
        Issue outside = Runs.of(r, "TOPO.OUTSIDE").get(0);
        assertThat(outside.featureIds()).containsExactly("Z4");
        assertThat(outside.measures().get(Issue.AREA_M2)).isCloseTo(4900, within(1.0));
    }

    @Test
    void controlLinesOfDifferentKindsMustNotOverlap() {
        TestPlans p = plan("P", "310001", 0, 0, 1000, 1000)
                .control("ERL", ControlKind.ECOLOGICAL_RED_LINE, rect(0, 0, 200, 200))
                .control("UDB", ControlKind.URBAN_DEVELOPMENT_BOUNDARY, rect(150, 150, 400, 400))
                .control("PBF", ControlKind.PERMANENT_BASIC_FARMLAND, rect(600, 600, 900, 900))
                .control("HIS", new ControlKind("historic-conservation"), rect(650, 650, 700, 700));
        ValidationReport r = Runs.plans("TOPO.CONTROL_CONFLICT", p);
        assertThat(r.issues()).hasSize(1);
        assertThat(r.issues().get(0).featureIds()).containsExactly("ERL", "UDB");
        assertThat(r.issues().get(0).measures().get(Issue.AREA_M2)).isCloseTo(2500, within(1.0));
    }
}
