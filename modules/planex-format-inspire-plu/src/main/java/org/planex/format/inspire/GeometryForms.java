package org.planex.format.inspire;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * PLU asks for a {@code gml:MultiSurface} where planex may have a Polygon, a MultiPolygon or no geometry. The
 * writer wraps the geometry and marks its {@code gml:id} with what it was, so that the reader gives back the
 * same geometry: {@code ID.p} a Polygon (one surface member), {@code ID.mp} a MultiPolygon, {@code ID.none} no
 * geometry (an empty MultiSurface). A MultiSurface without a mark (from other software) is a MultiPolygon.
 *
 * <p><b>Thread safety:</b> stateless.
 */
final class GeometryForms {

    private static final String POLYGON = ".p";
    private static final String NONE = ".none";

    private GeometryForms() {
    }

    /** The {@code gml:id} of the MultiSurface of {@code g} for a feature with {@code gml:id} {@code featureId}. */
    static String multiSurfaceId(String featureId, Geometry g) {
        return featureId + (g == null ? NONE : g instanceof Polygon ? POLYGON : ".mp");
    }

    /** {@code g} as a MultiPolygon: itself, a Polygon wrapped, or an empty one for {@code null}. */
    static MultiPolygon multiSurface(Geometry g, GeometryFactory factory) {
        if (g instanceof MultiPolygon m) {
            return m;
        }
        return g == null ? factory.createMultiPolygon() : factory.createMultiPolygon(new Polygon[] {(Polygon) g});
    }

    /** The geometry a MultiSurface read with {@code gml:id} {@code gmlId} stands for. */
    static Geometry unwrap(String gmlId, Geometry read) {
        if (gmlId != null && gmlId.endsWith(NONE) && read.isEmpty()) {
            return null;
        }
        if (gmlId != null && gmlId.endsWith(POLYGON) && read instanceof MultiPolygon m && m.getNumGeometries() == 1) {
            return m.getGeometryN(0);
        }
        return read;
    }
}
