package org.planex.format.geojson;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads one GeoJSON geometry object (RFC 7946 section 3.1) from a streaming parser into a JTS geometry,
 * keeping only that geometry in memory. Members may come in any order; unknown members (such as {@code bbox})
 * are skipped. Positions are x = east (longitude), y = north (latitude), optionally z; further ordinates are
 * dropped.
 *
 * <p><b>Thread safety:</b> instances are immutable and may be shared.
 */
final class GeoJsonGeometryReader {

    private final GeometryFactory factory;

    /** A reader that builds geometries with {@code factory}. */
    GeoJsonGeometryReader(GeometryFactory factory) {
        this.factory = factory;
    }

    /**
     * Reads the geometry the parser is positioned on ({@code START_OBJECT} or {@code VALUE_NULL}) and leaves
     * the parser on its last token.
     *
     * @return the geometry, or {@code null} for a JSON {@code null}
     * @throws JsonParseException if the object is not a valid GeoJSON geometry; the parser's location says where
     */
    Geometry read(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new JsonParseException(p, "a geometry must be a JSON object or null");
        }
        String type = null;
        Object coordinates = null;
        List<Geometry> members = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "type" -> type = GeoJsonFeatureParser.requireString(p, "geometry type");
                case "coordinates" -> coordinates = readNested(p);
                case "geometries" -> members = readMembers(p);
                default -> p.skipChildren();
            }
        }
        if (type == null) {
            throw new JsonParseException(p, "geometry has no \"type\" member");
        }
        try {
            return build(p, type, coordinates, members);
        } catch (ClassCastException | IllegalArgumentException e) {
            throw new JsonParseException(p, "invalid " + type + " coordinates ("
                    + (e instanceof ClassCastException ? "wrong array nesting" : e.getMessage()) + ")");
        }
    }

    private List<Geometry> readMembers(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new JsonParseException(p, "\"geometries\" must be an array");
        }
        List<Geometry> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            Geometry g = read(p);
            if (g == null) {
                throw new JsonParseException(p, "a GeometryCollection member must not be null");
            }
            list.add(g);
        }
        return list;
    }

    private Geometry build(JsonParser p, String type, Object c, List<Geometry> members) throws IOException {
        if (!type.equals("GeometryCollection") && c == null) {
            throw new JsonParseException(p, type + " has no \"coordinates\" member");
        }
        return switch (type) {
            case "Point" -> point(c);
            case "MultiPoint" -> factory.createMultiPoint(points(list(c)));
            case "LineString" -> factory.createLineString(coordinates(c));
            case "MultiLineString" -> factory.createMultiLineString(lines(list(c)));
            case "Polygon" -> polygon(c);
            case "MultiPolygon" -> factory.createMultiPolygon(polygons(list(c)));
            case "GeometryCollection" -> {
                if (members == null) {
                    throw new JsonParseException(p, "GeometryCollection has no \"geometries\" member");
                }
                yield factory.createGeometryCollection(members.toArray(new Geometry[0]));
            }
            default -> throw new JsonParseException(p, "unknown geometry type '" + type
                    + "' (expected Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon"
                    + " or GeometryCollection)");
        };
    }

    private Point point(Object c) {
        if (c instanceof List<?> l && l.isEmpty()) {
            return factory.createPoint();
        }
        return factory.createPoint((Coordinate) c);
    }

    private Point[] points(List<?> list) {
        Point[] points = new Point[list.size()];
        for (int i = 0; i < points.length; i++) {
            points[i] = factory.createPoint((Coordinate) list.get(i));
        }
        return points;
    }

    private LineString[] lines(List<?> list) {
        LineString[] lines = new LineString[list.size()];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = factory.createLineString(coordinates(list.get(i)));
        }
        return lines;
    }

    private Polygon[] polygons(List<?> list) {
        Polygon[] polygons = new Polygon[list.size()];
        for (int i = 0; i < polygons.length; i++) {
            polygons[i] = polygon(list.get(i));
        }
        return polygons;
    }

    private Polygon polygon(Object c) {
        List<?> rings = list(c);
        if (rings.isEmpty()) {
            return factory.createPolygon();
        }
        LinearRing shell = factory.createLinearRing(coordinates(rings.get(0)));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = factory.createLinearRing(coordinates(rings.get(i)));
        }
        return factory.createPolygon(shell, holes);
    }

    private static List<?> list(Object c) {
        return (List<?>) c;
    }

    private static Coordinate[] coordinates(Object c) {
        List<?> list = list(c);
        Coordinate[] coords = new Coordinate[list.size()];
        for (int i = 0; i < coords.length; i++) {
            coords[i] = (Coordinate) list.get(i);
        }
        return coords;
    }

    /** Reads nested arrays: a position becomes a Coordinate, an array of arrays a List. */
    private static Object readNested(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new JsonParseException(p, "\"coordinates\" must be nested arrays of numbers");
        }
        JsonToken t = p.nextToken();
        if (t != null && t.isNumeric()) {
            return readPosition(p);
        }
        List<Object> list = new ArrayList<>();
        while (t != JsonToken.END_ARRAY) {
            if (t == null) {
                throw new JsonParseException(p, "unexpected end of input inside coordinates");
            }
            list.add(readNested(p));
            t = p.nextToken();
        }
        return list;
    }

    private static Coordinate readPosition(JsonParser p) throws IOException {
        double x = p.getDoubleValue();
        if (!p.nextToken().isNumeric()) {
            throw new JsonParseException(p, "a position needs at least two numbers");
        }
        double y = p.getDoubleValue();
        JsonToken t = p.nextToken();
        double z = Double.NaN;
        if (t != null && t.isNumeric()) {
            z = p.getDoubleValue();
            t = p.nextToken();
            while (t != null && t.isNumeric()) {
                t = p.nextToken();
            }
        }
        if (t != JsonToken.END_ARRAY) {
            throw new JsonParseException(p, "a position must hold numbers only");
        }
        return new Coordinate(x, y, z);
    }
}
