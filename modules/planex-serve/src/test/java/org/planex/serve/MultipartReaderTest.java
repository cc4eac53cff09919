package org.planex.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The multipart reader on bodies built by hand: parts, preamble, bodies larger than its buffer, and bad input. */
class MultipartReaderTest {

    private static final String B = "XyZ-boundary";

    @Test
    void readsEveryPartWithItsNameAndBytes() throws Exception {
        byte[] large = new byte[300_000];
        new Random(7).nextBytes(large);
        String head = "preamble to ignore\r\n--" + B + "\r\nContent-Disposition: form-data; name=\"a\"; filename=\"x.zip\""
                + "\r\nContent-Type: application/zip\r\n\r\n";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(large);
        body.writeBytes(("\r\n--" + B + "  \r\ncontent-disposition: form-data; name=b; filename=\"dir/\\\"q\\\".gpkg\"\r\n\r\n"
                + "\r\n--" + B + "--\r\nepilogue").getBytes(StandardCharsets.UTF_8));
        List<MultipartPart> parts = new ArrayList<>();
        List<byte[]> bodies = new ArrayList<>();
        MultipartReader reader = new MultipartReader(trickle(body.toByteArray()), B, new UploadLimit(1 << 20, inAMinute(), 60));
        for (MultipartPart p; (p = reader.next()) != null;) {
            parts.add(p);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            reader.copyBody(out);
            bodies.add(out.toByteArray());
        }
        assertThat(parts).containsExactly(new MultipartPart("a", "x.zip", "application/zip"),
                new MultipartPart("b", "dir/\"q\".gpkg", "text/plain"));
        assertThat(bodies.get(0)).isEqualTo(large);
        assertThat(bodies.get(1)).isEmpty();
    }

    @Test
    void takesTheBoundaryFromTheMediaType() {
        assertThat(MultipartReader.boundary("multipart/form-data; boundary=" + B)).isEqualTo(B);
        assertThat(MultipartReader.boundary("multipart/form-data;charset=utf-8; boundary=\"a b\"")).isEqualTo("a b");
        assertThat(MultipartReader.boundary("multipart/form-data")).isNull();
    }

    @Test
    void refusesMalformedBodiesWith400() {
        assertStatus(B, "--" + B + "\r\nContent-Disposition: form-data; name=a; filename=a\r\n\r\nno end", 400);
        assertStatus(B, "--" + B + "\r\nX-Other: 1\r\n\r\n\r\n--" + B + "--", 400);
        assertStatus(B, "--" + B + "\r\nnot a header\r\n\r\n\r\n--" + B + "--", 400);
        assertStatus("", "--\r\n", 400);
    }

    @Test
    void refusesWith413OnceTheLimitIsPassed() {
        String body = "--" + B + "\r\nContent-Disposition: form-data; name=a; filename=a\r\n\r\n" + "x".repeat(5000)
                + "\r\n--" + B + "--";
        assertStatus(B, body, 413, 4096);
    }

    private static void assertStatus(String boundary, String body, int status) {
        assertStatus(boundary, body, status, 1 << 20);
    }

    private static void assertStatus(String boundary, String body, int status, long limit) {
        assertThatThrownBy(() -> {
            MultipartReader r = new MultipartReader(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)),
                    boundary, new UploadLimit(limit, inAMinute(), 60));
            while (r.next() != null) {
                r.copyBody(OutputStream.nullOutputStream());
            }
        }).isInstanceOfSatisfying(HttpProblem.class, p -> assertThat(p.status()).isEqualTo(status));
    }

    /** A stream that gives at most 1000 bytes per read, so that delimiters fall across buffer refills. */
    private static InputStream trickle(byte[] bytes) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1000));
            }
        };
    }

    /** A read deadline a minute from now: these tests are about syntax, not time. */
    private static long inAMinute() {
        return System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    }
}
