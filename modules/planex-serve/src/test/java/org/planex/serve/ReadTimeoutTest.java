package org.planex.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slow clients over loopback with a raw socket and a read timeout of one second: a body that stops half-way, a
 * body that trickles a byte every 100 ms and headers that stop are cut off within the timeout and its grace (408,
 * or the connection closed), leave nothing in the temporary folder, and never take a job: meanwhile a normal
 * validation on a server of one job and no queue is answered 200.
 */
class ReadTimeoutTest {

    private static final long TIMEOUT_SECONDS = 1;
    /** The timeout, the grace of the watchdog and a margin for a loaded machine. */
    private static final long CUT_OFF_MILLIS = TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS)
            + ReadTimeout.GRACE_MILLIS + 2_000;

    @TempDir
    Path temp;
    private ServeFixture serve;
    private final ExecutorService clients = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        clients.shutdownNow();
        if (serve != null) {
            serve.close();
        }
    }

    @Test
    void aBodyThatStopsHalfWayIsCutOffAndItsUploadRemoved() throws Exception {
        serve = new ServeFixture(temp, ServeOptions.defaults().withReadTimeout(TIMEOUT_SECONDS));
        byte[] zip = ServeFixture.zip("qingpu");
        try (Socket socket = connect()) {
            long start = System.nanoTime();
            OutputStream out = socket.getOutputStream();
            out.write(headers("/validate", UploadSpool.ZIP, zip.length));
            out.write(zip, 0, zip.length / 2);
            out.flush();
            assertThat(awaitSpoolFolder()).as("the half upload is being spooled").isTrue();
            assertThat(ServeFixture.json(serve.get("/health")).get("running").asInt()).as("jobs running").isZero();
            Answer answer = awaitAnswer(socket);
            assertCutOff(answer, start);
        }
        serve.assertNothingLeft();
    }

    @Test
    void aBodyThatTricklesPastTheTimeoutIsRefusedWith408() throws Exception {
        serve = new ServeFixture(temp, ServeOptions.defaults().withReadTimeout(TIMEOUT_SECONDS));
        int length = 50;
        try (Socket socket = connect()) {
            long start = System.nanoTime();
            OutputStream out = socket.getOutputStream();
            out.write(headers("/validate", UploadSpool.ZIP, length));
            out.flush();
            Future<?> trickle = clients.submit(() -> {
                for (int i = 0; i < length; i++) {
                    out.write('P');
                    out.flush();
                    Thread.sleep(100);
                }
                return null;
            });
            Answer answer = awaitAnswer(socket);
            assertCutOff(answer, start);
            assertThat(answer.text()).as("the trickle gets an answer, as its bytes keep coming")
                    .startsWith("HTTP/1.1 408").contains("--read-timeout");
            trickle.cancel(true);
        }
        serve.assertNothingLeft();
    }

    @Test
    void headersThatStopAreCutOff() throws Exception {
        serve = new ServeFixture(temp, ServeOptions.defaults().withReadTimeout(TIMEOUT_SECONDS));
        try (Socket socket = connect()) {
            long start = System.nanoTime();
            socket.getOutputStream().write("POST /validate HTTP/1.1\r\nHost: planex\r\nContent-Ty"
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            Answer answer = awaitAnswer(socket);
            assertCutOff(answer, start);
            assertThat(answer.text()).as("no answer to headers that never end").isEmpty();
        }
        serve.assertNothingLeft();
    }

    @Test
    void aHangingUploadTakesNoJobFromOthers() throws Exception {
        serve = new ServeFixture(temp, ServeOptions.defaults().withJobs(1, 0).withReadTimeout(TIMEOUT_SECONDS));
        byte[] body = ServeFixture.yrdMultipart();
        try (Socket socket = connect()) {
            long start = System.nanoTime();
            OutputStream out = socket.getOutputStream();
            out.write(headers("/validate", ServeFixture.multipartType(), body.length));
            out.write(body, 0, body.length / 2);
            out.flush();
            assertThat(awaitSpoolFolder()).as("the hanging upload is being spooled").isTrue();
            CompletableFuture<HttpResponse<String>> other = serve.client.sendAsync(serve.post("/validate",
                    ServeFixture.multipartType(), body).build(), HttpResponse.BodyHandlers.ofString());
            Answer hanging = awaitAnswer(socket);
            assertCutOff(hanging, start);
            HttpResponse<String> r = other.get(60, TimeUnit.SECONDS);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            assertThat(ServeFixture.json(r).get("summary").get("errors").asInt()).isEqualTo(6);
        }
        serve.assertNothingLeft();
    }

    private Socket connect() throws IOException {
        URI uri = serve.server.uri();
        Socket socket = new Socket(uri.getHost(), uri.getPort());
        socket.setSoTimeout((int) CUT_OFF_MILLIS * 2);
        return socket;
    }

    private static byte[] headers(String path, String contentType, int length) {
        return ("POST " + path + " HTTP/1.1\r\nHost: planex\r\nContent-Type: " + contentType + "\r\nContent-Length: "
                + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** Waits up to the timeout for the folder of a request to appear in the temporary folder. */
    private boolean awaitSpoolFolder() throws IOException, InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (System.nanoTime() < until) {
            try (Stream<Path> entries = Files.list(temp)) {
                if (entries.anyMatch(p -> p.getFileName().toString().contains("planex-serve-request"))) {
                    return true;
                }
            }
            Thread.sleep(20);
        }
        return false;
    }

    /** Reads what the server sends until it closes the connection (or resets it), and when that was. */
    private static Answer awaitAnswer(Socket socket) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        InputStream in = socket.getInputStream();
        byte[] buf = new byte[4096];
        try {
            for (int n; (n = in.read(buf)) >= 0;) {
                bytes.write(buf, 0, n);
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server neither answered nor closed the connection in "
                    + socket.getSoTimeout() + " ms; received: " + bytes.toString(StandardCharsets.UTF_8), e);
        } catch (SocketException reset) {
            // a reset closes the connection too: the server closed it with bytes of the client unread
        }
        return new Answer(bytes.toString(StandardCharsets.UTF_8), System.nanoTime());
    }

    private static void assertCutOff(Answer answer, long start) {
        long millis = TimeUnit.NANOSECONDS.toMillis(answer.at() - start);
        System.out.printf("read timeout %d s: cut off after %d ms, %s%n", TIMEOUT_SECONDS, millis,
                answer.text().isEmpty() ? "connection closed" : answer.text().lines().findFirst().orElse(""));
        assertThat(millis).as("cut off after the timeout, within its grace and a margin; answer: " + answer.text())
                .isBetween(TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS), CUT_OFF_MILLIS);
        if (!answer.text().isEmpty()) {
            assertThat(answer.text()).startsWith("HTTP/1.1 408 ");
        }
    }

    /** What a slow client received before the connection closed, and when it closed. */
    private record Answer(String text, long at) {
    }
}
