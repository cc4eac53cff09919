package org.planex.model.layer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.planex.model.CrsRef;

/**
 * The description of one layer: name, geometry type, fields and CRS.
 *
 * @param name the layer name (a shapefile's base name, a GeoPackage table)
 * @param geometryKind the declared geometry type
 * @param fields the fields, in order
 * @param crs the CRS, or {@code null} when the source does not say
 * @since 0.1
 */
public record LayerSchema(String name, GeometryKind geometryKind, List<FieldDef> fields, CrsRef crs) {
    /** Checks the fields and freezes the list. */
    public LayerSchema {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("layer name must not be blank");
        }
        Objects.requireNonNull(geometryKind, "geometry kind of layer " + name);
        fields = List.copyOf(fields);
        long distinct = fields.stream().map(FieldDef::name).distinct().count();
        if (distinct != fields.size()) {
            throw new IllegalArgumentException("layer " + name + " has duplicate field names");
        }
    }

    /** The field named {@code fieldName}, if any. */
    public Optional<FieldDef> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }
}
