package org.planex.model;

/**
 * The four kinds of plan feature, in the order a package lists them.
 *
 * @since 0.1
 */
public enum FeatureKind {
    /** A land or sea use zone: {@link Zone}. */
    ZONE("zone"),
    /** A protection or control line area: {@link ControlArea}. */
    CONTROL_AREA("controlArea"),
    /** A point facility: {@link Facility}. */
    FACILITY("facility"),
    /** A linear or areal infrastructure corridor: {@link Corridor}. */
    CORRIDOR("corridor");

    private final String token;

    FeatureKind(String token) {
        this.token = token;
    }

    /** The element name of this kind in the exchange schema. */
    public String token() {
        return token;
    }
}
