package org.planex.spi;

/**
 * The category of a {@link PlanexException}. Each maps to one {@link ExitCode} of the CLI.
 *
 * @since 0.1
 */
public enum ErrorKind {
    /** The command line or an option value is wrong. {@link ExitCode#USAGE}. */
    USAGE(ExitCode.USAGE),
    /** The input was read but breaks the rules of its format or of the schema. {@link ExitCode#INVALID_DATA}. */
    INVALID_DATA(ExitCode.INVALID_DATA),
    /** The input cannot be read: unknown format, corrupt, truncated, missing. {@link ExitCode#UNREADABLE_INPUT}. */
    UNREADABLE_INPUT(ExitCode.UNREADABLE_INPUT),
    /** The input was refused because reading it would be unsafe (XXE, ZIP traversal, bomb). {@link ExitCode#UNREADABLE_INPUT}. */
    UNSAFE_INPUT(ExitCode.UNREADABLE_INPUT),
    /** The output cannot be written. {@link ExitCode#OUTPUT_NOT_WRITABLE}. */
    OUTPUT_NOT_WRITABLE(ExitCode.OUTPUT_NOT_WRITABLE);

    private final ExitCode exit;

    ErrorKind(ExitCode exit) {
        this.exit = exit;
    }

    /** The CLI exit code for this kind. */
    public ExitCode exit() {
        return exit;
    }

    /** The number of the CLI exit code for this kind: {@code exit().code()}. */
    public int exitCode() {
        return exit.code();
    }
}
