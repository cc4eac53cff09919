package org.planex.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /validate} over loopback with the YRD example: the three packages give the seven defects of
 * {@code examples/yrd-demo-zone/expected-report.json} (the CLI's JSON report), in every report format the
 * {@code Accept} header names, and leave nothing on disk.
 */
class ValidateServiceTest {

    @TempDir
    Path temp;
    private ServeFixture serve;

    @BeforeEach
    void start() throws IOException {
        serve = new ServeFixture(temp);
    }

    @AfterEach
    void stop() {
        serve.close();
    }

    @Test
    void yrdPackagesGiveTheIssuesOfTheCliReport() throws Exception {
        HttpResponse<String> r = serve.send(serve.post("/validate", ServeFixture.multipartType(),
                ServeFixture.yrdMultipart()).header("Accept", "application/json"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        JsonNode report = ServeFixture.json(r);
        JsonNode expected = ServeFixture.JSON.readTree(ServeFixture.YRD.resolve("expected-report.json").toFile());
        assertThat(withoutLocations(report.get("issues"))).isEqualTo(withoutLocations(expected.get("issues")));
        assertThat(report.get("summary")).isEqualTo(expected.get("summary"));
        assertThat(report.get("summary").get("errors").asInt()).isEqualTo(6);
        assertThat(r.body()).as("no path of the server in the report").doesNotContain(temp.toString());
        serve.assertNothingLeft();
    }

    @Test
    void acceptPicksTheReportFormat() throws Exception {
        byte[] body = ServeFixture.yrdMultipart();
        HttpResponse<String> geo = serve.send(serve.post("/validate", ServeFixture.multipartType(), body)
                .header("Accept", "application/geo+json"));
        assertThat(geo.statusCode()).isEqualTo(200);
        assertThat(geo.headers().firstValue("Content-Type")).hasValue("application/geo+json; charset=utf-8");
        JsonNode features = ServeFixture.json(geo).get("features");
        assertThat(features).hasSize(7);
        HttpResponse<String> html = serve.send(serve.post("/validate", ServeFixture.multipartType(), body)
                .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"));
        assertThat(html.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(html.body()).contains("<svg").contains("BORDER.GAP").as("the map is built for HTML")
                .contains("\"features\":[{\"package\":");
        HttpResponse<String> text = serve.send(serve.post("/validate?report=text", ServeFixture.multipartType(), body)
                .header("Accept", "application/json"));
        assertThat(text.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(text.body()).contains("XB.NIMBY_PROXIMITY");
        serve.assertNothingLeft();
    }

    @Test
    void aRawZipIsOnePackageAndQueryOptionsSelectRules() throws Exception {
        HttpResponse<String> r = serve.send(serve.post("/validate?rules=BORDER.*", UploadSpool.ZIP,
                ServeFixture.zip("qingpu")));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode report = ServeFixture.json(r);
        assertThat(report.get("summary").get("packages").asInt()).isEqualTo(1);
        assertThat(report.get("packages").get(0).get("packageId").asText()).isEqualTo("CN-310118-YRD-2035");
        assertThat(report.get("packages").get(0).get("path").asText()).isEqualTo("package.zip");
        HttpResponse<String> pair = serve.send(serve.post("/validate?rules=BORDER.*", ServeFixture.multipartType(),
                ServeFixture.yrdMultipart()));
        List<String> rules = new ArrayList<>();
        ServeFixture.json(pair).get("issues").forEach(i -> rules.add(i.get("rule").asText()));
        assertThat(rules).containsExactlyInAnyOrder("BORDER.GAP", "BORDER.SLIVER");
        serve.assertNothingLeft();
    }

    private static List<JsonNode> withoutLocations(JsonNode issues) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode issue : issues) {
            ObjectNode copy = issue.deepCopy();
            copy.remove("location");
            out.add(copy);
        }
        return out;
    }
}
