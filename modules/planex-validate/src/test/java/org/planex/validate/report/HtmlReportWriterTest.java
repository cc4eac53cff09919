package org.planex.validate.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planex.validate.TestPlans.rect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.planex.validate.Runs;
import org.planex.validate.TestPlans;
import org.planex.validate.ValidationReport;

/** The HTML page: self-contained, its data block complete, and no value from the data read as markup. */
class HtmlReportWriterTest {

    private static final String XSS = "</script><script>alert(1)</script>";
    private static final Pattern DATA = Pattern.compile(
            "<script type=\"application/json\" id=\"planex-data\">(.*?)</script>", Pattern.DOTALL);

    private static ValidationReport report() {
        TestPlans west = TestPlans.plan("WEST", "310001", 0, 0, 10_000, 10_000)
                .zone("W-HEAVY", "100103", XSS, rect(9_000, 5_000, 10_000, 6_000));
        TestPlans east = TestPlans.plan("EAST", "310002", 10_000, 0, 20_000, 10_000)
                .zone("E-HOME<b>", "070102", "<img src=x onerror=alert(2)>", rect(10_000, 5_000, 11_000, 6_000));
        return Runs.plans("XB.*,BORDER.*", west, east);
    }

    private static String html(ValidationReport report) throws Exception {
        StringWriter out = new StringWriter();
        new HtmlReportWriter().write(report, out);
        return out.toString();
    }

    @Test
    void aZoneNamedLikeAScriptStaysText() throws Exception {
        String html = html(report());
        assertThat(count(html, "<script")).as("the data block, Leaflet and the report script only").isEqualTo(3);
        assertThat(html).doesNotContain("<script>alert(1)").doesNotContain("<img src=x").doesNotContain("<b>");
        Matcher m = DATA.matcher(html);
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).doesNotContain("<").doesNotContain(">").contains("\\u003C/script\\u003E");
        JsonNode data = new ObjectMapper().readTree(m.group(1));
        assertThat(data.path("features").findValuesAsText("name")).contains(XSS, "<img src=x onerror=alert(2)>");
        assertThat(data.path("issues").findValuesAsText("message")).anyMatch(s -> s.contains("E-HOME<b>"));
    }

    @Test
    void thePageCarriesLeafletAndItsDataAndLoadsNothing() throws Exception {
        ValidationReport report = report();
        String html = html(report);
        assertThat(html).contains("Leaflet 1.9.4, a JS library for interactive maps").contains("id=\"planex-map\"")
                .contains("url(data:image/png;base64,").doesNotContain("url(images/").doesNotContain("<link")
                .doesNotContain("<script src").doesNotContain("<img");
        Matcher m = DATA.matcher(html);
        assertThat(m.find()).isTrue();
        JsonNode data = new ObjectMapper().readTree(m.group(1));
        assertThat(data.path("issues")).hasSize(report.issues().size());
        JsonNode conflict = data.path("issues").get(0);
        assertThat(conflict.path("rule").asText()).isEqualTo("XB.ZONE_CONFLICT");
        assertThat(conflict.path("targets")).extracting(t -> data.path("features").get(t.asInt()).path("id").asText())
                .containsExactlyInAnyOrder("W-HEAVY", "E-HOME<b>");
        assertThat(data.path("borders").get(0).path("band").path("type").asText()).isEqualTo("Polygon");
        assertThat(html).contains("The map shows 2 of the 2 features of the packages").contains("0 features are left out")
                .doesNotContain("issues name more than");
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
