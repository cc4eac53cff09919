package org.planex.validate.rules;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The land of a plan area that a polygonal cover (the union of the zones) leaves uncovered: {@code area} minus
 * {@code cover}, as polygons. Only the parts of the cover that reach the area's boundary go through an overlay;
 * every other part lies strictly inside and simply becomes a hole of the uncovered piece around it (and its own
 * holes uncovered pieces), so a plan of 100,000 separate zones costs no overlay of 100,000 polygons (the sweep of
 * the classic overlay is quadratic in the rows of such a grid: 17 of 20 s).
 *
 * <p>The pieces have the overlay's orientation (shell clockwise, holes counter-clockwise): first the overlay's
 * pieces in its order, then the holes of the inner cover parts, in cover order.
 *
 * <p><b>Thread safety:</b> stateless.
 *
 * @since 0.1
 */
final class UncoveredLand {

    private UncoveredLand() {
    }

    /**
     * The uncovered pieces.
     *
     * @param area the plan area (polygonal)
     * @param cover the union of the zones (polygonal, valid: its polygons meet at most at points)
     */
    @SuppressWarnings("unchecked")
    static List<Polygon> of(Geometry area, Geometry cover) {
        PreparedGeometry inside = PreparedGeometryFactory.prepare(area);
        List<Polygon> edge = new ArrayList<>();
        List<Polygon> inner = new ArrayList<>();
        for (Polygon p : (List<Polygon>) PolygonExtracter.getPolygons(cover)) {
            (inside.containsProperly(p) ? inner : edge).add(p);
        }
        GeometryFactory factory = area.getFactory();
        Geometry rest = inner.isEmpty() ? cover : factory.buildGeometry(edge);
        List<Polygon> outer = PolygonExtracter.getPolygons(area.difference(rest));
        if (inner.isEmpty()) {
            return outer;
        }
        List<Piece> pieces = new ArrayList<>();
        for (Polygon p : outer) {
            pieces.add(new Piece(p));
        }
        for (Polygon p : inner) {
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                pieces.add(new Piece(factory.createPolygon(p.getInteriorRingN(h))));
            }
        }
        STRtree index = new STRtree();
        for (Piece piece : pieces) {
            index.insert(piece.shell.getEnvelopeInternal(), piece);
        }
        for (Polygon p : inner) {
            Coordinate at = p.getInteriorPoint().getCoordinate();
            Piece around = null;
            for (Object o : index.query(p.getEnvelopeInternal())) {
                Piece piece = (Piece) o;
                if ((around == null || piece.area < around.area) && piece.contains(at)) {
                    around = piece;
                }
            }
            if (around != null) {
                around.holes.add(p.getExteriorRing());
            }
        }
        List<Polygon> out = new ArrayList<>();
        for (Piece piece : pieces) {
            out.add(piece.polygon(factory));
        }
        return out;
    }

    /** An uncovered piece being built: its shell, its own holes and the inner cover parts it surrounds. */
    private static final class Piece {
        private final Polygon shell;
        private final double area;
        private final List<LinearRing> holes = new ArrayList<>();
        private IndexedPointInAreaLocator locator;

        Piece(Polygon shell) {
            this.shell = shell;
            this.area = shell.getFactory().createPolygon(shell.getExteriorRing()).getArea();
        }

        boolean contains(Coordinate c) {
            if (locator == null) {
                locator = new IndexedPointInAreaLocator(shell.getFactory().createPolygon(shell.getExteriorRing()));
            }
            return locator.locate(c) == Location.INTERIOR;
        }

        Polygon polygon(GeometryFactory factory) {
            LinearRing outer = shell.getExteriorRing();
            if (holes.isEmpty() && !Orientation.isCCW(outer.getCoordinateSequence())) {
                return shell;
            }
            List<LinearRing> all = new ArrayList<>();
            for (int h = 0; h < shell.getNumInteriorRing(); h++) {
                all.add(shell.getInteriorRingN(h));
            }
            for (LinearRing hole : holes) {
                all.add(oriented(hole, true));
            }
            return factory.createPolygon(oriented(outer, false), all.toArray(new LinearRing[0]));
        }

        private static LinearRing oriented(LinearRing ring, boolean counterClockwise) {
            return Orientation.isCCW(ring.getCoordinateSequence()) == counterClockwise ? ring : ring.reverse();
        }
    }
}
