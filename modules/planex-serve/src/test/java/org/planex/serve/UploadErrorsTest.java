package org.planex.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad requests over loopback get clean JSON errors that say what, where and what to do, and leave nothing on
 * disk: a broken ZIP 422, an oversized upload 413 (with a small limit), a wrong media type 415, an unknown route
 * 404, a wrong method 405, an unknown option 400.
 */
class UploadErrorsTest {

    private static final long LIMIT = 256 << 10;

    @TempDir
    Path temp;
    private ServeFixture serve;

    @BeforeEach
    void start() throws IOException {
        serve = new ServeFixture(temp, ServeOptions.defaults().withMaxUpload(LIMIT));
    }

    @AfterEach
    void stop() {
        serve.close();
    }

    @Test
    void aBrokenZipIs422WithItsLocation() throws Exception {
        byte[] good = ServeFixture.zip("qingpu");
        byte[] truncated = Arrays.copyOf(good, good.length / 2);
        HttpResponse<String> r = serve.send(serve.post("/validate", ServeFixture.multipartType(),
                ServeFixture.multipart(List.of("qingpu-broken.planex.zip"), List.of(truncated))));
        JsonNode body = problem(r, 422);
        assertThat(body.get("where").asText()).startsWith("qingpu-broken.planex.zip");
        assertThat(r.body()).doesNotContain(temp.toString());
        serve.assertNothingLeft();
    }

    @Test
    void anOversizedUploadIs413() throws Exception {
        byte[] big = new byte[(int) LIMIT * 4];
        HttpResponse<String> raw = serve.send(serve.post("/validate", UploadSpool.ZIP, big));
        assertThat(problem(raw, 413).get("message").asText()).contains(String.valueOf(LIMIT));
        HttpResponse<String> streamed = serve.send(HttpRequest.newBuilder(serve.uri("/validate"))
                .header("Content-Type", ServeFixture.multipartType())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        ServeFixture.multipart(List.of("big.zip"), List.of(big))))));
        assertThat(problem(streamed, 413).get("message").asText()).contains("goes over it");
        serve.assertNothingLeft();
    }

    @Test
    void aWrongMediaTypeIs415() throws Exception {
        HttpResponse<String> r = serve.send(serve.post("/validate", "application/xml",
                "<plan/>".getBytes(StandardCharsets.UTF_8)));
        assertThat(problem(r, 415).get("hint").asText()).contains("application/zip");
        serve.assertNothingLeft();
    }

    @Test
    void unknownRoutesMethodsAndOptionsAreRefused() throws Exception {
        problem(serve.get("/nowhere"), 404);
        HttpResponse<String> method = serve.get("/validate");
        problem(method, 405);
        assertThat(method.headers().firstValue("Allow")).hasValue("POST");
        JsonNode option = problem(serve.send(serve.post("/validate?tolerence=2", UploadSpool.ZIP,
                ServeFixture.zip("qingpu"))), 400);
        assertThat(option.get("where").asText()).isEqualTo("tolerence");
        problem(serve.send(serve.post("/convert?format=nosuch", UploadSpool.ZIP, ServeFixture.zip("qingpu"))), 400);
        problem(serve.send(serve.post("/validate", ServeFixture.multipartType(),
                "--nothing-like-the-boundary\r\n".getBytes(StandardCharsets.US_ASCII))), 400);
        serve.assertNothingLeft();
    }

    private static JsonNode problem(HttpResponse<String> r, int status) throws IOException {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValue(Responses.JSON);
        JsonNode body = ServeFixture.json(r);
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("message").asText()).isNotBlank();
        assertThat(body.get("hint").asText()).isNotBlank();
        return body;
    }
}
