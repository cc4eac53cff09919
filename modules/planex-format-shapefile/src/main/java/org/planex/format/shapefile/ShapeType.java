package org.planex.format.shapefile;

import org.planex.model.layer.GeometryKind;

/**
 * The shape types of the ESRI Shapefile specification (July 1998) that planex reads and writes.
 *
 * @since 0.1
 */
enum ShapeType {
    /** No geometry. */
    NULL(0, false),
    /** A point. */
    POINT(1, false),
    /** Lines made of one or more parts. */
    POLYLINE(3, false),
    /** Polygons made of one or more rings. */
    POLYGON(5, false),
    /** A set of points. */
    MULTIPOINT(8, false),
    /** A point with Z and optional M. */
    POINT_Z(11, true),
    /** Lines with Z and optional M. */
    POLYLINE_Z(13, true),
    /** Polygons with Z and optional M. */
    POLYGON_Z(15, true),
    /** A set of points with Z and optional M. */
    MULTIPOINT_Z(18, true),
    /** A point with M. */
    POINT_M(21, false),
    /** Lines with M. */
    POLYLINE_M(23, false),
    /** Polygons with M. */
    POLYGON_M(25, false),
    /** A set of points with M. */
    MULTIPOINT_M(28, false);

    private final int code;
    private final boolean z;

    ShapeType(int code, boolean z) {
        this.code = code;
        this.z = z;
    }

    /** The integer code stored in the files. */
    public int code() {
        return code;
    }

    /** Whether records of this type carry Z values. */
    public boolean hasZ() {
        return z;
    }

    /** The type with the given code, or {@code null} when the code is not one planex reads (MultiPatch). */
    public static ShapeType fromCode(int code) {
        for (ShapeType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        return null;
    }

    /** The 2D base of this type: {@code POLYGON} for {@code POLYGON_Z} and {@code POLYGON_M}. */
    public ShapeType base() {
        return switch (this) {
            case POINT_Z, POINT_M -> POINT;
            case POLYLINE_Z, POLYLINE_M -> POLYLINE;
            case POLYGON_Z, POLYGON_M -> POLYGON;
            case MULTIPOINT_Z, MULTIPOINT_M -> MULTIPOINT;
            default -> this;
        };
    }

    /** The Z variant of a 2D base type (itself for {@link #NULL}). */
    public ShapeType withZ() {
        return switch (base()) {
            case POINT -> POINT_Z;
            case POLYLINE -> POLYLINE_Z;
            case POLYGON -> POLYGON_Z;
            case MULTIPOINT -> MULTIPOINT_Z;
            default -> NULL;
        };
    }

    /** The geometry kind a layer of this type declares; lines and polygons may have several parts. */
    public GeometryKind geometryKind() {
        return switch (base()) {
            case POINT -> GeometryKind.POINT;
            case MULTIPOINT -> GeometryKind.MULTIPOINT;
            case POLYLINE -> GeometryKind.MULTILINESTRING;
            case POLYGON -> GeometryKind.MULTIPOLYGON;
            default -> GeometryKind.NONE;
        };
    }
}
