package org.planex.serve;

import java.util.Map;

/**
 * The bytes a request may still send, and until when: every read from the request body takes from it; the read
 * that goes over the limit fails with 413, so an oversized upload is refused while it streams, before it is read
 * whole, and a read that ends after the deadline of {@link ReadTimeout} fails with 408.
 *
 * <p><b>Thread safety:</b> used by the one thread serving its request.
 *
 * @since 0.3
 */
final class UploadLimit {

    private final long limit;
    private final long deadline;
    private final long timeoutSeconds;
    private long taken;

    /**
     * A budget of {@code limit} bytes, to be read by {@code deadline}.
     *
     * @param limit the most bytes
     * @param deadline the {@link System#nanoTime()} by which the body must have been read
     * @param timeoutSeconds the timeout the deadline comes from, for the message
     */
    UploadLimit(long limit, long deadline, long timeoutSeconds) {
        this.limit = limit;
        this.deadline = deadline;
        this.timeoutSeconds = timeoutSeconds;
    }

    /** The limit in bytes. */
    long limit() {
        return limit;
    }

    /** Refuses at once a body that declares a length over the limit ({@code Content-Length}; -1 if unknown). */
    void declared(long length) throws HttpProblem {
        if (length > limit) {
            throw tooLarge("declares " + length + " bytes");
        }
    }

    /**
     * Takes {@code n} bytes just read.
     *
     * @throws HttpProblem 413 once more than the limit has been read, 408 once the deadline has passed
     */
    void take(int n) throws HttpProblem {
        taken += n;
        if (taken > limit) {
            throw tooLarge("goes over it after " + taken + " bytes");
        }
        if (System.nanoTime() - deadline > 0) {
            throw new HttpProblem(408, "the request did not arrive within this service's read timeout of "
                    + timeoutSeconds + " s: " + taken + " bytes of the body came in time", "", "send the upload"
                    + " at once (not a slow stream), or smaller uploads; the operator sets the timeout with"
                    + " planex serve --read-timeout", Map.of("Connection", "close"));
        }
    }

    private HttpProblem tooLarge(String detail) {
        return new HttpProblem(413, "the upload is larger than this service's limit of " + limit + " bytes: it "
                + detail, "", "send fewer or smaller packages per request; the operator sets the limit with"
                + " planex serve --max-upload");
    }
}
