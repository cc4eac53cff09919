package org.planex.crs;

import org.locationtech.jts.geom.Envelope;

/**
 * The area a CRS is meant for, as a longitude/latitude box in degrees (EPSG "area of use" bounding box). A
 * box whose western bound lies east of its eastern bound crosses the antimeridian (NAD83: 167.65E..-40.73E).
 *
 * @param west western bound, degrees east
 * @param south southern bound, degrees north
 * @param east eastern bound, degrees east
 * @param north northern bound, degrees north
 * @since 0.1
 */
public record AreaOfUse(double west, double south, double east, double north) {

    /** Checks the bounds. */
    public AreaOfUse {
        if (!(south <= north && west >= -180 && west <= 180 && east >= -180 && east <= 180 && south >= -90
                && north <= 90)) {
            throw new IllegalArgumentException("not a valid area of use: " + west + " " + south + " " + east
                    + " " + north);
        }
    }

    /** Whether the point lies inside the box, bounds included. */
    public boolean contains(double lon, double lat) {
        return containsWithin(lon, lat, 0, 0);
    }

    /** Whether the box crosses the antimeridian. */
    public boolean crossesAntimeridian() {
        return west > east;
    }

    /** Whether the point lies inside the box grown by {@code lonMargin} and {@code latMargin} degrees. */
    public boolean containsWithin(double lon, double lat, double lonMargin, double latMargin) {
        if (lat < south - latMargin || lat > north + latMargin) {
            return false;
        }
        return crossesAntimeridian() ? lon >= west - lonMargin || lon <= east + lonMargin
                : lon >= west - lonMargin && lon <= east + lonMargin;
    }

    /** The centre of the box. */
    public double centreLongitude() {
        if (!crossesAntimeridian()) {
            return (west + east) / 2;
        }
        double centre = (west + east + 360) / 2;
        return centre > 180 ? centre - 360 : centre;
    }

    /** The box as a JTS envelope (x = longitude, y = latitude); all longitudes when it crosses the antimeridian. */
    public Envelope toEnvelope() {
        return crossesAntimeridian() ? new Envelope(-180, 180, south, north) : new Envelope(west, east, south, north);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%.2fE..%.2fE, %.2fN..%.2fN", west, east, south, north);
    }
}
