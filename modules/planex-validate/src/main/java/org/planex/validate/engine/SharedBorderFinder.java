package org.planex.validate.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.polygonize.Polygonizer;
import org.planex.rule.PieceShape;
import org.planex.rule.SharedBorder;
import org.planex.rule.Tolerances;

/**
 * Finds the common border of two plan areas given in one metric CRS.
 *
 * <p>Adjacency is found from the geometry, not from declarations: two areas are adjacent when they overlap
 * or their boundaries come within {@link Tolerances#borderWidth()} of each other. Then:
 * <ul>
 * <li><b>overlaps</b> are the pieces of their intersection;</li>
 * <li><b>gaps</b> are the faces of the noded union of both boundary lines that lie inside neither area, touch
 * both, and are narrower than the border width: a strip that opens at both ends (where the boundaries part
 * at the ends of the border) is no face, so the ends of a border are never reported as gaps;</li>
 * <li>each side's <b>version of the border</b> is the part of its boundary that lies within the tolerance of
 * the other area, of a gap or of an overlap, less twice the tolerance at each end (where the boundary turns
 * away from the border and would otherwise leave a stub as long as the tolerance).</li>
 * </ul>
 *
 * <p><b>Thread safety:</b> stateless.
 *
 * @since 0.1
 */
public final class SharedBorderFinder {

    /**
     * The polygonizer gives its faces in an order, and each ring from a vertex, that depend on identity hashes:
     * gaps are normalised and sorted by where they lie, so that a report is the same from run to run.
     */
    private static final Comparator<Polygon> IN_PLACE_ORDER = Comparator
            .comparingDouble((Polygon p) -> p.getEnvelopeInternal().getMinX())
            .thenComparingDouble(p -> p.getEnvelopeInternal().getMinY()).thenComparingDouble(Polygon::getArea);


    private SharedBorderFinder() {
    }

    /**
     * The border of two areas, or empty when they are not adjacent.
     *
     * @param a the first area (polygonal, metric)
     * @param b the second area, in the same CRS
     * @param tolerances the tolerance model
     */
    public static Optional<SharedBorder> find(Geometry a, Geometry b, Tolerances tolerances) {
        if (a == null || b == null || a.isEmpty() || b.isEmpty()
                || !a.isWithinDistance(b, tolerances.borderWidth())) {
            return Optional.empty();
        }
        List<Polygon> overlaps = pieces(a.intersection(b));
        List<Polygon> gaps = new ArrayList<>();
        Geometry lines = a.getBoundary().union(b.getBoundary());
        Polygonizer polygonizer = new Polygonizer();
        polygonizer.add(lines);
        PreparedGeometry pa = PreparedGeometryFactory.prepare(a);
        PreparedGeometry pb = PreparedGeometryFactory.prepare(b);
        double tol = tolerances.tolerance();
        for (Object o : polygonizer.getPolygons()) {
            Polygon face = (Polygon) o;
            Geometry inside = face.getInteriorPoint();
            if (pa.intersects(inside) || pb.intersects(inside)) {
                continue;
            }
            if (face.distance(a) > tol || face.distance(b) > tol) {
                continue;
            }
            if (PieceShape.of(face).width() <= tolerances.borderWidth()) {
                gaps.add((Polygon) face.norm());
            }
        }
        gaps.sort(IN_PLACE_ORDER);
        Geometry near = b.buffer(tol);
        Geometry nearA = a.buffer(tol);
        for (Polygon g : gaps) {
            near = near.union(g.buffer(tol));
            nearA = nearA.union(g.buffer(tol));
        }
        Geometry lineA = trim(a.getBoundary(), near, tol);
        Geometry lineB = trim(b.getBoundary(), nearA, tol);
        if (lineA.getLength() == 0 && lineB.getLength() == 0 && overlaps.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SharedBorder(lineA, lineB, gaps, overlaps));
    }

    private static Geometry trim(Geometry boundary, Geometry near, double tol) {
        Geometry shared = boundary.intersection(near);
        Geometry rest = boundary.difference(near);
        return rest.isEmpty() ? shared : shared.difference(rest.buffer(2 * tol));
    }

    @SuppressWarnings("unchecked")
    static List<Polygon> pieces(Geometry g) {
        return new ArrayList<>(PolygonExtracter.getPolygons(g));
    }
}
