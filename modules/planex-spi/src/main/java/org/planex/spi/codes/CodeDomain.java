package org.planex.spi.codes;

/**
 * Whether a code classifies land, sea or either.
 *
 * @since 0.1
 */
public enum CodeDomain {
    /** Land use (用地). */
    LAND,
    /** Sea use (用海), including uninhabited islands used with the sea around them. */
    SEA,
    /** The system does not say; HILUCS values, for example, apply to land and water alike. */
    UNSPECIFIED
}
