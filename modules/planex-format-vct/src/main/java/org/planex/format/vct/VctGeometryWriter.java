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
 * Writes geometry records in the layout {@link VctGeometryReader} reads: points and lines with their
 * coordinates, polygons (type 21) as references to ring lines that {@link #ringLine} writes into the
 * {@code Line} section, one line per ring. Ordinates are plain decimals with the digits that give back the
 * same double, so coordinates round-trip exactly. The extent of everything written is kept for the header.
 *
 * <p><b>Thread safety:</b> used by one thread at a time.
 */
final class VctGeometryWriter {

    /** The representation code planex writes for a multi-geometry, so that one part reads back as a multi. */
    static final String MULTI = "MULTI";

    /** Line references written per text line. */
    private static final int REFS_PER_LINE = 16;

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

    /** The record head: id, feature code, representation code, geometry type. */
    void head(StringBuilder out, long id, String code, Geometry g, int type) {
        out.append(id).append('\n').append(code).append('\n')
                .append(g instanceof GeometryCollection ? MULTI : "").append('\n').append(type).append('\n');
    }

    /** A point record body: {@code n}, the coordinates, {@code 0}. */
    void points(StringBuilder out, Geometry g) {
        Coordinate[] c = g == null ? new Coordinate[0] : g.getCoordinates();
        out.append(c.length).append('\n');
        coordinates(out, c);
        out.append("0\n");
    }

    /** A line record body: each part's {@code n} and coordinates, then {@code 0}. */
    void lines(StringBuilder out, Geometry g) {
        for (int i = 0; g != null && i < g.getNumGeometries(); i++) {
            Coordinate[] c = ((LineString) g.getGeometryN(i)).getCoordinates();
            out.append(c.length).append('\n');
            coordinates(out, c);
        }
        out.append("0\n");
    }

    /** A ring line record for {@link #polygon}: the ring's coordinates as a one-part line. */
    void ringLine(StringBuilder out, long id, String code, LineString ring) {
        out.append(id).append('\n').append(code).append("\n\n1\n");
        lines(out, ring);
    }

    /**
     * A polygon record body referencing ring lines {@code firstRing}, {@code firstRing + 1}, ...: the label
     * point, the reference count, the references with {@code 0} between rings, and {@code 0}.
     *
     * @return the number of rings, i.e. ring lines to write with {@link #ringLine}
     */
    int polygon(StringBuilder out, Geometry g, long firstRing) {
        int rings = 0;
        for (int i = 0; g != null && i < g.getNumGeometries(); i++) {
            rings += 1 + ((Polygon) g.getGeometryN(i)).getNumInteriorRing();
        }
        Coordinate label = g == null || g.isEmpty() ? new Coordinate(0, 0) : labelPoint(g);
        coordinates(out, new Coordinate[] {label});
        out.append(rings == 0 ? 0 : 2 * rings - 1).append('\n');
        for (int r = 0; r < rings; r++) {
            if (r > 0) {
                out.append(sep).append('0').append(r % REFS_PER_LINE == 0 ? '\n' : sep);
            }
            out.append(firstRing + r);
        }
        if (rings > 0) {
            out.append('\n');
        }
        out.append("0\n");
        return rings;
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
