package org.planex.validate.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * A headless Chromium driven through {@code chromedriver} over the W3C WebDriver protocol (plain HTTP and JSON,
 * with the JDK {@link HttpClient}): start, open a page, run a script, click an element, take a screenshot.
 * Closing ends the session and the driver process.
 */
final class WebDriverSession implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process driver;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private String session;

    private WebDriverSession(Process driver, int port) {
        this.driver = driver;
        this.base = "http://127.0.0.1:" + port;
    }

    /**
     * Starts {@code chromedriver} on a free port and a headless browser session of the given window size.
     *
     * @param chromedriver the driver executable
     * @param chromium the browser executable
     * @param log where the driver writes its log
     */
    static WebDriverSession start(Path chromedriver, Path chromium, Path log, int width, int height)
            throws IOException, InterruptedException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Process p = new ProcessBuilder(List.of(chromedriver.toString(), "--port=" + port))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        WebDriverSession w = new WebDriverSession(p, port);
        try {
            w.awaitReady();
            ObjectNode options = JSON.createObjectNode().put("binary", chromium.toString());
            ArrayNode args = options.putArray("args");
            for (String a : List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--force-device-scale-factor=1", "--window-size=" + width + "," + height)) {
                args.add(a);
            }
            ObjectNode caps = JSON.createObjectNode();
            caps.putObject("capabilities").putObject("alwaysMatch").put("browserName", "chrome")
                    .set("goog:chromeOptions", options);
            w.session = w.call("POST", "/session", caps).path("sessionId").asText();
            return w;
        } catch (IOException | RuntimeException e) {
            p.destroyForcibly();
            throw e;
        }
    }

    /** Opens a URL and waits for the page to load. */
    void open(URI url) throws IOException, InterruptedException {
        call("POST", "/session/" + session + "/url", JSON.createObjectNode().put("url", url.toString()));
    }

    /** Runs a script ({@code return ...}) in the page and gives its result. */
    JsonNode execute(String script) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode().put("script", script);
        body.putArray("args");
        return call("POST", "/session/" + session + "/execute/sync", body);
    }

    /** Clicks the element a CSS selector finds, as a user would (scrolled into view, at its centre). */
    void click(String css) throws IOException, InterruptedException {
        JsonNode found = call("POST", "/session/" + session + "/element",
                JSON.createObjectNode().put("using", "css selector").put("value", css));
        call("POST", "/session/" + session + "/element/" + found.elements().next().asText() + "/click",
                JSON.createObjectNode());
    }

    /** A PNG screenshot of the window. */
    byte[] screenshot() throws IOException, InterruptedException {
        return Base64.getDecoder().decode(call("GET", "/session/" + session + "/screenshot", null).asText());
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            if (session != null) {
                call("DELETE", "/session/" + session, null);
            }
        } finally {
            driver.destroy();
            if (!driver.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                driver.destroyForcibly();
            }
        }
    }

    private void awaitReady() throws IOException, InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            try {
                if (call("GET", "/status", null).path("ready").asBoolean()) {
                    return;
                }
            } catch (IOException e) {
                if (System.nanoTime() > until || !driver.isAlive()) {
                    throw new IOException("chromedriver did not start within 20 s", e);
                }
            }
            Thread.sleep(100);
        }
    }

    /** One WebDriver command; its {@code value}, or an {@link AssertionError} with the driver's error. */
    private JsonNode call(String method, String path, JsonNode body) throws IOException, InterruptedException {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json; charset=utf-8");
        r.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        HttpResponse<String> response = http.send(r.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode value = JSON.readTree(response.body()).path("value");
        if (response.statusCode() != 200) {
            throw new AssertionError("WebDriver " + method + " " + path + " failed (" + response.statusCode() + "): "
                    + value.path("error").asText() + ": " + value.path("message").asText());
        }
        return value;
    }
}
