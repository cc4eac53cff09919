package org.planex.serve;

import java.util.Map;
import java.util.function.UnaryOperator;
import org.planex.spi.ErrorKind;
import org.planex.spi.PlanexException;

/**
 * A request the service refuses, with the HTTP status and the three parts of its JSON error body: what went
 * wrong, where (an upload, a ZIP entry, a line; empty when nowhere in particular) and what to do. Extra response
 * headers ({@code Allow}, {@code Retry-After}) travel with it.
 *
 * @since 0.3
 */
public final class HttpProblem extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String where;
    private final String hint;
    private final transient Map<String, String> headers;

    /**
     * A problem.
     *
     * @param status the HTTP status, 4xx or 5xx
     * @param what what went wrong
     * @param where where, or an empty string
     * @param hint what the client should do
     * @param headers extra response headers
     */
    public HttpProblem(int status, String what, String where, String hint, Map<String, String> headers) {
        super(what);
        this.status = status;
        this.where = where;
        this.hint = hint;
        this.headers = Map.copyOf(headers);
    }

    /** A problem without extra headers. */
    public HttpProblem(int status, String what, String where, String hint) {
        this(status, what, where, hint, Map.of());
    }

    /**
     * The problem for a {@link PlanexException}: bad or unsafe input data 422, a bad option 400, a result that
     * cannot be written 500.
     *
     * @param e the exception
     * @param relative turns paths of the server into names the client knows ({@link UploadSpool#relative})
     */
    public static HttpProblem of(PlanexException e, UnaryOperator<String> relative) {
        String what = relative.apply(e.getReason());
        String where = relative.apply(e.getLocation().toString());
        ErrorKind kind = e.getKind();
        return switch (kind) {
            case USAGE -> new HttpProblem(400, what, where, "correct the query parameter; GET /openapi.json"
                    + " lists them");
            case INVALID_DATA, UNREADABLE_INPUT, UNSAFE_INPUT -> new HttpProblem(422, what, where,
                    "correct the upload; the message says what is wrong with it");
            case OUTPUT_NOT_WRITABLE -> new HttpProblem(500, what, where, "the service could not write its"
                    + " result; ask its operator to check the temporary folder has room");
        };
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** Where it happened, or an empty string. */
    public String where() {
        return where;
    }

    /** What the client should do. */
    public String hint() {
        return hint;
    }

    /** Extra response headers. */
    public Map<String, String> headers() {
        return headers;
    }
}
