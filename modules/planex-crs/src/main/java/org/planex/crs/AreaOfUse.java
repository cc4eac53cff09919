package org.planex.crs;

import org.locationtech.jts.geom.Envelope;

/**
 * The area a CRS is meant for, as a longitude/latitude box in degrees (EPSG "area of use" bounding box).
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
        if (!(west <= east && south <= north && west >= -180 && east <= 180 && south >= -90 && north <= 90)) {
            throw new IllegalArgumentException("not a valid area of use: " + west + " " + south + " " + east
                    + " " + north);
        }
    }

    /** Whether the point lies inside the box, bounds included. */
    public boolean contains(double lon, double lat) {
        return lon >= west && lon <= east && lat >= south && lat <= north;
    }

    /** Whether the point lies inside the box grown by {@code lonMargin} and {@code latMargin} degrees. */
    public boolean containsWithin(double lon, double lat, double lonMargin, double latMargin) {
        return lon >= west - lonMargin && lon <= east + lonMargin && lat >= south - latMargin
                && lat <= north + latMargin;
    }

    /** The centre of the box. */
    public double centreLongitude() {
        return (west + east) / 2;
    }

    /** The box as a JTS envelope (x = longitude, y = latitude). */
    public Envelope toEnvelope() {
        return new Envelope(west, east, south, north);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%.2fE..%.2fE, %.2fN..%.2fN", west, east, south, north);
    }
}
