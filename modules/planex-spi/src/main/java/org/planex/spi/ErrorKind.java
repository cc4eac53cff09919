package org.planex.spi;

/**
 * The category of a {@link PlanexException}. Each maps to one process exit code of the CLI.
 *
 * @since 0.1
 */
public enum ErrorKind {
    /** The command line or an option value is wrong. Exit code 2. */
    USAGE(2),
    /** The input was read but breaks the rules of its format or of the schema. Exit code 3. */
    INVALID_DATA(3),
    /** The input cannot be read: unknown format, corrupt, truncated, missing. Exit code 4. */
    UNREADABLE_INPUT(4),
    /** The input was refused because reading it would be unsafe (XXE, ZIP traversal, bomb). Exit code 4. */
    UNSAFE_INPUT(4),
    /** The output cannot be written. Exit code 5. */
    OUTPUT_NOT_WRITABLE(5);

    private final int exitCode;

    ErrorKind(int exitCode) {
        this.exitCode = exitCode;
    }

    /** The CLI exit code for this kind. */
    public int exitCode() {
        return exitCode;
    }
}
