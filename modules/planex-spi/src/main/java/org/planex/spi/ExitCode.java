package org.planex.spi;

import java.util.ArrayList;
import java.util.List;

/**
 * The process exit codes of {@code planex}: the one table that the CLI, the {@code codes} commands and
 * {@link ErrorKind} use. Each constant has a fixed number and a short meaning, as printed in the
 * {@code planex --help} footer.
 *
 * <p>Thread safety: immutable. Null policy: no method accepts or returns {@code null}.
 *
 * @since 0.1
 */
public enum ExitCode {
    /** Success. */
    OK(0, "ok"),
    /** A bug: an unexpected internal error (run again with {@code --debug} and report it). */
    INTERNAL_ERROR(1, "internal error"),
    /** The command line or an option value is wrong. */
    USAGE(2, "usage"),
    /** The data is invalid: it breaks the rules of its format or schema, or validation found errors. */
    INVALID_DATA(3, "invalid data"),
    /** An input is missing, of unknown format, corrupt, truncated, or refused as unsafe. */
    UNREADABLE_INPUT(4, "unreadable or unsafe input"),
    /** An output cannot be written. */
    OUTPUT_NOT_WRITABLE(5, "output not writable");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    /** The number the process exits with. */
    public int code() {
        return code;
    }

    /** What the code means, in a few words, e.g. {@code "invalid data"}. */
    public String meaning() {
        return meaning;
    }

    /**
     * The whole table in one sentence: {@code "Exit codes: 0 ok, 1 internal error, ..., 5 output not writable."}
     */
    public static String summary() {
        List<String> parts = new ArrayList<>();
        for (ExitCode e : values()) {
            parts.add(e.code + " " + e.meaning);
        }
        return "Exit codes: " + String.join(", ", parts) + ".";
    }
}
