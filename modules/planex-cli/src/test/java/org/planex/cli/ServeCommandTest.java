package org.planex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.spi.ExitCode;

/**
 * {@code planex serve} as users start it: it answers on loopback, and {@code POST /validate} of a package ZIP
 * gives the report {@code planex validate --report json} gives for the same ZIP (paths aside); interrupting it
 * stops it with exit 0.
 */
class ServeCommandTest {

    @TempDir
    Path tmp;

    @Test
    void servesTheReportOfTheCli() throws Exception {
        Path zip = tmp.resolve("qingpu.planex.zip");
        CliRun converted = CliRun.of("convert", YrdLocalFormatsTest.YRD.resolve("qingpu").toString(), "-o",
                zip.toString());
        assertThat(converted.exitCode()).as(converted.err()).isZero();
        CliRun cli = CliRun.of("validate", zip.toString(), "--report", "json");
        Path spool = Files.createDirectory(tmp.resolve("spool"));
        int port = freePort();
        CliRun[] served = new CliRun[1];
        Thread server = new Thread(() -> served[0] = CliRun.of("serve", "--port", String.valueOf(port), "--temp",
                spool.toString(), "--jobs", "1", "--read-timeout", "30"), "serve-under-test");
        server.start();
        URI base = URI.create("http://127.0.0.1:" + port + "/");
        HttpClient client = HttpClient.newHttpClient();
        awaitHealth(client, base);
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(base.resolve("validate"))
                .header("Content-Type", "application/zip").POST(HttpRequest.BodyPublishers.ofFile(zip)).build(),
                HttpResponse.BodyHandlers.ofString());
        server.interrupt();
        server.join(10_000);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        ObjectMapper json = new ObjectMapper();
        assertThat(withoutPaths(json.readTree(r.body()))).isEqualTo(withoutPaths(json.readTree(cli.out())));
        assertThat(served[0].exitCode()).as(served[0].err()).isEqualTo(ExitCode.OK.code());
        assertThat(served[0].out()).contains("listening on http://127.0.0.1:" + port).contains("arriving within 30 s");
        try (Stream<Path> left = Files.list(spool)) {
            assertThat(left.toList()).isEmpty();
        }
    }

    @Test
    void aReadTimeoutBelowOneSecondIsAUsageError() {
        CliRun r = CliRun.of("serve", "--port", "0", "--read-timeout", "0");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(r.err()).contains("--read-timeout 1 to");
    }

    private static JsonNode withoutPaths(JsonNode report) {
        ObjectNode copy = report.deepCopy();
        copy.get("packages").forEach(p -> ((ObjectNode) p).remove("path"));
        copy.get("issues").forEach(i -> ((ObjectNode) i).remove("location"));
        return copy;
    }

    private static void awaitHealth(HttpClient client, URI base) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            try {
                if (client.send(HttpRequest.newBuilder(base.resolve("health")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("planex serve did not answer on " + base);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
