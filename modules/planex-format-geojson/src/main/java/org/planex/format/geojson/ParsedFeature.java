package org.planex.format.geojson;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One GeoJSON feature as parsed, before its properties are typed against a layer schema. Property values are
 * {@link String}, {@link Long}, {@link java.math.BigDecimal} (non-integers and integers beyond 64 bits, with
 * their exact text), {@link Boolean}, {@link JsonText} (nested objects and arrays) or {@code null}.
 *
 * @param id the {@code id} member as text, or {@code null}
 * @param geometry the geometry, or {@code null}
 * @param properties the properties in document order
 * @param line the line the feature starts on
 * @param column the column the feature starts on
 */
record ParsedFeature(String id, Geometry geometry, Map<String, Object> properties, long line, long column) {

    /**
     * A nested JSON object or array kept as its compact JSON text.
     *
     * @param json the JSON text
     */
    record JsonText(String json) {
    }
}
