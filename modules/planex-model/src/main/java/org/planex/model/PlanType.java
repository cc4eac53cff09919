package org.planex.model;

/**
 * The kind of a territorial spatial plan.
 *
 * @since 0.1
 */
public enum PlanType {
    /** A master plan (总体规划) covering the whole jurisdiction. */
    MASTER("master"),
    /** A detailed plan (详细规划) for part of it. */
    DETAILED("detailed"),
    /** A special-purpose plan (专项规划): transport, ecology, utilities... */
    SPECIAL("special"),
    /** A statutory zoning plan such as a Hong Kong Outline Zoning Plan. */
    ZONING("zoning");

    private final String token;

    PlanType(String token) {
        this.token = token;
    }

    /** The name of this type in the exchange schema. */
    public String token() {
        return token;
    }

    /** The type named {@code token} in the exchange schema. */
    public static PlanType fromToken(String token) {
        return Tokens.fromToken(PlanType.class, token, PlanType::token);
    }
}
