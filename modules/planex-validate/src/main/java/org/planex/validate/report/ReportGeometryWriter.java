package org.planex.validate.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes a JTS geometry in longitude/latitude as an RFC 7946 GeoJSON geometry object, coordinates rounded to
 * 7 decimals (about 1 cm), polygon exteriors counter-clockwise and holes clockwise.
 *
 * @since 0.1
 */
final class ReportGeometryWriter {

    private ReportGeometryWriter() {
    }

    static void write(JsonGenerator g, Geometry geom) throws IOException {
        if (geom == null || geom.isEmpty()) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        if (geom instanceof Point p) {
            g.writeStringField("type", "Point");
            g.writeFieldName("coordinates");
            position(g, p.getCoordinate());
        } else if (geom instanceof LineString l) {
            g.writeStringField("type", "LineString");
            g.writeFieldName("coordinates");
            positions(g, l.getCoordinates());
        } else if (geom instanceof Polygon p) {
            g.writeStringField("type", "Polygon");
            g.writeFieldName("coordinates");
            polygon(g, p);
        } else if (geom instanceof MultiPoint || geom instanceof MultiLineString || geom instanceof MultiPolygon) {
            String type = geom.getGeometryType();
            g.writeStringField("type", type);
            g.writeFieldName("coordinates");
            g.writeStartArray();
            for (int i = 0; i < geom.getNumGeometries(); i++) {
                Geometry part = geom.getGeometryN(i);
                if (part instanceof Point p) {
                    position(g, p.getCoordinate());
                } else if (part instanceof LineString l) {
                    positions(g, l.getCoordinates());
                } else {
                    polygon(g, (Polygon) part);
                }
            }
            g.writeEndArray();
        } else {
            GeometryCollection c = (GeometryCollection) geom;
            g.writeStringField("type", "GeometryCollection");
            g.writeArrayFieldStart("geometries");
            for (int i = 0; i < c.getNumGeometries(); i++) {
                write(g, c.getGeometryN(i));
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void polygon(JsonGenerator g, Polygon p) throws IOException {
        Polygon oriented = (Polygon) p.copy();
        oriented.normalize();
        g.writeStartArray();
        positions(g, reverse(oriented.getExteriorRing().getCoordinates()));
        for (int i = 0; i < oriented.getNumInteriorRing(); i++) {
            positions(g, reverse(oriented.getInteriorRingN(i).getCoordinates()));
        }
        g.writeEndArray();
    }

    private static Coordinate[] reverse(Coordinate[] c) {
        Coordinate[] r = new Coordinate[c.length];
        for (int i = 0; i < c.length; i++) {
            r[i] = c[c.length - 1 - i];
        }
        return r;
    }

    private static void positions(JsonGenerator g, Coordinate[] cs) throws IOException {
        g.writeStartArray();
        for (Coordinate c : cs) {
            position(g, c);
        }
        g.writeEndArray();
    }

    private static void position(JsonGenerator g, Coordinate c) throws IOException {
        g.writeStartArray();
        g.writeNumber(BigDecimal.valueOf(c.x).setScale(7, RoundingMode.HALF_UP).stripTrailingZeros());
        g.writeNumber(BigDecimal.valueOf(c.y).setScale(7, RoundingMode.HALF_UP).stripTrailingZeros());
        g.writeEndArray();
    }
}
