package org.planex.crs;

import org.planex.model.AxisOrder;
import org.planex.model.CrsRef;
import org.planex.spi.crs.CrsDefinition;
import org.planex.spi.crs.CrsKind;

/**
 * One CRS of the EPSG catalogue: a line of {@code epsg-catalog.tsv.gz}.
 *
 * <p><b>Thread safety:</b> immutable.
 *
 * @param code the EPSG code
 * @param kind geographic 2D or projected
 * @param deprecated whether EPSG deprecated it
 * @param axisOrder the EPSG axis order
 * @param unitName the EPSG unit name of the axes
 * @param unitFactor metres or radians per unit
 * @param west west bound of the area of use, degrees, NaN if none
 * @param south south bound
 * @param east east bound (may be below {@code west} across the antimeridian)
 * @param north north bound
 * @param name the EPSG name
 * @param proj4 the proj4 string (GDAL's, with {@code +towgs84} where EPSG gives one shift), empty if none
 * @param ogcWkt OGC WKT 1, empty if none
 * @param esriWkt ESRI WKT 1, empty if none
 */
record EpsgEntry(int code, CrsKind kind, boolean deprecated, AxisOrder axisOrder, String unitName,
        double unitFactor, double west, double south, double east, double north, String name, String proj4,
        String ogcWkt, String esriWkt) {

    /** Parses one catalogue line (see the generator for the columns). */
    static EpsgEntry parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 14) {
            throw new IllegalStateException("malformed EPSG catalogue line: " + line.substring(0,
                    Math.min(60, line.length())));
        }
        return new EpsgEntry(Integer.parseInt(f[0]), f[1].equals("G") ? CrsKind.GEOGRAPHIC : CrsKind.PROJECTED,
                f[2].equals("1"), f[3].equals("NE") ? AxisOrder.NORTH_EAST : AxisOrder.EAST_NORTH, text(f[4]),
                number(f[5], f[1].equals("G") ? Math.PI / 180 : 1), number(f[6], Double.NaN),
                number(f[7], Double.NaN), number(f[8], Double.NaN), number(f[9], Double.NaN), f[10], text(f[11]),
                text(f[12]), text(f[13]));
    }

    /** The definition plugins see. */
    CrsDefinition definition() {
        return new CrsDefinition(CrsRef.epsg(code), name, kind, axisOrder, unitName, unitFactor, deprecated,
                ogcWkt, esriWkt);
    }

    /** Whether the catalogue gives an area of use. */
    boolean hasArea() {
        return !Double.isNaN(west);
    }

    private static String text(String s) {
        return s.equals("-") ? "" : s;
    }

    private static double number(String s, double none) {
        return s.equals("-") ? none : Double.parseDouble(s);
    }
}
