package org.planex.validate.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planex.crs.CrsService;
import org.planex.model.FeatureKind;
import org.planex.rule.Issue;
import org.planex.rule.PairView.Side;
import org.planex.rule.Rule;
import org.planex.rule.RuleScope;
import org.planex.rule.Tolerances;
import org.planex.validate.RuleCatalog;
import org.planex.validate.rules.CrossBorderPlans;

/** The near-border zones of a pair are buffered once per (side, distance) and shared by every rule. */
class PlanPairTest {

    private static PlanPair pair() throws Exception {
        return PlanPair.of(CrossBorderPlans.west().load(), CrossBorderPlans.east().load(),
                CrsService.standard(), Tolerances.DEFAULT);
    }

    @Test
    void aZoneIsBufferedOncePerSideAndDistance() throws Exception {
        PlanPair pair = pair();
        List<Integer> all = pair.nearBorder(Side.FIRST, 300);
        assertThat(pair.nearBorder(Side.FIRST, 300)).isEqualTo(all);
        assertThat(pair.nearZonesComputed()).isEqualTo(1);
        pair.nearBorder(Side.SECOND, 300);
        pair.nearBorder(Side.FIRST, 100);
        assertThat(pair.nearZonesComputed()).isEqualTo(3);
    }

    @Test
    void kindsFilterTheFeaturesNearTheBorder() throws Exception {
        PlanPair pair = pair();
        List<Integer> all = pair.nearBorder(Side.FIRST, 300);
        List<Integer> zones = pair.nearBorder(Side.FIRST, 300, FeatureKind.ZONE);
        assertThat(zones).isNotEmpty().hasSizeLessThan(all.size()).isSubsetOf(all)
                .allMatch(i -> pair.plan(Side.FIRST).features().get(i).kind() == FeatureKind.ZONE);
        assertThat(pair.nearBorder(Side.FIRST, 300, FeatureKind.ZONE, FeatureKind.CORRIDOR))
                .containsAll(zones).hasSizeGreaterThan(zones.size());
    }

    @Test
    void thePairRulesShareTheirZones() throws Exception {
        PlanPair pair = pair();
        ValidationContext context = ValidationContext.defaults();
        List<Issue> issues = new ArrayList<>();
        for (Rule rule : RuleCatalog.load().rules()) {
            if (rule.descriptor().scope() == RuleScope.PAIR) {
                rule.checkPair(pair, context, issues::add);
            }
        }
        int zones = pair.nearZonesComputed();
        assertThat(zones).as("one buffer per distinct (side, distance) the pair rules ask for").isBetween(1, 10);
        for (Rule rule : RuleCatalog.load().rules()) {
            if (rule.descriptor().scope() == RuleScope.PAIR) {
                rule.checkPair(pair, context, issues::add);
            }
        }
        assertThat(pair.nearZonesComputed()).as("a second run buffers nothing").isEqualTo(zones);
        assertThat(issues).isNotEmpty();
    }
}
