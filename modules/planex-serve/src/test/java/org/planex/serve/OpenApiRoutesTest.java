package org.planex.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every route of {@code GET /openapi.json} exists on the server, with its method; the read-only ones answer 200. */
class OpenApiRoutesTest {

    @TempDir
    Path temp;

    @Test
    void everyDescribedRouteExists() throws Exception {
        try (ServeFixture serve = new ServeFixture(temp)) {
            HttpResponse<String> doc = serve.get("/openapi.json");
            assertThat(doc.statusCode()).isEqualTo(200);
            JsonNode api = ServeFixture.json(doc);
            assertThat(api.get("openapi").asText()).startsWith("3.1");
            List<String> checked = new ArrayList<>();
            for (var path : api.get("paths").properties()) {
                for (var operation : path.getValue().properties()) {
                    String method = operation.getKey().toUpperCase(Locale.ROOT);
                    HttpRequest.Builder request = method.equals("GET")
                            ? HttpRequest.newBuilder(serve.uri(path.getKey())).GET()
                            : serve.post(path.getKey(), UploadSpool.ZIP, ServeFixture.zip("qingpu"));
                    HttpResponse<String> r = serve.send(request);
                    assertThat(r.statusCode()).as(method + " " + path.getKey() + ": " + r.body()).isNotIn(404, 405);
                    if (method.equals("GET")) {
                        assertThat(r.statusCode()).isEqualTo(200);
                    }
                    checked.add(method + " " + path.getKey());
                }
            }
            assertThat(checked).contains("POST /validate", "POST /convert", "GET /formats", "GET /rules",
                    "GET /health", "GET /openapi.json");
            serve.assertNothingLeft();
        }
    }

    @Test
    void formatsAndRulesListWhatTheCliLists() throws Exception {
        try (ServeFixture serve = new ServeFixture(temp)) {
            JsonNode formats = ServeFixture.json(serve.get("/formats"));
            List<String> ids = new ArrayList<>();
            formats.forEach(f -> ids.add(f.get("id").asText()));
            assertThat(ids).isEqualTo(ServeFixture.context().formats().providers().stream()
                    .map(p -> p.descriptor().id()).toList()).contains("planex", "geojson");
            JsonNode rules = ServeFixture.json(serve.get("/rules"));
            List<String> ruleIds = new ArrayList<>();
            rules.forEach(r -> ruleIds.add(r.get("id").asText()));
            assertThat(ruleIds).hasSize(ServeFixture.context().rules().rules().size()).contains("BORDER.GAP");
            JsonNode health = ServeFixture.json(serve.get("/health"));
            assertThat(health.get("status").asText()).isEqualTo("ok");
            assertThat(health.get("jobs").asInt()).isEqualTo(ServeOptions.defaults().jobs());
        }
    }
}
