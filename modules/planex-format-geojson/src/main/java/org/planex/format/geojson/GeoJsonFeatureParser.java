package org.planex.format.geojson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.planex.model.AttributeType;
import org.planex.model.CrsRef;
import org.planex.model.layer.FieldDef;
import org.planex.model.layer.GeometryKind;

/**
 * Parses one GeoJSON Feature object (RFC 7946 section 3.2) from a streaming parser, and the members that
 * describe a layer ({@code name}, {@code crs}, {@code planex:fields}, {@code planex:geometryKind}).
 *
 * <p><b>Thread safety:</b> immutable; the parser passed in is used by one thread.
 */
final class GeoJsonFeatureParser {

    /** Foreign member with the field types, at collection level (or on the first feature of a sequence). */
    static final String FIELDS_MEMBER = "planex:fields";
    /** Foreign member with the declared geometry kind. */
    static final String GEOMETRY_KIND_MEMBER = "planex:geometryKind";
    /** Foreign member with the layer name on the first feature of a sequence. */
    static final String LAYER_MEMBER = "planex:layer";

    private final GeoJsonGeometryReader geometries;
    private final JsonFactory factory;

    /** A parser building geometries with {@code geometries}. */
    GeoJsonFeatureParser(GeoJsonGeometryReader geometries, JsonFactory factory) {
        this.geometries = geometries;
        this.factory = factory;
    }

    /**
     * Reads the feature the parser is positioned on ({@code START_OBJECT}) up to its {@code END_OBJECT}.
     *
     * @param header when not {@code null}, layer members found on the feature are stored in it (sequences)
     */
    ParsedFeature parse(JsonParser p, LayerHeader header) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new JsonParseException(p, "expected a Feature object");
        }
        JsonLocation start = p.currentTokenLocation();
        String id = null;
        Geometry geometry = null;
        Map<String, Object> properties = Map.of();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "type" -> {
                    String type = requireString(p, "type");
                    if (!type.equals("Feature")) {
                        throw new JsonParseException(p, "expected a Feature, found a " + type);
                    }
                }
                case "id" -> id = readId(p);
                case "geometry" -> geometry = geometries.read(p);
                case "properties" -> properties = readProperties(p);
                default -> {
                    if (header == null || !readLayerMember(p, name, header)) {
                        p.skipChildren();
                    }
                }
            }
        }
        return new ParsedFeature(id, geometry, properties, start.getLineNr(), start.getColumnNr());
    }

    /**
     * Reads a member that describes the layer, if {@code name} is one.
     *
     * @return whether the member was one of them
     */
    boolean readLayerMember(JsonParser p, String name, LayerHeader header) throws IOException {
        switch (name) {
            case "name", LAYER_MEMBER -> {
                if (p.currentToken() == JsonToken.VALUE_STRING) {
                    header.name = p.getText();
                } else {
                    p.skipChildren();
                }
            }
            case "crs" -> header.crs = readCrs(p);
            case FIELDS_MEMBER -> header.fields = readFields(p);
            case GEOMETRY_KIND_MEMBER -> {
                String kind = requireString(p, GEOMETRY_KIND_MEMBER);
                try {
                    header.geometryKind = GeometryKind.valueOf(kind.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new JsonParseException(p, "unknown geometry kind '" + kind + "' in " + GEOMETRY_KIND_MEMBER);
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    private static String readId(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            return p.getText();
        }
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        throw new JsonParseException(p, "a feature \"id\" must be a string or a number");
    }

    private Map<String, Object> readProperties(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return Map.of();
        }
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new JsonParseException(p, "\"properties\" must be an object or null");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            map.put(name, readValue(p));
        }
        return map;
    }

    private Object readValue(JsonParser p) throws IOException {
        return switch (p.currentToken()) {
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT -> p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? new BigDecimal(p.getText()) : (Object) p.getLongValue();
            case VALUE_NUMBER_FLOAT -> new BigDecimal(p.getText());
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            case START_OBJECT, START_ARRAY -> {
                StringWriter w = new StringWriter();
                try (JsonGenerator g = factory.createGenerator(w)) {
                    g.copyCurrentStructure(p);
                }
                yield new ParsedFeature.JsonText(w.toString());
            }
            default -> throw new JsonParseException(p, "unexpected " + p.currentToken() + " in properties");
        };
    }

    private static CrsRef readCrs(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new JsonParseException(p, "\"crs\" must be an object");
        }
        String text = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String member = p.currentName();
            p.nextToken();
            if (member.equals("properties") && p.currentToken() == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    p.nextToken();
                    if (key.equals("name") && p.currentToken() == JsonToken.VALUE_STRING) {
                        text = p.getText();
                    } else if (key.equals("code") && p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
                        text = "EPSG:" + p.getText();
                    } else {
                        p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
        }
        if (text == null) {
            throw new JsonParseException(p, "\"crs\" has no properties.name (expected e.g. urn:ogc:def:crs:EPSG::4490)");
        }
        if (text.matches("(?i)urn:ogc:def:crs:OGC:[0-9.]*:CRS84|(?i)https?://www\\.opengis\\.net/def/crs/OGC/[0-9.]+/CRS84")) {
            return CrsRef.WGS84;
        }
        try {
            return CrsRef.parse(text);
        } catch (IllegalArgumentException e) {
            throw new JsonParseException(p, "unsupported crs '" + text + "' (expected an EPSG reference such as "
                    + "urn:ogc:def:crs:EPSG::4490)");
        }
    }

    private static List<FieldDef> readFields(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new JsonParseException(p, FIELDS_MEMBER + " must be an array");
        }
        List<FieldDef> fields = new ArrayList<>();
        while (p.nextToken() == JsonToken.START_OBJECT) {
            String name = null;
            String type = null;
            int length = 0;
            int scale = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                p.nextToken();
                switch (key) {
                    case "name" -> name = requireString(p, "field name");
                    case "type" -> type = requireString(p, "field type");
                    case "length" -> length = p.getValueAsInt();
                    case "scale" -> scale = p.getValueAsInt();
                    default -> p.skipChildren();
                }
            }
            try {
                fields.add(new FieldDef(name, AttributeType.fromToken(type), length, scale));
            } catch (IllegalArgumentException e) {
                throw new JsonParseException(p, FIELDS_MEMBER + ": " + e.getMessage());
            }
        }
        if (p.currentToken() != JsonToken.END_ARRAY) {
            throw new JsonParseException(p, FIELDS_MEMBER + " must hold objects only");
        }
        return fields;
    }

    /** The current string value, or a parse error naming {@code what}. */
    static String requireString(JsonParser p, String what) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw new JsonParseException(p, what + " must be a string");
        }
        return p.getText();
    }
}
