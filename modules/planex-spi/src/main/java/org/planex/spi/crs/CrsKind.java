package org.planex.spi.crs;

/**
 * Whether a CRS gives angles on an ellipsoid or coordinates on a map projection.
 *
 * <p><b>Thread safety:</b> an enum, immutable.
 *
 * @since 0.2
 */
public enum CrsKind {
    /** A geographic 2D CRS: longitude and latitude in an angular unit (EPSG:4490, EPSG:4269). */
    GEOGRAPHIC,
    /** A projected CRS: easting and northing in a linear unit (EPSG:4549, EPSG:2227 in US survey feet). */
    PROJECTED
}
