package org.planex.validate.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.stream.IntStream;
import org.locationtech.jts.algorithm.LineIntersector;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.RobustLineIntersector;
import org.locationtech.jts.algorithm.locate.SimplePointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.planex.model.FeatureKind;
import org.planex.rule.PlanView;

/**
 * Finds the zones of a plan that do not form a clean polygonal coverage with the others: two zones may share
 * vertices and whole segments, nothing else. That is at least what JTS {@code CoverageValidator} marks (it lets
 * a segment that runs on part of a neighbour's pass) and every zone that overlaps another; the zones not found
 * form a clean coverage.
 *
 * <p>Each zone is compared once with each zone the plan's index finds around it: a pair is marked when two of
 * their segments cross, touch where one has no vertex, or overlap without being the same segment, when they run
 * a segment in the same direction (their interiors then lie on the same side: rings are read as if shells ran
 * clockwise and holes counter-clockwise), or when the interior point of one lies inside the other (one inside
 * the other with their boundaries apart). Zones are compared in parallel; nothing is kept but the result.
 *
 * <p><b>Thread safety:</b> stateless.
 *
 * @since 0.1
 */
final class CoverageCheck {

    private CoverageCheck() {
    }

    /** The indices of the zones with a metric geometry that do not form a clean coverage with the other zones. */
    static BitSet unmatchedZones(PlanView plan) {
        BitSet out = new BitSet();
        if (!plan.hasMetricView()) {
            return out;
        }
        int[] zones = plan.indicesOf(FeatureKind.ZONE).stream().mapToInt(Integer::intValue)
                .filter(i -> plan.metric(i) != null).toArray();
        IntStream.of(zones).parallel().forEach(i -> compareAround(plan, i, out));
        return out;
    }

    /** Compares a zone with the zones around it: all for containment, those after it for their segments. */
    private static void compareAround(PlanView plan, int zone, BitSet out) {
        Geometry g = plan.metric(zone);
        Coordinate inside = interiorPoint(g);
        if (inside == null) {
            mark(out, zone, zone);
        }
        List<Ring> mine = null;
        LineIntersector li = new RobustLineIntersector();
        for (int j : plan.query(g.getEnvelopeInternal())) {
            Geometry other = plan.metric(j);
            if (j == zone || other == null || plan.features().get(j).kind() != FeatureKind.ZONE) {
                continue;
            }
            if (inside != null && SimplePointInAreaLocator.locate(inside, other) == Location.INTERIOR) {
                mark(out, zone, j);
            }
            if (j > zone) {
                mine = mine == null ? Ring.of(g) : mine;
                if (!cleanAgainst(mine, Ring.of(other), li)) {
                    mark(out, zone, j);
                }
            }
        }
    }

    private static Coordinate interiorPoint(Geometry g) {
        try {
            Point p = g.getInteriorPoint();
            return p.isEmpty() ? null : p.getCoordinate();
        } catch (RuntimeException brokenGeometry) {
            return null;
        }
    }

    private static void mark(BitSet out, int a, int b) {
        synchronized (out) {
            out.set(a);
            out.set(b);
        }
    }

    /** Whether every segment of one zone meets every segment of the other only as a clean coverage allows. */
    private static boolean cleanAgainst(List<Ring> mine, List<Ring> theirs, LineIntersector li) {
        for (Ring a : mine) {
            for (Ring b : theirs) {
                if (a.envelope().intersects(b.envelope()) && !cleanAgainst(a, b, li)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean cleanAgainst(Ring a, Ring b, LineIntersector li) {
        Coordinate[] p = a.points();
        Coordinate[] q = b.points();
        Envelope be = b.envelope();
        for (int i = 0; i + 1 < p.length; i++) {
            Coordinate p0 = p[i];
            Coordinate p1 = p[i + 1];
            if (!be.intersects(p0, p1)) {
                continue;
            }
            for (int k = 0; k + 1 < q.length; k++) {
                Coordinate q0 = q[k];
                Coordinate q1 = q[k + 1];
                if (!Envelope.intersects(p0, p1, q0, q1)) {
                    continue;
                }
                li.computeIntersection(p0, p1, q0, q1);
                if (li.hasIntersection() && !clean(li, p0, p1, q0, q1, a.reversed() != b.reversed())) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether two intersecting segments of two zones meet as a clean coverage allows: at a vertex of both, or as
     * the same segment run in opposite directions.
     *
     * @param flipped whether one of the two rings is read backwards and the other not
     */
    private static boolean clean(LineIntersector li, Coordinate p0, Coordinate p1, Coordinate q0, Coordinate q1,
            boolean flipped) {
        if (li.isProper()) {
            return false;
        }
        if (li.getIntersectionNum() == 1) {
            Coordinate x = li.getIntersection(0);
            return (x.equals2D(p0) || x.equals2D(p1)) && (x.equals2D(q0) || x.equals2D(q1));
        }
        boolean same = p0.equals2D(q0) && p1.equals2D(q1);
        boolean opposite = p0.equals2D(q1) && p1.equals2D(q0);
        return (same || opposite) && same == flipped;
    }

    /**
     * A ring's coordinates (copied without repeated points: a packed sequence would cache an array of them), its
     * envelope, and whether it is read backwards: so that shells run clockwise and holes counter-clockwise, every
     * zone's interior on the right.
     */
    private record Ring(Coordinate[] points, Envelope envelope, boolean reversed) {

        static List<Ring> of(Geometry zone) {
            List<Ring> rings = new ArrayList<>();
            for (Object o : PolygonExtracter.getPolygons(zone)) {
                Polygon p = (Polygon) o;
                rings.add(of(p.getExteriorRing(), true));
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    rings.add(of(p.getInteriorRingN(h), false));
                }
            }
            return rings;
        }

        private static Ring of(LinearRing ring, boolean shell) {
            CoordinateSequence seq = ring.getCoordinateSequence();
            List<Coordinate> pts = new ArrayList<>(seq.size());
            Envelope env = new Envelope();
            for (int k = 0; k < seq.size(); k++) {
                Coordinate c = new Coordinate(seq.getX(k), seq.getY(k));
                if (pts.isEmpty() || !pts.get(pts.size() - 1).equals2D(c)) {
                    pts.add(c);
                    env.expandToInclude(c);
                }
            }
            Coordinate[] coords = pts.toArray(Coordinate[]::new);
            return new Ring(coords, env, coords.length >= 4 && Orientation.isCCW(coords) == shell);
        }
    }
}
