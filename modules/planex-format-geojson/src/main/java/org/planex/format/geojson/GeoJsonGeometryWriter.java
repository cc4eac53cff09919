package org.planex.format.geojson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.NumberOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes a JTS geometry as a GeoJSON geometry object (RFC 7946 section 3.1), x = east first. Coordinates are
 * written losslessly by default: the shortest decimal text that reads back to the same double, never in
 * exponent notation. With a precision, they are rounded half-even to that many decimals.
 *
 * <p><b>Thread safety:</b> instances are immutable and may be shared.
 */
final class GeoJsonGeometryWriter {

    private final int precision;

    /**
     * A writer.
     *
     * @param precision decimals to keep, or a negative number for full precision
     */
    GeoJsonGeometryWriter(int precision) {
        this.precision = precision;
    }

    /** Writes {@code geometry}, or JSON {@code null} for {@code null}. */
    void write(JsonGenerator g, Geometry geometry) throws IOException {
        if (geometry == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        if (geometry instanceof GeometryCollection gc && !(geometry instanceof MultiPoint)
                && !(geometry instanceof MultiLineString) && !(geometry instanceof MultiPolygon)) {
            g.writeStringField("type", "GeometryCollection");
            g.writeArrayFieldStart("geometries");
            for (int i = 0; i < gc.getNumGeometries(); i++) {
                write(g, gc.getGeometryN(i));
            }
            g.writeEndArray();
        } else {
            g.writeStringField("type", geometry instanceof LineString ? "LineString" : geometry.getGeometryType());
            g.writeFieldName("coordinates");
            writeCoordinates(g, geometry);
        }
        g.writeEndObject();
    }

    private void writeCoordinates(JsonGenerator g, Geometry geometry) throws IOException {
        if (geometry instanceof Point p) {
            if (p.isEmpty()) {
                g.writeStartArray();
                g.writeEndArray();
            } else {
                writePosition(g, p.getCoordinateSequence(), 0);
            }
        } else if (geometry instanceof LineString l) {
            writeSequence(g, l.getCoordinateSequence());
        } else if (geometry instanceof Polygon p) {
            g.writeStartArray();
            if (!p.isEmpty()) {
                writeSequence(g, p.getExteriorRing().getCoordinateSequence());
                for (int i = 0; i < p.getNumInteriorRing(); i++) {
                    writeSequence(g, p.getInteriorRingN(i).getCoordinateSequence());
                }
            }
            g.writeEndArray();
        } else {
            g.writeStartArray();
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                writeCoordinates(g, geometry.getGeometryN(i));
            }
            g.writeEndArray();
        }
    }

    private void writeSequence(JsonGenerator g, CoordinateSequence seq) throws IOException {
        g.writeStartArray();
        for (int i = 0; i < seq.size(); i++) {
            writePosition(g, seq, i);
        }
        g.writeEndArray();
    }

    private void writePosition(JsonGenerator g, CoordinateSequence seq, int i) throws IOException {
        g.writeStartArray();
        writeOrdinate(g, seq.getX(i));
        writeOrdinate(g, seq.getY(i));
        if (seq.hasZ()) {
            double z = seq.getZ(i);
            if (!Double.isNaN(z)) {
                writeOrdinate(g, z);
            }
        }
        g.writeEndArray();
    }

    private void writeOrdinate(JsonGenerator g, double v) throws IOException {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("coordinate " + v + " cannot be written to GeoJSON");
        }
        if (precision >= 0) {
            g.writeNumber(BigDecimal.valueOf(v).setScale(precision, RoundingMode.HALF_EVEN).stripTrailingZeros()
                    .toPlainString());
        } else {
            char[] text = new char[OrdinateText.MAX_LENGTH];
            int length = OrdinateText.format(v, text);
            if (length >= 0) {
                g.writeNumber(text, 0, length);
            } else {
                g.writeNumber(plain(v));
            }
        }
    }

    /** The shortest text that reads back to {@code v}, without exponent. */
    static String plain(double v) {
        String s = NumberOutput.toString(v, true);
        if (s.indexOf('E') >= 0) {
            s = new BigDecimal(s).toPlainString();
        }
        if (s.endsWith(".0")) {
            s = s.substring(0, s.length() - 2);
        }
        return s;
    }
}
