package org.planex.model;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.Puntal;

/** Argument checks shared by the model records. */
final class Checks {
    private Checks() {
    }

    static String nonBlank(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }

    static void polygonal(String id, Geometry g) {
        if (g != null && !(g instanceof Polygonal)) {
            throw new IllegalArgumentException("feature " + id + ": expected a Polygon or MultiPolygon, got "
                    + g.getGeometryType());
        }
    }

    static void puntal(String id, Geometry g) {
        if (g != null && !(g instanceof Puntal)) {
            throw new IllegalArgumentException("feature " + id + ": expected a Point or MultiPoint, got "
                    + g.getGeometryType());
        }
    }

    static void linealOrPolygonal(String id, Geometry g) {
        if (g != null && !(g instanceof Lineal) && !(g instanceof Polygonal)) {
            throw new IllegalArgumentException("feature " + id + ": expected a line or polygon geometry, got "
                    + g.getGeometryType());
        }
    }
}
