package org.planex.serve;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The settings of a {@link PlanexServer}: where it listens, how large an upload may be, how many jobs run at once
 * and how many wait, how long a request may take to arrive, and where uploads are spooled.
 *
 * @param bind the address to listen on (default {@code 127.0.0.1}: loopback only)
 * @param port the TCP port; 0 picks a free one
 * @param maxUpload the most bytes one request body may have
 * @param jobs the most validations and conversions that run at once
 * @param queue the most requests that wait for a job; more are refused with 503
 * @param maxWaitSeconds how long a request waits in the queue before 503
 * @param readTimeoutSeconds how long a request, headers and body, may take to arrive ({@link ReadTimeout})
 * @param temp the folder under which each request gets its own temporary folder
 * @since 0.3
 */
public record ServeOptions(String bind, int port, long maxUpload, int jobs, int queue, long maxWaitSeconds,
        long readTimeoutSeconds, Path temp) {

    /** The default upload limit: 200 MB. */
    public static final long DEFAULT_MAX_UPLOAD = 200L << 20;

    /** The longest read timeout: a day. */
    public static final long MAX_READ_TIMEOUT = 86_400;

    private static final Pattern SIZE = Pattern.compile("(\\d{1,15})\\s*([kmg]i?b?|b)?");

    /** Checks the values. */
    public ServeOptions {
        if (port < 0 || port > 65_535 || maxUpload < 1 || jobs < 1 || queue < 0 || maxWaitSeconds < 0
                || readTimeoutSeconds < 1 || readTimeoutSeconds > MAX_READ_TIMEOUT) {
            throw new IllegalArgumentException("port must be 0 to 65535, --max-upload and --jobs at least 1,"
                    + " --queue and the wait at least 0, --read-timeout 1 to " + MAX_READ_TIMEOUT + " seconds");
        }
    }

    /**
     * The defaults: loopback, port 8080, 200 MB uploads, two jobs, 32 waiting for at most 60 s, 60 s for a
     * request to arrive, the system's temporary folder.
     */
    public static ServeOptions defaults() {
        return new ServeOptions("127.0.0.1", 8080, DEFAULT_MAX_UPLOAD, 2, 32, 60, 60,
                Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** The same with another port. */
    public ServeOptions withPort(int value) {
        return new ServeOptions(bind, value, maxUpload, jobs, queue, maxWaitSeconds, readTimeoutSeconds, temp);
    }

    /** The same with another upload limit. */
    public ServeOptions withMaxUpload(long value) {
        return new ServeOptions(bind, port, value, jobs, queue, maxWaitSeconds, readTimeoutSeconds, temp);
    }

    /** The same with other job and queue sizes. */
    public ServeOptions withJobs(int value, int waiting) {
        return new ServeOptions(bind, port, maxUpload, value, waiting, maxWaitSeconds, readTimeoutSeconds, temp);
    }

    /** The same with another read timeout, in seconds. */
    public ServeOptions withReadTimeout(long seconds) {
        return new ServeOptions(bind, port, maxUpload, jobs, queue, maxWaitSeconds, seconds, temp);
    }

    /** The same with another temporary folder. */
    public ServeOptions withTemp(Path value) {
        return new ServeOptions(bind, port, maxUpload, jobs, queue, maxWaitSeconds, readTimeoutSeconds, value);
    }

    /**
     * A size such as {@code 200MB}, {@code 64k} or {@code 1048576}: bytes, or k, m, g (binary multiples, with or
     * without {@code B} or {@code iB}).
     *
     * @throws IllegalArgumentException for anything else
     */
    public static long parseSize(String text) {
        Matcher m = SIZE.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a size: give bytes or a number with k, m or g,"
                    + " e.g. 200MB");
        }
        String unit = m.group(2) == null ? "b" : m.group(2);
        int shift = switch (unit.charAt(0)) {
            case 'k' -> 10;
            case 'm' -> 20;
            case 'g' -> 30;
            default -> 0;
        };
        return Long.parseLong(m.group(1)) << shift;
    }
}
