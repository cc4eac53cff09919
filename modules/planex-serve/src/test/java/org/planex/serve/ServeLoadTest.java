package org.planex.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bounded load test over loopback: {@code clients} clients each send {@code requests} validations of the three
 * YRD packages at once. Every answer must be correct: 200 with the six errors of the example, or 503 with
 * {@code Retry-After} when the queue is full; nothing may be left in the temporary folder. Prints throughput and
 * latency (p50, p95, max).
 *
 * <p>Modest by default (4 clients x 3 requests, two jobs) to keep the build fast; {@code bench/serve.sh} runs it
 * with 200 requests against a {@code planex serve} of the shaded jar in its own JVM, through the system properties
 * {@code planex.serve.url}, {@code planex.serve.temp}, {@code planex.serve.clients} and
 * {@code planex.serve.requests}.
 */
class ServeLoadTest {

    @TempDir
    Path temp;

    @Test
    void everyConcurrentRequestIsAnsweredCorrectly() throws Exception {
        int clients = Integer.getInteger("planex.serve.clients", 4);
        int requests = Integer.getInteger("planex.serve.requests", 3);
        String url = System.getProperty("planex.serve.url");
        ServeFixture local = url == null ? new ServeFixture(temp, ServeOptions.defaults().withJobs(2, 32)) : null;
        Path folder = url == null ? temp : Path.of(System.getProperty("planex.serve.temp"));
        URI validate = (url == null ? local.server.uri() : URI.create(url)).resolve("validate");
        byte[] body = ServeFixture.yrdMultipart();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger busy = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < requests; i++) {
                        long t0 = System.nanoTime();
                        HttpResponse<String> r = client.send(HttpRequest.newBuilder(validate)
                                .header("Content-Type", ServeFixture.multipartType()).timeout(Duration.ofMinutes(10))
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                        latencies.add(System.nanoTime() - t0);
                        check(r, ok, busy);
                    }
                    return null;
                }));
            }
            for (Future<?> f : runs) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
            if (local != null) {
                local.close();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = latencies.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "planex serve load: %d clients x %d requests = %d in %.1f s: %.2f requests/s;"
                + " %d answered 200, %d answered 503; latency p50 %.0f ms, p95 %.0f ms, max %.0f ms%n", clients,
                requests, sorted.size(), seconds, sorted.size() / seconds, ok.get(), busy.get(), ms(sorted, 0.50),
                ms(sorted, 0.95), sorted.get(sorted.size() - 1) / 1e6);
        assertThat(ok.get() + busy.get()).isEqualTo(clients * requests);
        assertThat(ok.get()).isPositive();
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left.toList()).as("files left in " + folder).isEmpty();
        }
    }

    private static void check(HttpResponse<String> r, AtomicInteger ok, AtomicInteger busy) throws Exception {
        if (r.statusCode() == 503) {
            assertThat(r.headers().firstValue("Retry-After")).isPresent();
            busy.incrementAndGet();
            return;
        }
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode summary = ServeFixture.JSON.readTree(r.body()).get("summary");
        assertThat(summary.get("packages").asInt()).isEqualTo(3);
        assertThat(summary.get("errors").asInt()).isEqualTo(6);
        ok.incrementAndGet();
    }

    private static double ms(List<Long> sorted, double quantile) {
        int i = (int) Math.ceil(quantile * sorted.size()) - 1;
        return sorted.get(Math.max(0, i)) / 1e6;
    }
}
