package org.planex.serve;

/**
 * The bytes a request may still send: every read from the request body takes from it, and the read that goes
 * over the limit fails with 413, so an oversized upload is refused while it streams, before it is read whole.
 *
 * <p><b>Thread safety:</b> used by the one thread serving its request.
 *
 * @since 0.3
 */
final class UploadLimit {

    private final long limit;
    private long taken;

    /** A budget of {@code limit} bytes. */
    UploadLimit(long limit) {
        this.limit = limit;
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
     * @throws HttpProblem 413 once more than the limit has been read
     */
    void take(int n) throws HttpProblem {
        taken += n;
        if (taken > limit) {
            throw tooLarge("goes over it after " + taken + " bytes");
        }
    }

    private HttpProblem tooLarge(String detail) {
        return new HttpProblem(413, "the upload is larger than this service's limit of " + limit + " bytes: it "
                + detail, "", "send fewer or smaller packages per request; the operator sets the limit with"
                + " planex serve --max-upload");
    }
}
