package org.planex.model;

/**
 * Administrative levels of a jurisdiction, from national down to township.
 *
 * @since 0.1
 */
public enum AdminLevel {
    /** A state. */
    NATIONAL("national"),
    /** A province, autonomous region or municipality directly under the central government. */
    PROVINCIAL("provincial"),
    /** A special administrative region (Hong Kong, Macao). */
    SPECIAL_ADMINISTRATIVE_REGION("special-administrative-region"),
    /** A prefecture-level city. */
    MUNICIPAL("municipal"),
    /** A county, county-level city or urban district. */
    COUNTY("county"),
    /** A township or sub-district. */
    TOWNSHIP("township"),
    /** Any other level (a development zone, a cross-border cooperation zone). */
    OTHER("other");

    private final String token;

    AdminLevel(String token) {
        this.token = token;
    }

    /** The name of this level in the exchange schema. */
    public String token() {
        return token;
    }

    /** The level named {@code token} in the exchange schema. */
    public static AdminLevel fromToken(String token) {
        return Tokens.fromToken(AdminLevel.class, token, AdminLevel::token);
    }
}
