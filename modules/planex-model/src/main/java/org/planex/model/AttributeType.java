package org.planex.model;

/**
 * The types a free feature attribute can have. Each type has one canonical lexical form, used by every
 * encoding that stores values as text (XML, CSV reports).
 *
 * @since 0.1
 */
public enum AttributeType {
    /** Unicode text. */
    STRING("string"),
    /** A signed 64-bit integer. */
    INTEGER("integer"),
    /** An exact decimal number (no binary floating point rounding). */
    DECIMAL("decimal"),
    /** {@code true} or {@code false}. */
    BOOLEAN("boolean"),
    /** A calendar date without time zone, ISO 8601 {@code yyyy-MM-dd}. */
    DATE("date");

    private final String token;

    AttributeType(String token) {
        this.token = token;
    }

    /** The name of this type in the exchange schema, e.g. {@code "decimal"}. */
    public String token() {
        return token;
    }

    /**
     * The type whose schema name is {@code token}.
     *
     * @throws IllegalArgumentException if no type has that name
     */
    public static AttributeType fromToken(String token) {
        for (AttributeType t : values()) {
            if (t.token.equals(token)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown attribute type '" + token
                + "' (expected string, integer, decimal, boolean or date)");
    }
}
