package org.planex.format.geojson;

import java.util.List;
import org.planex.model.CrsRef;
import org.planex.model.layer.FieldDef;
import org.planex.model.layer.GeometryKind;

/**
 * What a GeoJSON file says about its layer besides the features: the {@code name} member (as GDAL writes it),
 * the legacy {@code crs} member, and the planex foreign members {@code planex:fields} and
 * {@code planex:geometryKind}. Mutable, filled while scanning.
 */
final class LayerHeader {
    /** The layer name, or {@code null}. */
    String name;
    /** The CRS from a legacy {@code crs} member, or {@code null} when there is none. */
    CrsRef crs;
    /** The declared fields, or {@code null} when the file does not declare them. */
    List<FieldDef> fields;
    /** The declared geometry kind, or {@code null}. */
    GeometryKind geometryKind;
}
