package org.planex.model;

/**
 * The order of the two horizontal axes of a CRS as its EPSG definition states it. Files follow this order
 * (GML {@code posList}); inside the JVM planex always uses x = east, y = north.
 *
 * @since 0.1
 */
public enum AxisOrder {
    /** Easting (or longitude) first, as in UTM zones and Web Mercator. */
    EAST_NORTH,
    /** Northing (or latitude) first, as in EPSG:4490 and the CGCS2000 Gauss-Kruger CRSs. */
    NORTH_EAST
}
