package org.planex.model;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * The kind of a control area: an open list of lower-case hyphenated tokens. The three national control
 * lines have constants; other protection lines (historic, flood, water source, ...) use their own token.
 *
 * @param token the kind token, e.g. {@code ecological-red-line}
 * @since 0.1
 */
public record ControlKind(String token) implements Serializable {

    private static final Pattern TOKEN = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /** Ecological protection red line (生态保护红线). */
    public static final ControlKind ECOLOGICAL_RED_LINE = new ControlKind("ecological-red-line");
    /** Permanent basic farmland (永久基本农田). */
    public static final ControlKind PERMANENT_BASIC_FARMLAND = new ControlKind("permanent-basic-farmland");
    /** Urban development boundary (城镇开发边界). */
    public static final ControlKind URBAN_DEVELOPMENT_BOUNDARY = new ControlKind("urban-development-boundary");

    /** Checks the token form. */
    public ControlKind {
        if (token == null || !TOKEN.matcher(token).matches()) {
            throw new IllegalArgumentException("control kind '" + token
                    + "' must be lower-case words joined by hyphens, e.g. ecological-red-line");
        }
    }

    /** Whether this is one of the three national control lines. */
    public boolean isNationalControlLine() {
        return equals(ECOLOGICAL_RED_LINE) || equals(PERMANENT_BASIC_FARMLAND) || equals(URBAN_DEVELOPMENT_BOUNDARY);
    }

    @Override
    public String toString() {
        return token;
    }
}
