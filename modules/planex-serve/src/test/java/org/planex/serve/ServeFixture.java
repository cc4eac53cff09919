package org.planex.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * A server on a free loopback port with its own temporary folder, a client, and the uploads of the tests: the
 * YRD example packages zipped, multipart bodies, and a check that the temporary folder is left empty.
 */
final class ServeFixture implements AutoCloseable {

    static final Path ROOT = Path.of(System.getProperty("planex.root", "../.."));
    static final Path YRD = ROOT.resolve("examples/yrd-demo-zone");
    /** The YRD packages in the order of the CLI report ({@code expected-report.json}): the order of the inputs. */
    static final List<String> YRD_PACKAGES = List.of("jiashan", "qingpu", "wujiang");
    static final ObjectMapper JSON = new ObjectMapper();
    private static final String BOUNDARY = "planex-test-boundary-7MA4YWxkTrZu0gW";

    private static ServeContext context;

    final PlanexServer server;
    final Path temp;
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    ServeFixture(Path temp, ServeOptions options) throws IOException {
        this.temp = temp;
        this.server = PlanexServer.start(context(), options.withPort(0).withTemp(temp), System.err);
    }

    ServeFixture(Path temp) throws IOException {
        this(temp, ServeOptions.defaults());
    }

    /** The context, loaded once for all tests (as a server does once). */
    static synchronized ServeContext context() throws IOException {
        if (context == null) {
            context = ServeContext.load(ServeFixture.class.getClassLoader());
        }
        return context;
    }

    /** A package folder of the YRD example (its README too) as the bytes of a ZIP package. */
    static byte[] zip(String yrdPackage) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            FolderZip.write(YRD.resolve(yrdPackage), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A multipart/form-data body of files, each given as a name and its bytes. */
    static byte[] multipart(List<String> names, List<byte[]> contents) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i < names.size(); i++) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"package\"; filename=\""
                    + names.get(i) + "\"\r\nContent-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(contents.get(i));
            body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return body.toByteArray();
    }

    /** The three YRD packages as one multipart body. */
    static byte[] yrdMultipart() {
        return multipart(YRD_PACKAGES.stream().map(p -> p + ".planex.zip").toList(),
                YRD_PACKAGES.stream().map(ServeFixture::zip).toList());
    }

    /** The Content-Type of {@link #multipart} bodies. */
    static String multipartType() {
        return "multipart/form-data; boundary=" + BOUNDARY;
    }

    /** A POST of {@code body} with {@code contentType} to {@code pathAndQuery}. */
    HttpRequest.Builder post(String pathAndQuery, String contentType, byte[] body) {
        return HttpRequest.newBuilder(uri(pathAndQuery)).header("Content-Type", contentType)
                .timeout(Duration.ofSeconds(120)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    /** Sends a request, the body read as text. */
    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A GET. */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET());
    }

    URI uri(String pathAndQuery) {
        return server.uri().resolve(pathAndQuery.substring(1));
    }

    /** The JSON of a response body. */
    static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    /**
     * Asserts the temporary folder is empty within a second: a validation removes its folder before it answers,
     * a conversion once it has sent the file.
     */
    void assertNothingLeft() throws IOException, InterruptedException {
        for (int i = 0; i < 20 && !empty(); i++) {
            Thread.sleep(50);
        }
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left.toList()).as("files left in the temporary folder").isEmpty();
        }
    }

    private boolean empty() throws IOException {
        try (Stream<Path> left = Files.list(temp)) {
            return left.findAny().isEmpty();
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
