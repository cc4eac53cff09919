package org.planex.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.planex.core.registry.FormatRegistry;
import org.planex.model.FeatureKind;
import org.planex.rule.Issue;
import org.planex.rule.PairView.Side;
import org.planex.validate.engine.LoadedPlan;
import org.planex.validate.engine.PlanPair;
import org.planex.validate.engine.ValidationContext;

/**
 * The pairs of a region see border slices of their plans (every feature but the zones deep inside), and find
 * exactly what they find on the whole plans.
 */
class BorderSliceTest {

    private static final double CELL = 60;
    private static final int CELLS = 40;
    private static final String[] CODES = {"0101", "0103", "0201", "070101", "1001", "1207", "1401"};
    private static final ValidationContext CONTEXT = ValidationContext.defaults();

    /**
     * Two neighbours of 40 x 40 zones of 60 m (2.4 km square): the eastern one overlaps the western one by 15 m in
     * the south half of the border and leaves a 20 m gap, closed at its north end, in the north half, with a control line that stops at the
     * border, a road on each side and, when asked, a nuisance facility whose radius reaches deep into the western plan.
     */
    private static TestPlans[] pair(double facilityRadius) {
        double w = CELLS * CELL;
        TestPlans west = TestPlans.plan("W", "320509", 0, 0, w, w).neighbour("320584");
        grid(west, 0, 0);
        west.corridor("W-ROAD", org.planex.model.CorridorType.ROAD, "primary", TestPlans.line(w - 600, 1560, w - 10,
                1560));
        west.control("W-RED", org.planex.model.ControlKind.ECOLOGICAL_RED_LINE, TestPlans.rect(w - 300, 600, w, 900));
        double x0 = w + 20;
        double half = w / 2;
        TestPlans east = TestPlans.plan("E", "320584", TestPlans.poly(w - 15, 0, x0 + w, 0, x0 + w, w, w, w, w,
                w - 60, x0, w - 60, x0, half, w - 15, half)).neighbour("320509");
        east.zone("1001", TestPlans.rect(w - 15, 0, x0, half));
        grid(east, x0, 3);
        east.corridor("E-ROAD", org.planex.model.CorridorType.ROAD, "primary", TestPlans.line(x0 + 900, 1500, x0 + 30,
                1500));
        if (facilityRadius > 0) {
            east.nimby("E-WASTE", facilityRadius, TestPlans.point(x0 + 100, 1800));
        }
        return new TestPlans[] {west, east};
    }

    private static void grid(TestPlans plan, double x0, int shift) {
        for (int row = 0; row < CELLS; row++) {
            for (int col = 0; col < CELLS; col++) {
                int k = row * CELLS + col;
                plan.zone(CODES[(k + shift) % CODES.length], TestPlans.rect(x0 + col * CELL, row * CELL,
                        x0 + (col + 1) * CELL, (row + 1) * CELL));
            }
        }
    }

    private static RuleRunner runner() throws Exception {
        return new RuleRunner(RuleCatalog.load(), CONTEXT, RuleSelection.ALL, SeverityProfile.NONE,
                new OrderedTasks(1));
    }

    private static double band(RuleRunner runner) {
        return runner.pairReach() + CONTEXT.tolerances().borderWidth();
    }

    @Test
    void aSliceKeepsEveryOtherFeatureAndExactlyTheZonesNotDeepInside() throws Exception {
        LoadedPlan whole = pair(0)[0].load();
        double band = band(runner());
        LoadedPlan slice = whole.borderSlice(band, () -> whole);
        assertThat(slice.isSlice()).isTrue();
        assertThat(slice.wholeSize()).isEqualTo(whole.features().size());
        org.locationtech.jts.geom.prep.PreparedGeometry core = org.locationtech.jts.geom.prep.PreparedGeometryFactory.prepare(whole.metricBoundary().buffer(-band));
        long deep = java.util.stream.IntStream.range(0, whole.features().size())
                .filter(i -> whole.features().get(i).kind() == FeatureKind.ZONE)
                .filter(i -> core.containsProperly(whole.metric(i))).count();
        assertThat(deep).isPositive();
        assertThat(slice.features()).hasSize(whole.features().size() - (int) deep);
        assertThat(slice.indicesOf(FeatureKind.CONTROL_AREA)).hasSize(1);
        for (int i = 0; i < slice.features().size(); i++) {
            assertThat(slice.metric(i)).isEqualTo(whole.metric(whole.features().indexOf(slice.features().get(i))));
        }
    }

    @Test
    void thePairRulesFindOnSlicesWhatTheyFindOnWholePlans() throws Exception {
        RuleRunner runner = runner();
        List<LoadedPlan> whole = Runs.load(pair(0));
        List<LoadedPlan> slices = whole.stream().map(p -> p.borderSlice(band(runner), () -> p)).toList();
        RuleRunner.Results onWhole = runner.checkPairs(whole);
        assertThat(runner.checkPairs(Runs.load(pair(0))).issues()).isEqualTo(onWhole.issues());
        RuleRunner.Results onSlices = runner.checkPairs(slices);
        assertThat(onSlices.pairs()).hasSize(1);
        PlanPair pair = onSlices.pairs().get(0).pair();
        assertThat(pair.plan(Side.FIRST).isSlice()).isTrue();
        assertThat(pair.plan(Side.SECOND).isSlice()).isTrue();
        assertThat(ids(onWhole.issues())).contains("BORDER.GAP", "BORDER.OVERLAP", "XB.ZONE_CONFLICT",
                "XB.CONTROL_DISCONTINUITY");
        assertThat(onSlices.issues()).isEqualTo(onWhole.issues());
    }

    @Test
    void aFacilityReachingDeeperThanTheSliceGetsTheWholeNeighbourReadAgain() throws Exception {
        RuleRunner runner = runner();
        List<LoadedPlan> whole = Runs.load(pair(1500));
        AtomicInteger reads = new AtomicInteger();
        List<LoadedPlan> slices = whole.stream().map(p -> p.borderSlice(band(runner), () -> {
            reads.incrementAndGet();
            return p;
        })).toList();
        RuleRunner.Results onWhole = runner.checkPairs(whole);
        RuleRunner.Results onSlices = runner.checkPairs(slices);
        PlanPair pair = onSlices.pairs().get(0).pair();
        assertThat(pair.plan(Side.FIRST).isSlice()).isFalse();
        assertThat(pair.plan(Side.SECOND).isSlice()).isFalse();
        assertThat(reads.get()).isEqualTo(2);
        assertThat(ids(onWhole.issues())).contains("XB.NIMBY_PROXIMITY");
        assertThat(onSlices.issues()).isEqualTo(onWhole.issues());
    }

    @Test
    void askingASliceBeyondTheDeclaredReachIsRefused() throws Exception {
        RuleRunner runner = runner();
        List<LoadedPlan> slices = Runs.load(pair(0)).stream().map(p -> p.borderSlice(band(runner), () -> p))
                .toList();
        PlanPair pair = PlanPair.of(slices.get(0), slices.get(1), CONTEXT.crs(), CONTEXT.tolerances(),
                runner.pairReach());
        assertThat(pair.nearBorder(Side.FIRST, runner.pairReach(), FeatureKind.ZONE)).isNotEmpty();
        assertThatThrownBy(() -> pair.nearBorder(Side.FIRST, runner.pairReach() + 1))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Rule.pairReach");
    }

    @Test
    void validatingThePackagesGivesThePairIssuesOfTheWholePlans(@TempDir Path tmp) throws Exception {
        TestPlans[] plans = pair(0);
        Path west = plans[0].write(tmp.resolve("west"), false);
        Path east = plans[1].write(tmp.resolve("east"), false);
        Validator validator = Validator.builder(RuleCatalog.load(), FormatRegistry.load()).threads(2).build();
        ValidationReport fromFiles = validator.validate(List.of(west, east));
        ValidationReport inMemory = validator.validatePlans(Runs.load(plans));
        assertThat(pairIssues(fromFiles)).isNotEmpty().isEqualTo(pairIssues(inMemory));
        assertThat(fromFiles.borders()).isEqualTo(inMemory.borders());
        assertThat(fromFiles.packages().get(0).features()).isEqualTo(plans[0].features().size());
    }

    private static List<String> ids(List<Issue> issues) {
        return issues.stream().map(Issue::ruleId).distinct().toList();
    }

    private static List<Issue> pairIssues(ValidationReport report) {
        return report.issues().stream().filter(i -> i.ruleId().startsWith("BORDER.") || i.ruleId().startsWith("XB."))
                .toList();
    }
}
