package org.planex.cli;

/**
 * The exit codes of {@code planex}.
 *
 * @since 0.1
 */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** A bug: an unexpected internal error. */
    public static final int INTERNAL = 1;
    /** Wrong command line. */
    public static final int USAGE = 2;
    /** The data is invalid (validation found errors). */
    public static final int INVALID_DATA = 3;
    /** An input is unreadable: missing, unknown format, corrupt, truncated or unsafe. */
    public static final int UNREADABLE = 4;
    /** An output cannot be written. */
    public static final int NOT_WRITABLE = 5;

    private ExitCodes() {
    }
}
