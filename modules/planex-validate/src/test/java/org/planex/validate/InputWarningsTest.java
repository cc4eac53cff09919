package org.planex.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planex.rule.Issue;
import org.planex.rule.Severity;
import org.planex.rule.Tolerances;
import org.planex.spi.Location;
import org.planex.validate.report.ReportFormat;

class InputWarningsTest {

    private static final Path INPUT = Path.of("data", "qingpu-shp");

    @Test
    void aWarningKeepsItsLocationAndFeatureUpToTheReportJson() throws Exception {
        InputWarnings w = new InputWarnings(INPUT);
        w.warning(new Location(INPUT, "YDYH", -1, -1, 42, "QP-ZN-7"), "field name YDYHFLMC_LONG shortened to"
                + " YDYHFLMC_L");
        w.warning(Location.UNKNOWN, "attachments left out");
        List<Issue> issues = w.issues("CN-310118");
        assertThat(issues).extracting(Issue::ruleId).containsOnly(Validator.INPUT_WARNING);
        assertThat(issues).extracting(Issue::severity).containsOnly(Severity.WARNING);
        assertThat(issues.get(0).featureIds()).containsExactly("QP-ZN-7");
        assertThat(issues.get(0).packageIds()).containsExactly("CN-310118");
        assertThat(issues.get(1).location()).as("an unknown location becomes the input").isEqualTo(Location.of(INPUT));
        ValidationReport r = new ValidationReport(ValidationReport.SCHEMA_VERSION, Tolerances.DEFAULT, List.of(),
                List.of(), List.of(), issues);
        StringWriter out = new StringWriter();
        ReportFormat.JSON.writer().write(r, out);
        JsonNode location = new ObjectMapper().readTree(out.toString()).path("issues").get(0).path("location");
        assertThat(location.path("entry").asText()).isEqualTo("YDYH");
        assertThat(location.path("record").asLong()).isEqualTo(42);
        assertThat(location.path("feature").asText()).isEqualTo("QP-ZN-7");
        assertThat(location.has("line")).isFalse();
    }

    @Test
    void beyondTheMaximumTheRestAreCountedInOneIssue() {
        InputWarnings w = new InputWarnings(INPUT);
        for (int k = 1; k <= InputWarnings.MAX + 25; k++) {
            w.warning(Location.of(INPUT).atRecord(k), "value of record " + k + " rounded");
        }
        List<Issue> issues = w.issues("P");
        assertThat(issues).hasSize(InputWarnings.MAX + 1);
        assertThat(issues.get(InputWarnings.MAX).message()).startsWith("25 more warnings");
    }
}
