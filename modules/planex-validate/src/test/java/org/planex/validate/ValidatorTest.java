package org.planex.validate;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.planex.validate.report.ReportFormat;
import org.planex.validate.rules.CrossBorderRulesTest;
import org.planex.validate.spi.Issue;
import org.planex.validate.spi.Severity;
import org.planex.validate.spi.ValidationContext;

class ValidatorTest {

    @TempDir
    Path tmp;

    private ValidationReport validate(String rules, Path... packages) {
        return Runs.validator(rules, null).validate(List.of(packages));
    }

    @Test
    void packagesOnDiskAreCheckedAloneAndAsNeighbours() throws Exception {
        Path west = CrossBorderRulesTest.west().write(tmp.resolve("west"), true);
        Path east = CrossBorderRulesTest.east().write(tmp.resolve("east"), false);
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
        Path west = CrossBorderRulesTest.west().write(tmp.resolve("west"), true);
        Files.writeString(west.resolve("attachments/note.txt"), "edited", StandardCharsets.UTF_8);
        ValidationReport r = validate("PKG.*", west);
        assertThat(r.issues()).extracting(Issue::ruleId).containsExactly("PKG.CHECKSUM");
        assertThat(r.issues().get(0).location().toString()).endsWith("note.txt");
    }

    @Test
    void schemaProblemsCarryLineAndColumn() throws Exception {
        Path west = CrossBorderRulesTest.west().write(tmp.resolve("west"), false);
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
        Path east = CrossBorderRulesTest.east().write(tmp.resolve("east"), false);
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
        ValidationReport r = v.validatePlans(Runs.load(CrossBorderRulesTest.west(), CrossBorderRulesTest.east()));
        assertThat(r.issues()).hasSize(5);
        assertThat(r.issues()).allSatisfy(i -> assertThat(i.severity())
                .isEqualTo(i.ruleId().equals("XB.NIMBY_PROXIMITY") ? Severity.WARNING : Severity.INFO));
    }

    @Test
    void reportsAreWellFormed() throws Exception {
        ValidationReport r = Runs.plans("XB.*,BORDER.*", CrossBorderRulesTest.west(),
                CrossBorderRulesTest.east());
        ObjectMapper json = new ObjectMapper();
        JsonNode doc = json.readTree(render(r, ReportFormat.JSON));
        assertThat(doc.path("schemaVersion").asText()).isEqualTo("1.0");
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
        assertThat(html).contains("<svg").contains("XB.CORRIDOR_DISCONNECTED").doesNotContain("src=")
                .doesNotContain("href=").doesNotContain("<script");
    }

    private static String render(ValidationReport r, ReportFormat f) throws Exception {
        StringWriter w = new StringWriter();
        f.writer().write(r, w);
        return w.toString();
    }
}
