package org.planex.validate.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.planex.core.format.PlanexFormatProvider;
import org.planex.model.PlanFeature;
import org.planex.rule.Issue;
import org.planex.spi.PlanReader;
import org.planex.spi.ReadContext;
import org.planex.validate.ValidationReport;
import org.planex.validate.report.ReportFormat;
import org.planex.validate.report.TextReportWriter;

/**
 * The committed examples: they are what the generators write, validating them finds each injected defect once
 * with its measure within 5 % of its construction and nothing else, and the committed expected report agrees
 * (rule ids, feature ids, measures within 5 %).
 */
class ExamplesTest {

    private static final Path EXAMPLES = Path.of(System.getProperty("planex.root", "../.."), "examples");

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {YrdDemoExample.FOLDER, ShenzhenHongKongExample.FOLDER})
    void eachInjectedDefectIsFoundOnceAndNothingElse(String folder) throws Exception {
        Path dir = EXAMPLES.resolve(folder);
        assumeThat(Files.isDirectory(dir)).as("examples folder").isTrue();
        ValidationReport report = ExampleReports.validate(ExampleReports.packages(dir));
        List<ExpectedIssue> defects = folder.equals(YrdDemoExample.FOLDER) ? YrdDemoExample.DEFECTS
                : ShenzhenHongKongExample.DEFECTS;
        List<Issue> left = new ArrayList<>(report.issues());
        for (ExpectedIssue d : defects) {
            List<Issue> found = left.stream().filter(i -> i.ruleId().equals(d.rule())
                    && new TreeSet<>(i.featureIds()).equals(new TreeSet<>(d.features()))).toList();
            assertThat(found).as(d.toString()).hasSize(1);
            assertThat(found.get(0).measures().get(d.measure())).as(d.toString())
                    .isCloseTo(d.value(), org.assertj.core.api.Assertions.within(Math.max(0.5, d.value() * 0.05)));
            left.remove(found.get(0));
        }
        assertThat(left).as("issues beyond the injected defects").isEmpty();
        assertThat(report.borders()).allSatisfy(b -> assertThat(b.offsetM()).isLessThan(
                b.issues().keySet().stream().anyMatch(k -> k.startsWith("BORDER.")) ? 1000 : 1.0));
    }

    @ParameterizedTest
    @ValueSource(strings = {YrdDemoExample.FOLDER, ShenzhenHongKongExample.FOLDER})
    void theCommittedExpectedReportMatches(String folder) throws Exception {
        Path dir = EXAMPLES.resolve(folder);
        assumeThat(Files.isDirectory(dir)).as("examples folder").isTrue();
        JsonNode expected = new ObjectMapper().readTree(dir.resolve("expected-report.json").toFile());
        ValidationReport report = ExampleReports.validate(ExampleReports.packages(dir));
        assertThat(expected.path("schemaVersion").asText()).isEqualTo(ValidationReport.SCHEMA_VERSION);
        JsonNode issues = expected.path("issues");
        assertThat(report.issues()).hasSize(issues.size());
        for (int k = 0; k < issues.size(); k++) {
            JsonNode e = issues.get(k);
            Issue actual = report.issues().get(k);
            assertThat(actual.ruleId()).isEqualTo(e.path("rule").asText());
            assertThat(actual.kind()).as(actual.ruleId() + " kind").isEqualTo(e.path("kind").textValue());
            List<String> features = new ArrayList<>();
            e.path("features").forEach(f -> features.add(f.asText()));
            assertThat(actual.featureIds()).containsExactlyElementsOf(features);
            e.path("measures").fields().forEachRemaining(m -> assertThat(actual.measures().get(m.getKey()))
                    .as(actual.ruleId() + " " + m.getKey())
                    .isCloseTo(m.getValue().asDouble(), org.assertj.core.api.Assertions.within(
                            Math.max(0.5, Math.abs(m.getValue().asDouble()) * 0.05))));
        }
    }

    @Test
    void eachYrdBorderPieceHasItsKindAndMeasuresInTheReportAndTheCommittedJson() throws Exception {
        Path dir = EXAMPLES.resolve(YrdDemoExample.FOLDER);
        assumeThat(Files.isDirectory(dir)).as("examples folder").isTrue();
        ValidationReport report = ExampleReports.validate(ExampleReports.packages(dir));
        StringWriter json = new StringWriter();
        ReportFormat.JSON.writer().write(report, json);
        JsonNode fresh = new ObjectMapper().readTree(json.toString());
        JsonNode committed = new ObjectMapper().readTree(dir.resolve("expected-report.json").toFile());
        for (JsonNode doc : List.of(fresh, committed)) {
            List<JsonNode> pieces = new ArrayList<>();
            doc.path("issues").forEach(i -> {
                if (i.path("rule").asText().startsWith("BORDER.")) {
                    pieces.add(i);
                }
            });
            assertThat(pieces).extracting(i -> i.path("rule").asText() + "/" + i.path("kind").asText())
                    .containsExactlyInAnyOrder("BORDER.GAP/gap", "BORDER.SLIVER/overlap");
            for (JsonNode p : pieces) {
                boolean gap = p.path("kind").asText().equals("gap");
                JsonNode m = p.path("measures");
                assertThat(m.path("area_m2").asDouble()).isCloseTo(gap ? 15_000 : 1_200, within(gap ? 1.0 : 0.5));
                assertThat(m.path("width_m").asDouble()).isCloseTo(gap ? 30 : 1.5, within(0.01));
                assertThat(m.path("length_m").asDouble()).isCloseTo(gap ? 500 : 800, within(0.1));
                assertThat(p.path("packages")).hasSize(2);
            }
        }
        assertThat(report.issues()).filteredOn(i -> i.ruleId().startsWith("BORDER.")).allSatisfy(i -> assertThat(
                TextReportWriter.line(i)).contains("(kind=" + i.kind() + ", area_m2="));
    }

    /** The header and every feature of a package, compared as values (the XML text may change with the writer). */
    private static List<Object> read(Path pkg) throws Exception {
        List<Object> out = new ArrayList<>();
        try (PlanReader r = new PlanexFormatProvider().openPlanReader(ReadContext.of(pkg))) {
            out.add(r.header());
            for (PlanFeature f = r.read(); f != null; f = r.read()) {
                out.add(f);
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {YrdDemoExample.FOLDER, ShenzhenHongKongExample.FOLDER})
    void theCommittedPackagesAreWhatTheGeneratorsWrite(String folder) throws Exception {
        Path dir = EXAMPLES.resolve(folder);
        assumeThat(Files.isDirectory(dir)).as("examples folder").isTrue();
        if (folder.equals(YrdDemoExample.FOLDER)) {
            YrdDemoExample.write(tmp.resolve(folder));
        } else {
            ShenzhenHongKongExample.write(tmp.resolve(folder));
        }
        for (Path pkg : ExampleReports.packages(dir)) {
            Path fresh = tmp.resolve(folder).resolve(pkg.getFileName().toString());
            assertThat(read(fresh)).as(pkg.toString()).isEqualTo(read(pkg));
            assertThat(Files.readString(fresh.resolve("README.md"))).isEqualTo(Files.readString(pkg.resolve("README.md")));
        }
    }
}
