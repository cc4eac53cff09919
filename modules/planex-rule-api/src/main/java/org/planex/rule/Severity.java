package org.planex.rule;

import java.util.Locale;

/**
 * How bad an issue is. Only {@link #ERROR} makes {@code planex validate} exit with code 3.
 *
 * @since 0.1
 */
public enum Severity {
    /** The package must not be exchanged or approved as it is. */
    ERROR,
    /** Worth a look; may be accepted with a reason. */
    WARNING,
    /** A fact worth knowing; never a defect by itself. */
    INFO;

    /** The lower-case token used in reports and profile files. */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The severity of a token, in any case.
     *
     * @throws IllegalArgumentException naming the accepted tokens
     */
    public static Severity fromToken(String token) {
        String t = token == null ? "" : token.strip().toUpperCase(Locale.ROOT);
        for (Severity s : values()) {
            if (s.name().equals(t)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown severity '" + token + "' (expected error, warning or info)");
    }
}
