package org.planex.model.layer;

/**
 * The geometry type a layer declares.
 *
 * @since 0.1
 */
public enum GeometryKind {
    /** Points. */
    POINT,
    /** Multi-points. */
    MULTIPOINT,
    /** Line strings. */
    LINESTRING,
    /** Multi-line strings. */
    MULTILINESTRING,
    /** Polygons. */
    POLYGON,
    /** Multi-polygons. */
    MULTIPOLYGON,
    /** Any geometry type. */
    GEOMETRY,
    /** No geometry: an attribute table. */
    NONE
}
