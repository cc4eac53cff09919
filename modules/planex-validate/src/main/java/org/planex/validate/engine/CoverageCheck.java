package org.planex.validate.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
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
import org.locationtech.jts.noding.MCIndexNoder;
import org.locationtech.jts.noding.NodedSegmentString;
import org.locationtech.jts.noding.SegmentIntersector;
import org.locationtech.jts.noding.SegmentString;
import org.planex.model.FeatureKind;
import org.planex.rule.PlanView;

/**
 * Finds the zones of a plan that do not form a clean polygonal coverage with the others: two zones may share
 * vertices and whole segments, nothing else. That is at least what JTS {@code CoverageValidator} marks (it lets
 * a segment that runs on part of a neighbour's pass) and every zone that overlaps another; the zones not found
 * form a clean coverage. One noding pass over
 * the rings of all zones ({@link MCIndexNoder}) marks the zones of every pair of segments that cross, that touch
 * where one has no vertex, or that overlap without being the same segment, and of every segment that two zones
 * run in the same direction (their interiors then lie on the same side: the rings are read as if oriented
 * alike). What no segment shows, a zone lying inside another with their boundaries apart, a point-in-polygon
 * test of each zone's interior point finds. The plan is noded strip by strip, to bound the memory.
 *
 * <p>JTS's validator does the same zone by zone, against the zones around it, so every edge is looked at about
 * as many times as a zone has neighbours; here once.
 *
 * <p><b>Thread safety:</b> stateless.
 *
 * @since 0.1
 */
final class CoverageCheck {

    /**
     * The zones noded together: the plan is cut into strips across its extent, each noded with the zones whose
     * envelope reaches into it, so that the copies of the coordinates and the noder's index stay small (two
     * zones whose envelopes overlap share a strip).
     */
    private static final int ZONES_PER_STRIP = 16_384;

    private CoverageCheck() {
    }

    /** The indices of the zones with a metric geometry that do not form a clean coverage with the other zones. */
    static BitSet unmatchedZones(PlanView plan) {
        return unmatchedZones(plan, ZONES_PER_STRIP);
    }

    /** The same, noding about {@code zonesPerStrip} zones at a time. */
    static BitSet unmatchedZones(PlanView plan, int zonesPerStrip) {
        BitSet out = new BitSet();
        if (!plan.hasMetricView()) {
            return out;
        }
        List<Integer> zones = new ArrayList<>();
        Envelope extent = new Envelope();
        for (int i : plan.indicesOf(FeatureKind.ZONE)) {
            Geometry g = plan.metric(i);
            if (g != null) {
                zones.add(i);
                extent.expandToInclude(g.getEnvelopeInternal());
            }
        }
        int strips = Math.max(1, zones.size() / zonesPerStrip);
        double height = extent.getHeight() / strips;
        Marker marker = new Marker(out);
        for (int k = 0; k < strips; k++) {
            double low = extent.getMinY() + k * height;
            double high = k == strips - 1 ? Double.POSITIVE_INFINITY : low + height;
            List<SegmentString> rings = new ArrayList<>();
            for (int i : zones) {
                Envelope e = plan.metric(i).getEnvelopeInternal();
                if (e.getMaxY() >= low && e.getMinY() < high) {
                    addRings(plan.metric(i), i, rings);
                }
            }
            new MCIndexNoder(marker).computeNodes(rings);
        }
        for (int i : zones) {
            markContainment(plan, i, out);
        }
        return out;
    }

    /** Adds the rings of a zone's polygons, as segment strings of two points or more. */
    private static void addRings(Geometry zone, int index, List<SegmentString> rings) {
        for (Object o : PolygonExtracter.getPolygons(zone)) {
            Polygon p = (Polygon) o;
            add(rings, ring(p.getExteriorRing(), index, true));
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                add(rings, ring(p.getInteriorRingN(h), index, false));
            }
        }
    }

    private static void add(List<SegmentString> rings, SegmentString ring) {
        if (ring.size() >= 2) {
            rings.add(ring);
        }
    }

    /**
     * A ring as a segment string of its own coordinates (copied: a packed sequence would cache an array of them),
     * whose data tells its zone and whether it runs clockwise once shells are read clockwise and holes
     * counter-clockwise (so that every zone's interior lies on the right of its rings).
     */
    private static SegmentString ring(LinearRing ring, int zone, boolean shell) {
        CoordinateSequence seq = ring.getCoordinateSequence();
        List<Coordinate> pts = new ArrayList<>(seq.size());
        for (int k = 0; k < seq.size(); k++) {
            Coordinate c = new Coordinate(seq.getX(k), seq.getY(k));
            if (pts.isEmpty() || !pts.get(pts.size() - 1).equals2D(c)) {
                pts.add(c);
            }
        }
        Coordinate[] coords = pts.toArray(Coordinate[]::new);
        boolean reversed = coords.length >= 4 && Orientation.isCCW(coords) == shell;
        return new NodedSegmentString(coords, new RingOf(zone, reversed));
    }

    /** Marks a zone and a zone it lies in, or that lies in it, when their boundaries do not meet. */
    private static void markContainment(PlanView plan, int zone, BitSet out) {
        Point inside;
        try {
            inside = plan.metric(zone).getInteriorPoint();
        } catch (RuntimeException brokenGeometry) {
            out.set(zone);
            return;
        }
        if (inside.isEmpty()) {
            return;
        }
        Coordinate at = inside.getCoordinate();
        for (int j : plan.query(new Envelope(at))) {
            if (j != zone && plan.features().get(j).kind() == FeatureKind.ZONE && plan.metric(j) != null
                    && SimplePointInAreaLocator.locate(at, plan.metric(j)) == Location.INTERIOR) {
                out.set(zone);
                out.set(j);
            }
        }
    }

    /** The zone of a ring, and whether its segments are read backwards. */
    private record RingOf(int zone, boolean reversed) {
    }

    /** Marks the zones of the segment pairs a clean coverage cannot have. */
    private static final class Marker implements SegmentIntersector {

        private final BitSet out;
        private final RobustLineIntersector li = new RobustLineIntersector();

        Marker(BitSet out) {
            this.out = out;
        }

        @Override
        public void processIntersections(SegmentString a, int ia, SegmentString b, int ib) {
            RingOf ra = (RingOf) a.getData();
            RingOf rb = (RingOf) b.getData();
            if (ra.zone() == rb.zone()) {
                return;
            }
            Coordinate p0 = a.getCoordinate(ia);
            Coordinate p1 = a.getCoordinate(ia + 1);
            Coordinate q0 = b.getCoordinate(ib);
            Coordinate q1 = b.getCoordinate(ib + 1);
            li.computeIntersection(p0, p1, q0, q1);
            if (!li.hasIntersection() || clean(p0, p1, q0, q1, ra, rb)) {
                return;
            }
            out.set(ra.zone());
            out.set(rb.zone());
        }

        /** Whether two intersecting segments of two zones meet as a clean coverage allows. */
        private boolean clean(Coordinate p0, Coordinate p1, Coordinate q0, Coordinate q1, RingOf ra, RingOf rb) {
            if (li.isProper()) {
                return false;
            }
            if (li.getIntersectionNum() == 1) {
                Coordinate x = li.getIntersection(0);
                return (x.equals2D(p0) || x.equals2D(p1)) && (x.equals2D(q0) || x.equals2D(q1));
            }
            boolean same = p0.equals2D(q0) && p1.equals2D(q1);
            boolean opposite = p0.equals2D(q1) && p1.equals2D(q0);
            if (!same && !opposite) {
                return false;
            }
            boolean sameDirection = same != (ra.reversed() != rb.reversed());
            return !sameDirection;
        }

        @Override
        public boolean isDone() {
            return false;
        }
    }
}
