package org.planex.format.vct;

import java.math.BigDecimal;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes geometry records in the GB/T 17798-2007 layout that independent VCT readers read (see
 * {@link VctGeometryReader}): a point as type 1 with its coordinate (a multi-point or an empty one as a type 4
 * point group with its count), a line as type 1 with its parts, each a polyline (segment type 11), and a polygon
 * as type 100 made of lines (composition 21) that reference ring lines {@link #ringLine} writes into the
 * {@code Line} section, one line per ring. Line references go 8 to a text line, as the other writers put them.
 * Ordinates are plain decimals with the digits that give back the same double, so coordinates round-trip
 * exactly. The extent of everything written is kept for the header.
 *
 * <p><b>Thread safety:</b> used by one thread at a time.
 */
final class VctGeometryWriter {

    /** The representation code planex writes for a multi-geometry, so that one part reads back as a multi. */
    static final String MULTI = "MULTI";

    /** The representation code of every other record: readers skip blank lines, so it must not be empty. */
    static final String UNKNOWN_STYLE = "Unknown";

    /** Line reference tokens (ring separators included) written per text line. */
    private static final int REFS_PER_LINE = 8;

    private final char sep;
    private final Envelope extent = new Envelope();

    /** A writer with coordinate separator {@code sep}. */
    VctGeometryWriter(char sep) {
        this.sep = sep;
    }

    /** The extent of all coordinates written. */
    Envelope extent() {
        return extent;
    }

    /** A point record: type 1 and the coordinate, or type 4, the count and the coordinates; then {@code 0}. */
    void point(StringBuilder out, long id, String code, Geometry g) {
        Coordinate[] c = g == null ? new Coordinate[0] : g.getCoordinates();
        boolean single = g instanceof Point && c.length == 1;
        head(out, id, code, g, single ? 1 : 4);
        if (!single) {
            out.append(c.length).append('\n');
        }
        coordinates(out, c);
        out.append("0\n");
    }

    /** A line record: type 1, the part count, each part's segment type 11, {@code n} and coordinates, {@code 0}. */
    void line(StringBuilder out, long id, String code, Geometry g) {
        head(out, id, code, g, 1);
        int parts = g == null ? 0 : g.getNumGeometries();
        out.append(parts).append('\n');
        for (int i = 0; i < parts; i++) {
            Coordinate[] c = ((LineString) g.getGeometryN(i)).getCoordinates();
            out.append("11\n").append(c.length).append('\n');
            coordinates(out, c);
        }
        out.append("0\n");
    }

    /** A ring line record for {@link #polygon}: the ring's coordinates as a one-part line. */
    void ringLine(StringBuilder out, long id, String code, LineString ring) {
        line(out, id, code, ring);
    }

    /**
     * A polygon record referencing ring lines {@code firstRing}, {@code firstRing + 1}, ...: type 100, the label
     * point, composition 21, the reference count, the references with {@code 0} between rings, and {@code 0}.
     *
     * @return the number of rings, i.e. ring lines to write with {@link #ringLine}
     */
    int polygon(StringBuilder out, long id, String code, Geometry g, long firstRing) {
        head(out, id, code, g, 100);
        int rings = 0;
        for (int i = 0; g != null && i < g.getNumGeometries(); i++) {
            rings += 1 + ((Polygon) g.getGeometryN(i)).getNumInteriorRing();
        }
        Coordinate label = g == null || g.isEmpty() ? new Coordinate(0, 0) : labelPoint(g);
        coordinates(out, new Coordinate[] {label});
        out.append("21\n").append(rings == 0 ? 0 : 2 * rings - 1).append('\n');
        int onLine = 0;
        for (int r = 0; r < rings; r++) {
            if (r > 0) {
                onLine = token(out, "0", onLine);
            }
            onLine = token(out, Long.toString(firstRing + r), onLine);
        }
        if (onLine > 0) {
            out.append('\n');
        }
        out.append("0\n");
        return rings;
    }

    private int token(StringBuilder out, String token, int onLine) {
        if (onLine == REFS_PER_LINE) {
            out.append('\n');
            onLine = 0;
        }
        if (onLine > 0) {
            out.append(sep);
        }
        out.append(token);
        return onLine + 1;
    }

    private void head(StringBuilder out, long id, String code, Geometry g, int type) {
        out.append(id).append('\n').append(code).append('\n')
                .append(g instanceof GeometryCollection ? MULTI : UNKNOWN_STYLE).append('\n').append(type).append('\n');
    }
    private static Coordinate labelPoint(Geometry g) {
        try {
            Point p = g.getInteriorPoint();
            return p.isEmpty() ? g.getCoordinate() : p.getCoordinate();
        } catch (RuntimeException e) {
            return g.getCoordinate();
        }
    }

    private void coordinates(StringBuilder out, Coordinate[] c) {
        for (Coordinate k : c) {
            extent.expandToInclude(k);
            out.append(ordinate(k.x)).append(sep).append(ordinate(k.y)).append('\n');
        }
    }

    /** {@code d} as a plain decimal that parses back to {@code d}. */
    static String ordinate(double d) {
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
