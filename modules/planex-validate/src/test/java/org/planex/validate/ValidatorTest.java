package org.planex.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.core.input.InputOptions;
import org.planex.rule.Issue;
import org.planex.rule.Severity;
import org.planex.validate.engine.ValidationContext;
import org.planex.validate.report.ReportFormat;
import org.planex.validate.rules.CrossBorderPlans;

class ValidatorTest {

    @TempDir
    Path tmp;

    private ValidationReport validate(String rules, Path... packages) {
        return Runs.validator(rules, null).validate(List.of(packages));
    }

    @Test
    void packagesOnDiskAreCheckedAloneAndAsNeighbours() throws Exception {
        Path west = CrossBorderPlans.west().write(tmp.resolve("west"), true);
        Path east = CrossBorderPlans.east().write(tmp.resolve("east"), false);
        ValidationReport r = validate(null, west, east);
        assertThat(r.packages()).extracting(PackageSummary::loaded).containsExactly(true, true);
        assertThat(r.borders()).hasSize(1);
        assertThat(r.borders().get(0).metricCrs()).contains("EPSG:4549");
        Map<String, Long> byRule = r.countByRule();
        assertThat(byRule).containsEntry("XB.ZONE_CONFLICT", 2L).containsEntry("XB.CONTROL_DISCONTINUITY", 1L)
                .containsEntry("XB.CORRIDOR_DISCONNECTED", 1L).containsEntry("XB.NIMBY_PROXIMITY", 1L)
                .containsEntry("REGION.UNDECLARED_NEIGHBOUR", 2L);
        assertThat(byRule).doesNotContainKeys("PKG.CHECKSUM", "SCHEMA.XSD", "BORDER.GAP", "GEOM.INVALID");
        Issue level = r.issues().stream().filter(i -> i.ruleId().equals("CODE.LEVEL")).findFirst().orElseThrow();
        assertThat(level.severity()).isEqualTo(Severity.ERROR);
        assertThat(r.hasErrors()).isTrue();
    }

    @Test
    void aTamperedAttachmentIsAChecksumIssue() throws Exception {
        Path west = CrossBorderPlans.west().write(tmp.resolve("west"), true);
        Files.writeString(west.resolve("attachments/note.txt"), "edited", StandardCharsets.UTF_8);
        ValidationReport r = validate("PKG.*", west);
        assertThat(r.issues()).extracting(Issue::ruleId).containsExactly("PKG.CHECKSUM");
        assertThat(r.issues().get(0).location().toString()).endsWith("note.txt");
    }

    @Test
    void schemaProblemsCarryLineAndColumn() throws Exception {
        Path west = CrossBorderPlans.west().write(tmp.resolve("west"), false);
        Path xml = west.resolve("plan.xml");
        Files.writeString(xml, Files.readString(xml).replace("status=\"approved\"", "status=\"bogus\""));
        ValidationReport r = validate("SCHEMA.*,PKG.*", west);
        Issue schema = r.issues().stream().filter(i -> i.ruleId().equals("SCHEMA.XSD")).findFirst().orElseThrow();
        assertThat(schema.location().line()).isGreaterThan(1);
        assertThat(schema.location().column()).isGreaterThan(0);
        assertThat(schema.message()).contains("bogus");
    }

    @Test
    void anUnreadablePackageIsAnIssueAndTheOthersAreStillChecked() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Path east = CrossBorderPlans.east().write(tmp.resolve("east"), false);
        ValidationReport r = validate("PKG.*,GEOM.*", empty, east);
        assertThat(r.issues()).extracting(Issue::ruleId).containsExactly("PKG.UNREADABLE");
        assertThat(r.packages()).extracting(PackageSummary::loaded).containsExactly(false, true);
    }

    @Test
    void theSeverityProfileRewritesSeverities() throws Exception {
        Path profile = Files.writeString(tmp.resolve("profile.txt"), "# agency profile\nXB.* = info\n"
                + "XB.NIMBY_PROXIMITY = warning\n");
        Validator v = new Validator(RuleCatalog.load(), ValidationContext.defaults(), RuleSelection.of("XB.*", null),
                SeverityProfile.read(profile), org.planex.core.registry.FormatRegistry.load());
        ValidationReport r = v.validatePlans(Runs.load(CrossBorderPlans.west(), CrossBorderPlans.east()));
        assertThat(r.issues()).hasSize(5);
        assertThat(r.issues()).allSatisfy(i -> assertThat(i.severity())
                .isEqualTo(i.ruleId().equals("XB.NIMBY_PROXIMITY") ? Severity.WARNING : Severity.INFO));
    }

    @Test
    void reportsAreWellFormed() throws Exception {
        ValidationReport r = Runs.plans("XB.*,BORDER.*", CrossBorderPlans.west(),
                CrossBorderPlans.east());
        ObjectMapper json = new ObjectMapper();
        JsonNode doc = json.readTree(render(r, ReportFormat.JSON));
        assertThat(doc.path("schemaVersion").asText()).isEqualTo("1.1");
        assertThat(doc.path("issues")).hasSize(r.issues().size());
        assertThat(doc.path("summary").path("errors").asLong()).isEqualTo(r.count(Severity.ERROR));
        assertThat(doc.path("borders").get(0).path("length_m").asDouble()).isGreaterThan(9_000);
        JsonNode geo = json.readTree(render(r, ReportFormat.GEOJSON));
        assertThat(geo.path("type").asText()).isEqualTo("FeatureCollection");
        assertThat(geo.path("features")).hasSize(5);
        for (JsonNode f : geo.path("features")) {
            assertThat(f.path("properties").path("rule").asText()).startsWith("XB.");
            assertThat(f.path("geometry").path("type").asText()).isNotEmpty();
        }
        String text = render(r, ReportFormat.TEXT);
        assertThat(text.lines().filter(l -> l.matches("(error|warning|info) XB\\..*"))).hasSize(5);
        assertThat(text).contains("distance_m=40");
        String html = render(r, ReportFormat.HTML);
        assertThat(html).contains("id=\"planex-map\"").contains("XB.CORRIDOR_DISCONNECTED")
                .doesNotContain("<script src").doesNotContain("<link").doesNotContain("<img");
    }

    @Test
    void borderPiecesCarryTheirKindAndMeasuresInEveryReport() throws Exception {
        TestPlans west = TestPlans.plan("WEST", "310001", 0, 0, 10_000, 10_000);
        TestPlans east = TestPlans.plan("EAST", "310002", TestPlans.poly(10_000, 0, 20_000, 0, 20_000, 10_000,
                10_000, 10_000, 10_000, 6_600, 9_998.5, 6_600, 9_998.5, 6_000, 10_000, 6_000,
                10_000, 2_400, 10_020, 2_400, 10_020, 2_000, 10_000, 2_000));
        ValidationReport r = Runs.plans("BORDER.*", west, east);
        JsonNode issues = new ObjectMapper().readTree(render(r, ReportFormat.JSON)).path("issues");
        assertThat(issues).extracting(i -> i.path("rule").asText() + "/" + i.path("kind").asText())
                .containsExactly("BORDER.GAP/gap", "BORDER.SLIVER/overlap");
        assertThat(issues.get(0).path("measures").path("width_m").asDouble()).isEqualTo(20.0);
        assertThat(issues.get(1).path("measures").path("length_m").asDouble()).isEqualTo(600.0);
        JsonNode geo = new ObjectMapper().readTree(render(r, ReportFormat.GEOJSON)).path("features");
        assertThat(geo).extracting(f -> f.path("properties").path("kind").asText()).containsExactly("gap", "overlap");
        assertThat(geo.get(1).path("properties").path("area_m2").asDouble()).isEqualTo(900.0);
        assertThat(render(r, ReportFormat.TEXT)).contains("(kind=gap, area_m2=8000, width_m=20, length_m=400)")
                .contains("(kind=overlap, area_m2=900, width_m=1.5, length_m=600)");
        assertThat(render(r, ReportFormat.HTML)).contains("<th>kind</th>").contains("<td>overlap</td>")
                .contains("\"rule\":\"BORDER.SLIVER\",\"severity\":\"error\",\"kind\":\"overlap\"");
    }

    @Test
    void aLayerTheProfileDoesNotMapIsAnInputWarningNamingIt() throws Exception {
        Path examples = Path.of(System.getProperty("planex.root", "../.."), "examples", "yrd-demo-zone", "local");
        assumeTrue(Files.isDirectory(examples), "examples folder");
        Path data = Files.createDirectories(tmp.resolve("jiashan-geojson"));
        try (var files = Files.list(examples.resolve("jiashan-geojson"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, data.resolve(f.getFileName().toString()));
            }
        }
        Files.writeString(data.resolve("DLSJ.geojson"), Files.readString(data.resolve("XL.geojson"))
                .replace("\"name\":\"XL\"", "\"name\":\"DLSJ\""));
        Map<Path, InputOptions> profiles = Map.of(data, InputOptions.DEFAULT.withProfile(
                examples.resolve("zhejiang.profile.json").toString()));
        ValidationReport r = Runs.validator(null, null).validate(List.of(data), profiles);
        assertThat(r.packages()).extracting(PackageSummary::loaded).containsExactly(true);
        List<Issue> warnings = Runs.of(r, "INPUT.WARNING");
        assertThat(warnings).hasSize(1);
        Issue w = warnings.get(0);
        assertThat(w.severity()).isEqualTo(Severity.WARNING);
        assertThat(w.message()).contains("DLSJ").contains("no role in profile zhejiang-county-geojson");
        assertThat(w.location().file()).isEqualTo(data);
        assertThat(w.location().entry()).isEqualTo("DLSJ");
        assertThat(w.packageIds()).containsExactly(r.packages().get(0).packageId());
        JsonNode json = new ObjectMapper().readTree(render(r, ReportFormat.JSON));
        JsonNode issue = json.path("issues").get(r.issues().indexOf(w));
        assertThat(issue.path("rule").asText()).isEqualTo("INPUT.WARNING");
        assertThat(issue.path("location").path("entry").asText()).isEqualTo("DLSJ");
        assertThat(render(r, ReportFormat.TEXT)).contains("!DLSJ: warning INPUT.WARNING [");
        assertThat(Runs.validator(null, "INPUT.*").validate(List.of(data), profiles).issues())
                .extracting(Issue::ruleId).doesNotContain("INPUT.WARNING");
        assertThat(Runs.validator("INPUT.WARNING", null).validate(List.of(data), profiles).issues())
                .extracting(Issue::ruleId).containsExactly("INPUT.WARNING");
    }

    private static String render(ValidationReport r, ReportFormat f) throws Exception {
        StringWriter w = new StringWriter();
        f.writer().write(r, w);
        return w.toString();
    }
}
