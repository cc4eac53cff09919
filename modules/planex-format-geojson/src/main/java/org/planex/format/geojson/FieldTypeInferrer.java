package org.planex.format.geojson;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.planex.model.AttributeType;
import org.planex.model.layer.FieldDef;
import org.planex.model.layer.GeometryKind;

/**
 * Infers field types and the geometry kind of a layer from sample features, for GeoJSON files without
 * {@code planex:fields}. Rules: a field whose values are all integers is {@code INTEGER}; integers mixed with
 * other numbers give {@code DECIMAL}; all booleans give {@code BOOLEAN}; all strings, all nulls, or any other
 * mix give {@code STRING}. Fields are ordered by first appearance. A geometry kind is the one type seen, the
 * multi type when single and multi of one family are mixed, {@code GEOMETRY} otherwise, and {@code NONE} when
 * every sampled feature has a null geometry.
 *
 * <p><b>Thread safety:</b> not thread-safe; one instance per scan.
 */
final class FieldTypeInferrer {

    private enum Seen { STRING, INTEGER, DECIMAL, BOOLEAN, NESTED }

    private final Map<String, Set<Seen>> seen = new LinkedHashMap<>();
    private final Set<GeometryKind> kinds = EnumSet.noneOf(GeometryKind.class);
    private int features;
    private int nullGeometries;

    /** Takes one sample feature into account. */
    void add(ParsedFeature feature) {
        features++;
        for (Map.Entry<String, Object> e : feature.properties().entrySet()) {
            Set<Seen> set = seen.computeIfAbsent(e.getKey(), k -> EnumSet.noneOf(Seen.class));
            Object v = e.getValue();
            if (v instanceof String) {
                set.add(Seen.STRING);
            } else if (v instanceof Long) {
                set.add(Seen.INTEGER);
            } else if (v instanceof BigDecimal) {
                set.add(Seen.DECIMAL);
            } else if (v instanceof Boolean) {
                set.add(Seen.BOOLEAN);
            } else if (v != null) {
                set.add(Seen.NESTED);
            }
        }
        Geometry g = feature.geometry();
        if (g == null) {
            nullGeometries++;
        } else {
            kinds.add(kindOf(g));
        }
    }

    /** The number of features seen. */
    int count() {
        return features;
    }

    /** The inferred fields, in order of first appearance. */
    List<FieldDef> fields() {
        List<FieldDef> fields = new ArrayList<>();
        for (Map.Entry<String, Set<Seen>> e : seen.entrySet()) {
            fields.add(FieldDef.of(e.getKey(), typeOf(e.getValue())));
        }
        return fields;
    }

    /** The inferred geometry kind. */
    GeometryKind geometryKind() {
        if (kinds.isEmpty()) {
            return features > 0 && nullGeometries == features ? GeometryKind.NONE : GeometryKind.GEOMETRY;
        }
        if (kinds.size() == 1) {
            return kinds.iterator().next();
        }
        for (GeometryKind[] family : new GeometryKind[][] {
                {GeometryKind.POINT, GeometryKind.MULTIPOINT},
                {GeometryKind.LINESTRING, GeometryKind.MULTILINESTRING},
                {GeometryKind.POLYGON, GeometryKind.MULTIPOLYGON}}) {
            if (kinds.size() == 2 && kinds.contains(family[0]) && kinds.contains(family[1])) {
                return family[1];
            }
        }
        return GeometryKind.GEOMETRY;
    }

    private static AttributeType typeOf(Set<Seen> set) {
        if (set.isEmpty()) {
            return AttributeType.STRING;
        }
        if (set.equals(EnumSet.of(Seen.INTEGER))) {
            return AttributeType.INTEGER;
        }
        if (set.equals(EnumSet.of(Seen.DECIMAL)) || set.equals(EnumSet.of(Seen.INTEGER, Seen.DECIMAL))) {
            return AttributeType.DECIMAL;
        }
        if (set.equals(EnumSet.of(Seen.BOOLEAN))) {
            return AttributeType.BOOLEAN;
        }
        return AttributeType.STRING;
    }

    /** The geometry kind of one geometry. */
    static GeometryKind kindOf(Geometry g) {
        if (g instanceof Point) {
            return GeometryKind.POINT;
        } else if (g instanceof LineString) {
            return GeometryKind.LINESTRING;
        } else if (g instanceof Polygon) {
            return GeometryKind.POLYGON;
        } else if (g instanceof MultiPoint) {
            return GeometryKind.MULTIPOINT;
        } else if (g instanceof MultiLineString) {
            return GeometryKind.MULTILINESTRING;
        } else if (g instanceof MultiPolygon) {
            return GeometryKind.MULTIPOLYGON;
        } else if (g instanceof GeometryCollection) {
            return GeometryKind.GEOMETRY;
        }
        return GeometryKind.GEOMETRY;
    }
}
