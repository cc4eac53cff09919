package org.planex.validate.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planex.spi.PlanexException;

/** The runner's own checks: wrong expectations fail with readable differences, malformed files are refused. */
class RuleCaseRunnerTest {

    private static final RuleCaseRunner RUNNER = RuleCaseRunner.standard();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FILE = Path.of("selftest/case.json");

    /** The gap-and-sliver fixture with other expectations for its case. */
    private static CaseResult runWith(String caseJson) throws Exception {
        ObjectNode doc = (ObjectNode) JSON.readTree(CaseFiles.onClasspath(RuleCaseRunnerTest.class.getClassLoader(),
                "cases/border").stream().filter(s -> s.name().endsWith("gap-and-sliver.json")).findFirst()
                .orElseThrow().text());
        doc.set("cases", JSON.createArrayNode().add(JSON.readTree(caseJson)));
        List<RuleCase> cases = RUNNER.read(new CaseSource(FILE, URI.create("file:/selftest/case.json"),
                JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc)));
        return RUNNER.run(cases.get(0));
    }

    private static PlanexException refusal(String text) {
        try {
            RUNNER.read(new CaseSource(FILE, URI.create("file:/selftest/case.json"), text));
        } catch (PlanexException e) {
            return e;
        }
        throw new AssertionError("the file was accepted");
    }

    @Test
    void theFixtureAsWrittenPasses() throws Exception {
        CaseResult r = runWith("""
                {"name": "as is", "rules": ["BORDER.*"], "expect": [
                  {"issue": "BORDER.GAP", "measures": {"area_m2": {"value": 8000, "relative": 0.001}}},
                  {"issue": "BORDER.SLIVER"}]}""");
        assertThat(r.passed()).as(r.message()).isTrue();
        assertThat(r.report().issues()).hasSize(2);
    }

    @Test
    void aMeasureOutsideItsToleranceFailsNamingTheFileTheExpectedAndTheActual() throws Exception {
        CaseResult r = runWith("""
                {"name": "wrong area", "rules": ["BORDER.*"], "expect": [
                  {"issue": "BORDER.GAP", "measures": {"area_m2": {"value": 9000, "within": 1}}},
                  {"issue": "BORDER.SLIVER", "measures": {"width_m": {"value": 1.5, "relative": 0.01}}}]}""");
        assertThat(r.passed()).isFalse();
        assertThat(r.mismatches()).singleElement().asString()
                .startsWith("missing issue: BORDER.GAP area_m2=9000 ± 1")
                .contains("nearest actual: BORDER.GAP error kind gap packages [WEST, EAST] area_m2=8000")
                .contains("the measure area_m2 is 8000, expected 9000 ± 1");
        assertThat(r.message()).startsWith("selftest/case.json › wrong area: 1 mismatch (rules BORDER.*)");
        assertThatThrownBy(r::check).isInstanceOf(AssertionError.class).hasMessage(r.message());
    }

    @Test
    void aMissingIssueAndAnExtraIssueAreEachAMismatch() throws Exception {
        CaseResult r = runWith("""
                {"name": "wrong ids", "rules": ["BORDER.*"], "expect": [
                  {"issue": "BORDER.GAP"}, {"issue": "BORDER.OVERLAP", "kind": "overlap"}]}""");
        assertThat(r.mismatches()).containsExactly(
                "missing issue: BORDER.OVERLAP kind overlap\n(no unpaired issue of this id was reported)",
                "extra issue: " + CaseText.issue(r.report().issues().stream()
                        .filter(i -> i.ruleId().equals("BORDER.SLIVER")).findFirst().orElseThrow()));
    }

    @Test
    void extraIssuesPassWhenTheCaseIsNotStrict() throws Exception {
        CaseResult r = runWith("""
                {"name": "lenient", "rules": ["BORDER.*"], "strict": false, "expect": [{"issue": "BORDER.GAP"}]}""");
        assertThat(r.passed()).as(r.message()).isTrue();
    }

    @Test
    void twoExpectationsOfOneIdArePairedWhateverTheirOrder() throws Exception {
        CaseResult r = runWith("""
                {"name": "pairing", "rules": ["BORDER.*"], "expect": [
                  {"issue": "BORDER.SLIVER"}, {"issue": "BORDER.GAP"}]}""");
        assertThat(r.passed()).as(r.message()).isTrue();
    }

    @Test
    void aWrongBorderIsAMismatch() throws Exception {
        CaseResult r = runWith("""
                {"name": "border", "rules": ["BORDER.OFFSET"], "expect": [],
                 "borders": [{"packages": ["WEST", "EAST"], "length_m": {"value": 9000, "within": 5}}]}""");
        assertThat(r.mismatches()).singleElement().asString().startsWith("missing border: border [WEST, EAST]")
                .contains("the length is 10018.06 m, expected 9000 ± 5");
    }

    @Test
    void badWktIsRefusedAtItsPointerAndLine() {
        PlanexException e = refusal("""
                {"name": "bad", "packages": [{"id": "P", "jurisdiction": {"code": "310001"}, "crs": 4549,
                  "features": [
                    {"kind": "zone", "id": "Z", "code": "0101", "wkt": "POLYGON ((0 0, 1 0"}]}],
                 "cases": [{"name": "c", "rules": ["GEOM.*"], "expect": []}]}""");
        assertThat(e.getLocation().toString()).isEqualTo("selftest/case.json!/packages/0/features/0/wkt:3:56");
        assertThat(e.getReason()).startsWith("not valid WKT").contains("write e.g. POLYGON");
    }

    @Test
    void anUnknownRuleIdIsRefusedWithTheKnownIds() {
        PlanexException e = refusal("""
                {"name": "bad", "packages": [{"id": "P", "jurisdiction": {"code": "310001"}, "crs": 4549,
                  "features": []}],
                 "cases": [{"name": "c", "rules": ["GEOM.*", "NOPE.*"], "expect": []}]}""");
        assertThat(e.getLocation().toString()).isEqualTo("selftest/case.json!/cases/0/rules/1:3:46");
        assertThat(e.getReason()).startsWith("no rule emits NOPE.*; known ids: ").contains("BORDER.GAP");
    }

    @Test
    void anUnknownExpectedIssueIdIsRefused() {
        PlanexException e = refusal("""
                {"name": "bad", "packages": [{"id": "P", "jurisdiction": {"code": "310001"}, "crs": 4549,
                  "features": []}],
                 "cases": [{"name": "c", "rules": ["GEOM.*"], "expect": [{"issue": "GEOM.BROKEN"}]}]}""");
        assertThat(e.getLocation().entry()).isEqualTo("/cases/0/expect/0/issue");
        assertThat(e.getReason()).startsWith("no rule emits the issue GEOM.BROKEN");
    }

    @Test
    void schemaViolationsAreRefusedAtTheirPointer() {
        String pkg = "{\"id\": \"P\", \"jurisdiction\": {\"code\": \"310001\"}, \"crs\": 4549, \"features\": []}";
        assertThat(refusal("""
                {"name": "bad", "packages": [%s],
                 "cases": [{"name": "c", "rules": ["GEOM.*"],
                   "expect": [{"issue": "GEOM.INVALID", "measure": {}}]}]}""".formatted(pkg)))
                .satisfies(e -> assertThat(e.getLocation().toString()).isEqualTo(
                        "selftest/case.json!/cases/0/expect/0/measure:3:52"))
                .satisfies(e -> assertThat(e.getReason()).startsWith("unknown property 'measure'; allowed here: issue,"
                        + " severity, kind"));
        assertThat(refusal("{\"name\": \"bad\", \"packages\": [" + pkg + "]}").getReason())
                .isEqualTo("the property 'cases' is required");
        assertThat(refusal("{\"name\": \"bad\", \"packages\": [" + pkg.replace("4549", "\"4549\"")
                + "], \"cases\": []}")).satisfies(e -> assertThat(e.getLocation().entry()).isEqualTo("/packages/0/crs"))
                .satisfies(e -> assertThat(e.getReason()).isEqualTo("expected integer, found '4549'"));
        assertThat(refusal("{\"name\": \"bad\", \"packages\": [" + pkg.replace("\"features\": []",
                "\"features\": [{\"kind\": \"road\", \"wkt\": \"POINT (0 0)\"}]") + "], \"cases\": []}").getReason())
                .isEqualTo("'road' is not one of [zone,control-area,corridor,facility,boundary]");
    }

    @Test
    void textThatIsNotJsonIsRefusedAtItsLineAndColumn() {
        PlanexException e = refusal("{\"name\": \"bad\",\n  \"packages\": [}\n");
        assertThat(e.getLocation().toString()).startsWith("selftest/case.json:2:");
        assertThat(e.getReason()).startsWith("not valid JSON");
        assertThat(refusal("{\"name\": \"a\", \"name\": \"b\"}").getReason()).contains("Duplicate field 'name'");
    }

    @Test
    void aFeatureWithoutWhatItsKindNeedsIsRefused() {
        PlanexException e = refusal("""
                {"name": "bad", "packages": [{"id": "P", "jurisdiction": {"code": "310001"}, "crs": 4549,
                  "features": [{"kind": "zone", "id": "Z", "wkt": "POINT (0 0)"}]}],
                 "cases": [{"name": "c", "rules": ["GEOM.*"], "expect": []}]}""");
        assertThat(e.getLocation().entry()).isEqualTo("/packages/0/features/0");
        assertThat(e.getReason()).isEqualTo("a zone needs 'code'");
    }

    @Test
    void aRefusedFileIsOneFailingCheckOfTheSuite() {
        List<CaseCheck> suite = RUNNER.suite(List.of(new CaseSource(FILE, URI.create("file:/selftest/case.json"),
                "{}")));
        assertThat(suite).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("selftest/case.json");
            assertThatThrownBy(c::run).isInstanceOf(AssertionError.class)
                    .hasMessage("selftest/case.json!/:1:1: the property 'name' is required");
        });
    }

    @Test
    void theSchemaCheckRefusesKeywordsItDoesNotImplement() throws Exception {
        assertThatThrownBy(() -> new CaseSchema(JSON.readTree("{\"type\": \"object\", \"properties\": {\"a\":"
                + " {\"oneOf\": []}}}"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'oneOf' at #/properties/a");
    }
}
