package org.planex.crs;

/**
 * The kinds of CRS planex checks coordinates against, with what distinguishes them: geographic or projected, datum, and
 * whether eastings carry the zone number in front ("zone prefix", e.g. 40 500 000 m for zone 40).
 *
 * @since 0.1
 */
public enum CrsFamily {
    /** EPSG:4490, China Geodetic Coordinate System 2000, latitude/longitude in degrees. */
    CGCS2000_GEOGRAPHIC(true, false, Datum.CGCS2000),
    /** EPSG:4326, WGS 84, latitude/longitude in degrees. */
    WGS84_GEOGRAPHIC(true, false, Datum.WGS84),
    /** EPSG:4513-4533, CGCS2000 3-degree Gauss-Kruger zones 25-45, eastings with the zone prefix. */
    CGCS2000_GK3_ZONE(false, true, Datum.CGCS2000),
    /** EPSG:4534-4554, CGCS2000 3-degree Gauss-Kruger CM 75E-135E, false easting 500 000 m. */
    CGCS2000_GK3_CM(false, false, Datum.CGCS2000),
    /** EPSG:4491-4501, CGCS2000 6-degree Gauss-Kruger zones 13-23, eastings with the zone prefix. */
    CGCS2000_GK6_ZONE(false, true, Datum.CGCS2000),
    /** EPSG:4502-4512, CGCS2000 6-degree Gauss-Kruger CM 75E-135E, false easting 500 000 m. */
    CGCS2000_GK6_CM(false, false, Datum.CGCS2000),
    /** EPSG:32601-32660, WGS 84 UTM zones 1N-60N. */
    UTM_NORTH(false, false, Datum.WGS84),
    /** EPSG:32701-32760, WGS 84 UTM zones 1S-60S (false northing 10 000 000 m). */
    UTM_SOUTH(false, false, Datum.WGS84),
    /** EPSG:2326, Hong Kong 1980 Grid System. */
    HK1980_GRID(false, false, Datum.HK1980),
    /** Any other geographic CRS of the EPSG registry (e.g. NAD83, ETRS89), checked against its area of use only. */
    OTHER_GEOGRAPHIC(true, false, Datum.OTHER),
    /** Any other projected CRS of the EPSG registry (e.g. State Plane, LAEA Europe), checked against its area only. */
    OTHER_PROJECTED(false, false, Datum.OTHER);

    /** The geodetic datum of a family. */
    public enum Datum {
        /** China Geodetic Coordinate System 2000 (taken as equal to WGS 84 by planex). */
        CGCS2000,
        /** World Geodetic System 1984. */
        WGS84,
        /** Hong Kong 1980 (International 1924 ellipsoid, Helmert shift to WGS 84). */
        HK1980,
        /** Another datum of the EPSG registry. */
        OTHER
    }

    private final boolean geographic;
    private final boolean zonePrefix;
    private final Datum datum;

    CrsFamily(boolean geographic, boolean zonePrefix, Datum datum) {
        this.geographic = geographic;
        this.zonePrefix = zonePrefix;
        this.datum = datum;
    }

    /** Whether coordinates are longitude/latitude in degrees (otherwise metres). */
    public boolean isGeographic() {
        return geographic;
    }

    /** Whether eastings carry the zone number in front (false easting = zone x 1 000 000 + 500 000 m). */
    public boolean hasZonePrefix() {
        return zonePrefix;
    }

    /** The geodetic datum. */
    public Datum datum() {
        return datum;
    }
}
