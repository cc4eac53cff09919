package org.planex.model;

/**
 * The legal status of a plan.
 *
 * @since 0.1
 */
public enum PlanStatus {
    /** Being prepared. */
    DRAFT("draft"),
    /** Published for public consultation. */
    CONSULTATION("consultation"),
    /** Approved but not yet in force. */
    APPROVED("approved"),
    /** In force. */
    IN_FORCE("in-force"),
    /** Replaced by a later plan. */
    SUPERSEDED("superseded");

    private final String token;

    PlanStatus(String token) {
        this.token = token;
    }

    /** The name of this status in the exchange schema. */
    public String token() {
        return token;
    }

    /** The status named {@code token} in the exchange schema. */
    public static PlanStatus fromToken(String token) {
        return Tokens.fromToken(PlanStatus.class, token, PlanStatus::token);
    }
}
