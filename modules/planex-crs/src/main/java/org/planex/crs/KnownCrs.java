package org.planex.crs;

import java.util.Objects;
import org.planex.model.CrsRef;

/**
 * A CRS planex knows in full: its EPSG name, family, projection parameters and area of use.
 *
 * @param crs the EPSG code
 * @param name the EPSG name, e.g. {@code CGCS2000 / 3-degree Gauss-Kruger CM 120E}
 * @param family the family
 * @param centralMeridian the central meridian in degrees east, {@code NaN} for geographic CRSs
 * @param zone the zone number (Gauss-Kruger 13-23 or 25-45, UTM 1-60), 0 if none
 * @param falseEasting the false easting in metres, 0 for geographic CRSs
 * @param area the EPSG area of use
 * @since 0.1
 */
public record KnownCrs(CrsRef crs, String name, CrsFamily family, double centralMeridian, int zone,
        double falseEasting, AreaOfUse area) {

    /** Checks the arguments. */
    public KnownCrs {
        Objects.requireNonNull(crs, "crs");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(area, "area");
    }

    /** {@code EPSG:4549 (CGCS2000 / 3-degree Gauss-Kruger CM 120E)}. */
    public String label() {
        return crs + " (" + name + ")";
    }

    /**
     * How far, in degrees of longitude, coordinates may stray outside the area of use before planex calls
     * them "far outside": 1.5 degrees for the transverse Mercator zones (so 3 degrees either side of a
     * 3-degree zone's central meridian), 1 degree for CGCS2000 geographic, 0.25 for Hong Kong, 0 for WGS 84.
     */
    public double longitudeMargin() {
        return switch (family) {
            case WGS84_GEOGRAPHIC -> 0;
            case HK1980_GRID -> 0.25;
            case CGCS2000_GEOGRAPHIC -> 1.0;
            default -> 1.5;
        };
    }

    /** Like {@link #longitudeMargin()}, for latitude: 0.25 for Hong Kong, 0 for WGS 84, 1 degree otherwise. */
    public double latitudeMargin() {
        return switch (family) {
            case WGS84_GEOGRAPHIC -> 0;
            case HK1980_GRID -> 0.25;
            default -> 1.0;
        };
    }

    /** Whether the longitude/latitude point lies in the area of use grown by the margins. */
    public boolean nearArea(double lon, double lat) {
        return area.containsWithin(lon, lat, longitudeMargin(), latitudeMargin());
    }
}
