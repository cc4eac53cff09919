package org.planex.format.shapefile;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.PointLocation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * Assembles the rings of a shapefile polygon record into a Polygon or MultiPolygon.
 *
 * <p>Shapefiles store outer rings clockwise and holes counter-clockwise, in any order. Each hole goes to the
 * smallest outer ring that contains it. Like GDAL, wrong orientations are tolerated: a counter-clockwise ring
 * that no outer ring contains becomes an outer ring itself, and when no ring is clockwise at all the rings are
 * nested by containment alone (a ring inside an outer ring is its hole, a ring inside a hole is an island).
 *
 * <p><b>Thread safety:</b> stateless apart from the factory; safe to share.
 */
final class PolygonRingAssembler {

    private final GeometryFactory factory;

    /** An assembler building geometries with {@code factory}. */
    PolygonRingAssembler(GeometryFactory factory) {
        this.factory = factory;
    }

    /**
     * Twice the signed area of a closed ring by the shoelace formula: negative for clockwise rings (x east,
     * y north), positive for counter-clockwise ones.
     */
    static double signedArea2(Coordinate[] ring) {
        double sum = 0;
        double x0 = ring[0].x;
        double y0 = ring[0].y;
        for (int i = 1; i < ring.length - 1; i++) {
            sum += (ring[i].x - x0) * (ring[i + 1].y - y0) - (ring[i + 1].x - x0) * (ring[i].y - y0);
        }
        return sum;
    }

    /** Builds the polygon(s) from closed rings of at least four points. */
    Geometry assemble(List<Coordinate[]> rings) {
        if (rings.size() == 1) {
            return factory.createPolygon(rings.get(0));
        }
        List<Ring> shells = new ArrayList<>();
        List<Ring> holes = new ArrayList<>();
        for (Coordinate[] r : rings) {
            Ring ring = new Ring(r);
            if (ring.area2 <= 0) {
                shells.add(ring);
            } else {
                holes.add(ring);
            }
        }
        if (shells.isEmpty()) {
            return byContainment(holes);
        }
        shells.sort((a, b) -> Double.compare(Math.abs(a.area2), Math.abs(b.area2)));
        List<Ring> orphans = new ArrayList<>();
        for (Ring hole : holes) {
            Ring owner = null;
            for (Ring shell : shells) {
                if (shell.contains(hole)) {
                    owner = shell;
                    break;
                }
            }
            if (owner == null) {
                orphans.add(hole);
            } else {
                owner.holes.add(hole);
            }
        }
        shells.sort((a, b) -> Integer.compare(rings.indexOf(a.coords), rings.indexOf(b.coords)));
        shells.addAll(orphans);
        return build(shells);
    }

    private Geometry byContainment(List<Ring> rings) {
        List<Ring> sorted = new ArrayList<>(rings);
        sorted.sort((a, b) -> Double.compare(Math.abs(b.area2), Math.abs(a.area2)));
        List<Ring> shells = new ArrayList<>();
        List<Ring> placed = new ArrayList<>();
        for (Ring ring : sorted) {
            Ring container = null;
            for (int i = placed.size() - 1; i >= 0; i--) {
                Ring candidate = placed.get(i);
                if (candidate.contains(ring) && (container == null
                        || Math.abs(candidate.area2) < Math.abs(container.area2))) {
                    container = candidate;
                }
            }
            if (container != null && container.isShell) {
                container.holes.add(ring);
            } else {
                ring.isShell = true;
                shells.add(ring);
            }
            placed.add(ring);
        }
        return build(shells);
    }

    private Geometry build(List<Ring> shells) {
        Polygon[] polygons = new Polygon[shells.size()];
        for (int i = 0; i < polygons.length; i++) {
            Ring shell = shells.get(i);
            LinearRing[] holeRings = new LinearRing[shell.holes.size()];
            for (int j = 0; j < holeRings.length; j++) {
                holeRings[j] = factory.createLinearRing(shell.holes.get(j).coords);
            }
            polygons[i] = factory.createPolygon(factory.createLinearRing(shell.coords), holeRings);
        }
        return polygons.length == 1 ? polygons[0] : factory.createMultiPolygon(polygons);
    }

    /** A ring with its orientation, envelope and, for outer rings, its holes. */
    private static final class Ring {
        final Coordinate[] coords;
        final double area2;
        final Envelope envelope = new Envelope();
        final List<Ring> holes = new ArrayList<>();
        boolean isShell;

        Ring(Coordinate[] coords) {
            this.coords = coords;
            this.area2 = signedArea2(coords);
            for (Coordinate c : coords) {
                envelope.expandToInclude(c);
            }
        }

        /** Whether {@code other} lies inside this ring (judged by its first vertex not on this boundary). */
        boolean contains(Ring other) {
            if (!envelope.covers(other.envelope)) {
                return false;
            }
            for (Coordinate c : other.coords) {
                int where = PointLocation.locateInRing(c, coords);
                if (where != Location.BOUNDARY) {
                    return where == Location.INTERIOR;
                }
            }
            return true;
        }
    }
}
