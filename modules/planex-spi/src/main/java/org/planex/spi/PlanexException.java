package org.planex.spi;

import java.io.IOException;
import java.util.Objects;

/**
 * A failure that planex explains to its user: what went wrong ({@link #getReason()}), where
 * ({@link #getLocation()}) and of which kind ({@link #getKind()}, which the CLI maps to an exit code).
 * {@link #getMessage()} gives all three on one line.
 *
 * <p>Readers, writers and the core throw this type for every problem in the data or the files; other
 * exceptions mean a bug.
 *
 * @since 0.1
 */
public class PlanexException extends IOException {

    private static final long serialVersionUID = 1L;

    private final ErrorKind kind;
    private final transient Location location;
    private final String reason;

    /**
     * Creates an exception.
     *
     * @param kind the category
     * @param location where, or {@link Location#UNKNOWN}
     * @param reason what went wrong and, where possible, what to do, as one sentence without the location
     * @param cause the underlying exception, or {@code null}
     */
    public PlanexException(ErrorKind kind, Location location, String reason, Throwable cause) {
        super(render(location, reason), cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.location = location == null ? Location.UNKNOWN : location;
        this.reason = reason;
    }

    /** Creates an exception without cause. */
    public PlanexException(ErrorKind kind, Location location, String reason) {
        this(kind, location, reason, null);
    }

    /** The input cannot be read (exit 4). */
    public static PlanexException unreadable(Location location, String reason, Throwable cause) {
        return new PlanexException(ErrorKind.UNREADABLE_INPUT, location, reason, cause);
    }

    /** The input is refused as unsafe (exit 4). */
    public static PlanexException unsafe(Location location, String reason) {
        return new PlanexException(ErrorKind.UNSAFE_INPUT, location, reason, null);
    }

    /** The input breaks the rules of its format (exit 3). */
    public static PlanexException invalid(Location location, String reason, Throwable cause) {
        return new PlanexException(ErrorKind.INVALID_DATA, location, reason, cause);
    }

    /** The output cannot be written (exit 5). */
    public static PlanexException notWritable(Location location, String reason, Throwable cause) {
        return new PlanexException(ErrorKind.OUTPUT_NOT_WRITABLE, location, reason, cause);
    }

    /** The category. */
    public ErrorKind getKind() {
        return kind;
    }

    /** Where it happened. */
    public Location getLocation() {
        return location;
    }

    /** What went wrong, without the location. */
    public String getReason() {
        return reason;
    }

    private static String render(Location location, String reason) {
        String where = location == null ? "" : location.toString();
        return where.isEmpty() ? reason : where + ": " + reason;
    }
}
