package org.planex.model.layer;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;
import org.planex.model.Attributes;

/**
 * One record of a layer.
 *
 * @param layer the layer name
 * @param index the 1-based position of the record in its layer (shapefile record number, row number),
 *     used in error messages
 * @param fid the source's feature id, or {@code null} when it has none
 * @param geometry the geometry (x = east, y = north), or {@code null} for a null shape
 * @param attributes the field values, in field order
 * @since 0.1
 */
public record LayerRecord(String layer, long index, String fid, Geometry geometry, Attributes attributes) {
    /** Checks the fields. */
    public LayerRecord {
        Objects.requireNonNull(layer, "layer");
        attributes = Objects.requireNonNullElse(attributes, Attributes.empty());
    }
}
