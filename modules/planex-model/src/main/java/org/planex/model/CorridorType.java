package org.planex.model;

/**
 * The kinds of infrastructure corridor.
 *
 * @since 0.1
 */
public enum CorridorType {
    /** A road. */
    ROAD("road"),
    /** A railway line. */
    RAIL("rail"),
    /** A metro or light rail line. */
    METRO("metro"),
    /** An oil, gas or water pipeline. */
    PIPELINE("pipeline"),
    /** A power transmission line. */
    POWER("power"),
    /** A navigable waterway. */
    WATERWAY("waterway"),
    /** A greenway or ecological corridor. */
    GREENWAY("greenway"),
    /** Any other linear feature, e.g. a line layer of a GIS dataset read without a mapping. */
    OTHER("other");

    private final String token;

    CorridorType(String token) {
        this.token = token;
    }

    /** The name of this type in the exchange schema. */
    public String token() {
        return token;
    }

    /** The type named {@code token} in the exchange schema. */
    public static CorridorType fromToken(String token) {
        return Tokens.fromToken(CorridorType.class, token, CorridorType::token);
    }
}
