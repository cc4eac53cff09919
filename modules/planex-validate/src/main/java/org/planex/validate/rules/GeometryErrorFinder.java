package org.planex.validate.rules;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.PointLocation;
import org.locationtech.jts.algorithm.RobustLineIntersector;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.impl.CoordinateArraySequenceFactory;
import org.locationtech.jts.noding.MCIndexNoder;
import org.locationtech.jts.noding.NodedSegmentString;
import org.locationtech.jts.noding.NodingIntersectionFinder;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Finds every error of a polygonal geometry, not only the first one {@link IsValidOp} stops at.
 *
 * <p>"Every" means: each invalid coordinate; each ring with too few points or not closed; each point where
 * rings or parts of one ring cross or where a vertex lies inside another segment (found by noding all rings
 * of a polygon together, so a bow-tie, a hole crossing its shell and two crossing holes each give their
 * intersection points); each hole outside its shell; each hole inside another hole; each pair of parts of a
 * multipolygon whose interiors overlap. Then {@link IsValidOp} runs once more and its first error is added
 * when nothing else was found, or when it is of a kind the steps above cannot see (a ring touching itself at a
 * vertex, an interior cut in two by rings touching at vertices).
 *
 * <p><b>Thread safety:</b> stateless.
 *
 * @since 0.1
 */
public final class GeometryErrorFinder {

    private static final GeometryFactory ARRAYS = new GeometryFactory(CoordinateArraySequenceFactory.instance());

    private GeometryErrorFinder() {
    }

    /**
     * The errors of a geometry; empty when it is valid (checked first, with {@link IsValidOp}, the fast path, on
     * a transient copy: {@link IsValidOp} takes the coordinates as an array, which a packed sequence, as the readers
     * give, keeps cached behind a soft reference; over a whole plan that is 120 MB per 250,000 zones that the
     * collector keeps until the heap is nearly full).
     */
    public static List<GeometryError> find(Geometry g) {
        List<GeometryError> out = new ArrayList<>();
        if (g == null || g.isEmpty() || IsValidOp.isValid(ARRAYS.createGeometry(g))) {
            return out;
        }
        for (Coordinate c : g.getCoordinates()) {
            if (!Double.isFinite(c.x) || !Double.isFinite(c.y)) {
                out.add(new GeometryError("invalid-coordinate", c, "a coordinate is not a finite number"));
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
        List<Polygon> polygons = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
                polygons.add(p);
            }
        }
        boolean ringsOk = true;
        for (Polygon p : polygons) {
            ringsOk &= rings(p, out);
        }
        if (ringsOk) {
            for (Polygon p : polygons) {
                intersections(p, out);
                holes(p, out);
            }
            if (out.isEmpty()) {
                overlappingParts(polygons, out);
            }
        }
        if (out.isEmpty() || ringsOk) {
            TopologyValidationError first = new IsValidOp(g).getValidationError();
            boolean uncovered = out.isEmpty() || first != null
                    && (first.getErrorType() == TopologyValidationError.DISCONNECTED_INTERIOR
                    || first.getErrorType() == TopologyValidationError.RING_SELF_INTERSECTION);
            if (first != null && uncovered
                    && out.stream().noneMatch(e -> e.at().distance(first.getCoordinate()) < 1e-9)) {
                out.add(new GeometryError("invalid", first.getCoordinate(), first.getMessage().toLowerCase()));
            }
        }
        return out;
    }

    private static boolean rings(Polygon p, List<GeometryError> out) {
        boolean ok = true;
        for (LinearRing r : ringsOf(p)) {
            Coordinate[] c = r.getCoordinates();
            if (c.length < 4) {
                out.add(new GeometryError("too-few-points", c.length > 0 ? c[0] : new Coordinate(),
                        "a ring has " + c.length + " points, at least 4 are needed"));
                ok = false;
            } else if (!c[0].equals2D(c[c.length - 1])) {
                out.add(new GeometryError("ring-not-closed", c[0], "a ring does not end where it starts"));
                ok = false;
            }
        }
        return ok;
    }

    private static void intersections(Polygon p, List<GeometryError> out) {
        List<NodedSegmentString> strings = new ArrayList<>();
        for (LinearRing r : ringsOf(p)) {
            strings.add(new NodedSegmentString(r.getCoordinates(), null));
        }
        NodingIntersectionFinder finder = NodingIntersectionFinder.createInteriorIntersectionsFinder(
                new RobustLineIntersector());
        finder.setFindAllIntersections(true);
        MCIndexNoder noder = new MCIndexNoder();
        noder.setSegmentIntersector(finder);
        noder.computeNodes(strings);
        List<Coordinate> seen = new ArrayList<>();
        for (Object o : finder.getIntersections()) {
            Coordinate c = (Coordinate) o;
            if (seen.stream().noneMatch(s -> s.equals2D(c))) {
                seen.add(c);
                out.add(new GeometryError("self-intersection", c, "rings cross or touch inside a segment"));
            }
        }
    }

    private static void holes(Polygon p, List<GeometryError> out) {
        Coordinate[] shell = p.getExteriorRing().getCoordinates();
        int n = p.getNumInteriorRing();
        for (int i = 0; i < n; i++) {
            Coordinate[] hole = p.getInteriorRingN(i).getCoordinates();
            Coordinate probe = offRing(hole, shell);
            if (probe != null && !PointLocation.isInRing(probe, shell)) {
                out.add(new GeometryError("hole-outside-shell", probe, "hole " + (i + 1) + " lies outside the shell"));
                continue;
            }
            for (int j = 0; j < n; j++) {
                Coordinate[] other = p.getInteriorRingN(j).getCoordinates();
                Coordinate q = offRing(hole, other);
                if (i != j && q != null && PointLocation.isInRing(q, other)) {
                    out.add(new GeometryError("nested-holes", q, "hole " + (i + 1) + " lies inside hole " + (j + 1)));
                }
            }
        }
    }

    private static Coordinate offRing(Coordinate[] ring, Coordinate[] other) {
        for (Coordinate c : ring) {
            if (!PointLocation.isOnLine(c, other)) {
                return c;
            }
        }
        return null;
    }

    private static void overlappingParts(List<Polygon> polygons, List<GeometryError> out) {
        for (int i = 0; i < polygons.size(); i++) {
            for (int j = i + 1; j < polygons.size(); j++) {
                Polygon a = polygons.get(i);
                Polygon b = polygons.get(j);
                if (a.getEnvelopeInternal().intersects(b.getEnvelopeInternal()) && a.relate(b, "2********")) {
                    out.add(new GeometryError("overlapping-parts", a.intersection(b).getInteriorPoint().getCoordinate(),
                            "parts " + (i + 1) + " and " + (j + 1) + " of the multipolygon overlap"));
                }
            }
        }
    }

    private static List<LinearRing> ringsOf(Polygon p) {
        List<LinearRing> rings = new ArrayList<>();
        rings.add(p.getExteriorRing());
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            rings.add(p.getInteriorRingN(i));
        }
        return rings;
    }
}
