package org.planex.spark.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.bench.programs.PlanRegionGenerator;
import org.planex.core.input.InputOptions;
import org.planex.core.registry.FormatRegistry;
import org.planex.rule.Issue;
import org.planex.spark.RunSettings;
import org.planex.validate.BorderSummary;
import org.planex.validate.RuleCatalog;
import org.planex.validate.ValidationReport;
import org.planex.validate.Validator;

/**
 * The distributed run gives the issues {@code planex validate} gives on one machine: same ids, severities,
 * packages and features, measures within 0.1 %, same borders; over a generated 3 x 3 region with known border
 * gaps, overlaps and self-overlaps, over the YRD example (zone conflicts, a facility's impact radius), and over two
 * plans that overlap entirely (a neighbour that reaches past the border slice, so the whole plan is read again).
 */
class SameIssuesAsOneMachineTest {

    private static final Path ROOT = Path.of(System.getProperty("planex.root", "../.."));
    private static final Path YRD = ROOT.resolve("examples/yrd-demo-zone");

    @TempDir
    static Path dir;

    private static SparkSession spark;
    private static List<String> region;

    @BeforeAll
    static void start() throws Exception {
        spark = LocalSpark.start();
        Path folder = dir.resolve("region");
        PlanRegionGenerator.main(new String[] {folder.toString(), "3", "3", "900", "2", "20261203"});
        region = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                region.add(folder.resolve("plan-" + r + "-" + c).toString());
            }
        }
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void aGeneratedRegionHasTheSameIssuesAndBorders() throws Exception {
        Compared c = compare(region);
        assertThat(c.spark().borders()).hasSize(12);
        assertThat(c.spark().countByRule()).containsEntry("BORDER.GAP", c.local().countByRule().get("BORDER.GAP"))
                .containsEntry("BORDER.OVERLAP", c.local().countByRule().get("BORDER.OVERLAP"));
        assertThat(c.spark().countByRule().get("BORDER.GAP")).isPositive();
        assertThat(c.spark().countByRule().get("TOPO.OVERLAP")).isEqualTo(9 * 2);
        assertThat(c.outcome().candidatePairs()).as("diagonal neighbours are candidates too").isEqualTo(20);
    }

    @Test
    void onlyTheZonesFacingTheNeighbourTravelToThePair() throws Exception {
        Path folder = dir.resolve("pair");
        PlanRegionGenerator.main(new String[] {folder.toString(), "1", "2", "22500", "0", "7"});
        Compared c = compare(List.of(folder.resolve("plan-0-0").toString(), folder.resolve("plan-0-1").toString()));
        assertThat(c.spark().countByRule().get("BORDER.OVERLAP")).isPositive();
        assertThat(c.outcome().plans()).allMatch(PlanRecord::sliced);
        assertThat(c.outcome().bandFeatures()).as("a strip of about 400 m along a 6 km border, of 2 x 22,500 zones")
                .isBetween(1_000L, 4_500L);
    }

    @Test
    void theYrdExampleHasTheSameIssuesAndBorders() throws Exception {
        Compared c = compare(List.of(YRD.resolve("qingpu").toString(), YRD.resolve("jiashan").toString(),
                YRD.resolve("wujiang").toString()));
        assertThat(c.spark().issues()).hasSize(7);
        assertThat(c.spark().countByRule()).containsKey("XB.ZONE_CONFLICT");
        assertThat(c.spark().issues()).extracting(Issue::message)
                .containsExactlyElementsOf(c.local().issues().stream().map(Issue::message).toList());
    }

    @Test
    void localDatasetsWithTheirProfilesHaveTheSameIssues() throws Exception {
        Path local = YRD.resolve("local");
        Compared c = compareInputs(List.of(new RunInput(local.resolve("qingpu-shp").toString(), null),
                new RunInput(local.resolve("wujiang.gpkg").toString(), null),
                new RunInput(local.resolve("jiashan-geojson").toString(),
                        local.resolve("zhejiang.profile.json").toString())));
        assertThat(c.spark().packages()).allMatch(p -> p.loaded());
        assertThat(c.spark().countByRule()).containsKey("XB.ZONE_CONFLICT").containsKey("BORDER.GAP");
    }

    @Test
    void plansOverlappingEntirelyAreReadWholeAgain() throws Exception {
        Path copy = dir.resolve("copy-of-plan-1-1");
        TestFiles.copyTree(Path.of(region.get(4)), copy);
        Compared c = compare(List.of(region.get(4), copy.toString()));
        assertThat(c.spark().countByRule()).containsKey("BORDER.OVERLAP");
        double area = c.spark().issues().stream().filter(i -> i.ruleId().equals("BORDER.OVERLAP"))
                .mapToDouble(i -> i.measures().get(Issue.AREA_M2)).sum();
        assertThat(area).as("the overlap is the whole plan of about 900 cells of 40 m").isGreaterThan(800 * 1600.0);
    }

    private record Compared(ValidationReport spark, ValidationReport local, BorderJob.Outcome outcome) {
    }

    private static Compared compare(List<String> inputs) throws Exception {
        return compareInputs(RunInput.of(inputs));
    }

    private static Compared compareInputs(List<RunInput> inputs) throws Exception {
        RunSettings settings = new RunSettings(null, null, null, null);
        BorderJob.Outcome outcome = BorderJob.run(spark, inputs, settings, 3);
        ValidationReport distributed = ReportMerge.report(outcome, settings.validator());
        Map<Path, InputOptions> options = new HashMap<>();
        inputs.forEach(i -> options.put(i.file(), i.options()));
        ValidationReport local = Validator.builder(RuleCatalog.load(), FormatRegistry.load()).build()
                .validate(inputs.stream().map(RunInput::file).toList(), options);
        assertThat(distributed.rules()).isEqualTo(local.rules());
        assertThat(distributed.packages()).isEqualTo(local.packages());
        List<IssueKey> a = IssueKey.of(distributed.issues());
        List<IssueKey> b = IssueKey.of(local.issues());
        assertThat(a).hasSameSizeAs(b);
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.get(i).matches(b.get(i), 0.001)).as("issue %s against %s", a.get(i), b.get(i)).isTrue();
        }
        assertThat(distributed.borders().stream().map(BorderJobTestSupport::describe).toList())
                .isEqualTo(local.borders().stream().map(BorderJobTestSupport::describe).toList());
        Map<String, Long> counts = distributed.countByRule();
        assertThat(counts).isEqualTo(local.countByRule());
        return new Compared(distributed, local, outcome);
    }


    /** Border summaries compared by their pair, metric CRS, length, offset and issue counts. */
    static final class BorderJobTestSupport {
        private BorderJobTestSupport() {
        }

        static String describe(BorderSummary b) {
            return b.first() + "|" + b.second() + "|" + b.metricCrs() + "|" + b.lengthM() + "|" + b.offsetM() + "|"
                    + b.issues();
        }
    }
}
