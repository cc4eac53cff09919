package org.planex.core.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.TopologyException;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.valid.IsValidOp;

/**
 * Accumulates the union of a stream of zones, one at a time, into the plan boundary: the area covered by every
 * zone. Nothing is left out and there is no cap on the number of zones; memory holds the union itself and one
 * batch of zones, not the zones seen so far.
 *
 * <p>The zones are unioned in batches, and the partial unions are merged as a binary counter merges carries:
 * a batch becomes a partial of level 0, and two partials of the same level merge into one of the next level,
 * so that at most one partial per level (log<sub>2</sub> of the number of batches) is alive and each zone
 * takes part in O(log n) merges. A merge only overlays the polygons of one partial whose envelopes reach the
 * other partial; the rest are carried over unchanged, so that for zones streamed in a spatial order (rows of a
 * grid, the order of most plan databases) a merge costs the length of the seam between the two partials rather
 * than their size.
 *
 * <p>A plan's zones normally form a <i>coverage</i>: their interiors do not overlap and neighbours share their
 * edges vertex for vertex. Each batch and each merge is first unioned with the JTS {@link CoverageUnion}, which
 * needs no noding and is several times faster than a general overlay. Its result is accepted only if it is
 * valid and its area is the sum of the areas of its inputs (what a union of polygons with disjoint interiors
 * must have); otherwise the same polygons are unioned again with the robust general overlay
 * ({@link OverlayNGRobust}), so the result is the exact union whether the zones form a clean coverage or
 * overlap, leave gaps or miss matching vertices. A zone that is not a valid polygon (a self-intersecting ring,
 * say) is repaired with {@link GeometryFixer} first, so that its area counts; geometry that is not polygonal
 * (points, lines, empty shapes) has no area and is ignored.
 *
 * <p>Usage: {@code ZoneBoundaryUnion u = new ZoneBoundaryUnion(); for (...) u.add(zone); u.result()}.
 *
 * <p><b>Thread safety:</b> not thread-safe; one instance accumulates one stream.
 *
 * @since 0.1
 */
public final class ZoneBoundaryUnion {

    /** The default number of zones unioned together before their union joins the partials. */
    public static final int DEFAULT_BATCH = 1_000;

    /** Relative difference allowed between the area of a coverage union and the sum of its inputs' areas. */
    private static final double AREA_TOLERANCE = 1e-9;

    private final int batchSize;
    private final List<Geometry> batch;
    /** {@code partials.get(k)} is the partial union of 2<sup>k</sup> batches, or {@code null}. */
    private final List<Geometry> partials = new ArrayList<>();
    private GeometryFactory factory;
    private long zones;
    private long coverageFallbacks;

    /** A union with batches of {@link #DEFAULT_BATCH} zones. */
    public ZoneBoundaryUnion() {
        this(DEFAULT_BATCH);
    }

    /**
     * A union with batches of {@code batchSize} zones.
     *
     * @param batchSize zones unioned together before their union joins the partials, at least 1
     * @throws IllegalArgumentException if {@code batchSize} is below 1
     */
    public ZoneBoundaryUnion(int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size " + batchSize + " is below 1");
        }
        this.batchSize = batchSize;
        this.batch = new ArrayList<>(batchSize);
    }

    /**
     * Adds a zone to the union.
     *
     * @param zone the zone's geometry; {@code null}, empty or non-polygonal geometry is ignored, an invalid
     *     polygon is repaired first
     * @return whether the zone has area and was added
     */
    public boolean add(Geometry zone) {
        if (!(zone instanceof Polygonal) || zone.isEmpty()) {
            return false;
        }
        Geometry polygonal = zone.isValid() ? zone : polygonal(GeometryFixer.fix(zone));
        if (polygonal == null) {
            return false;
        }
        if (factory == null) {
            factory = zone.getFactory();
        }
        zones++;
        batch.add(polygonal);
        if (batch.size() == batchSize) {
            carry(unionOf(batch));
            batch.clear();
        }
        return true;
    }

    /** The number of zones added so far (those with area). */
    public long zones() {
        return zones;
    }

    /**
     * The number of batches and merges so far that were not a clean coverage (overlapping zones, gaps without
     * matching vertices, ...) and were unioned with the general overlay instead; for diagnostics and tests.
     */
    public long coverageFallbacks() {
        return coverageFallbacks;
    }

    /**
     * The union of the zones added so far, as a polygon or multipolygon; the accumulation goes on afterwards.
     *
     * @return the union, or empty when no zone with area was added
     */
    public Optional<Geometry> result() {
        Geometry union = batch.isEmpty() ? null : unionOf(batch);
        for (Geometry partial : partials) {
            if (partial != null) {
                union = union == null ? partial : merge(partial, union);
            }
        }
        return Optional.ofNullable(union).map(ZoneBoundaryUnion::polygonal);
    }

    /** Adds a partial of level 0, merging partials of equal level upwards as a binary counter carries. */
    private void carry(Geometry union) {
        Geometry carried = union;
        int level = 0;
        while (level < partials.size() && partials.get(level) != null) {
            carried = merge(partials.get(level), carried);
            partials.set(level, null);
            level++;
        }
        if (level == partials.size()) {
            partials.add(carried);
        } else {
            partials.set(level, carried);
        }
    }

    /** The union of a batch of valid polygonal zones. */
    private Geometry unionOf(List<Geometry> zones) {
        return union(zones, null);
    }

    /**
     * The union of two partials: the polygons of each whose envelopes do not reach the other's candidates are
     * carried over as they are; only the rest is overlaid.
     */
    private Geometry merge(Geometry a, Geometry b) {
        List<Geometry> aNear = new ArrayList<>();
        List<Geometry> aFar = new ArrayList<>();
        split(a, b.getEnvelopeInternal(), aNear, aFar);
        if (aNear.isEmpty()) {
            return combine(aFar, b);
        }
        List<Geometry> bNear = new ArrayList<>();
        List<Geometry> bFar = new ArrayList<>();
        split(b, envelope(aNear), bNear, bFar);
        if (bNear.isEmpty()) {
            aFar.addAll(aNear);
            return combine(aFar, b);
        }
        aFar.addAll(bFar);
        aNear.addAll(bNear);
        return union(aNear, aFar);
    }

    private static void split(Geometry partial, Envelope reach, List<Geometry> near, List<Geometry> far) {
        for (int i = 0; i < partial.getNumGeometries(); i++) {
            Geometry polygon = partial.getGeometryN(i);
            (polygon.getEnvelopeInternal().intersects(reach) ? near : far).add(polygon);
        }
    }

    private static Envelope envelope(List<Geometry> geometries) {
        Envelope e = new Envelope();
        for (Geometry g : geometries) {
            e.expandToInclude(g.getEnvelopeInternal());
        }
        return e;
    }

    /**
     * The union of {@code polygons} (valid, each alone), as one polygonal geometry together with {@code apart}
     * (polygons of the same union that touch none of them but at points), or {@code null} for nothing.
     */
    private Geometry union(List<Geometry> polygons, List<Geometry> apart) {
        List<Geometry> separate = apart == null ? new ArrayList<>() : apart;
        List<Geometry> touching = new ArrayList<>(polygons.size());
        isolate(polygons, separate, touching);
        if (touching.isEmpty()) {
            return combine(separate, factory.createPolygon());
        }
        Geometry[] inputs = touching.toArray(new Geometry[0]);
        Geometry union = coverageUnion(inputs);
        if (union == null) {
            coverageFallbacks++;
            union = OverlayNGRobust.union(factory.createGeometryCollection(inputs));
        }
        return separate.isEmpty() ? union : combine(separate, union);
    }

    /**
     * Sorts {@code polygons} into those whose envelope meets no other's ({@code separate}: the union leaves
     * them as they are, and so does the overlay, which is spared them) and the rest ({@code touching}).
     * Multipolygons (repaired zones) always go with the rest.
     */
    private static void isolate(List<Geometry> polygons, List<Geometry> separate, List<Geometry> touching) {
        STRtree index = new STRtree();
        for (Geometry g : polygons) {
            index.insert(g.getEnvelopeInternal(), g);
        }
        for (Geometry g : polygons) {
            boolean[] alone = {g instanceof Polygon};
            if (alone[0]) {
                index.query(g.getEnvelopeInternal(), item -> alone[0] &= item == g);
            }
            (alone[0] ? separate : touching).add(g);
        }
    }

    /** The coverage union of {@code inputs}, or {@code null} if they are not a clean coverage. */
    private static Geometry coverageUnion(Geometry[] inputs) {
        Geometry union;
        try {
            union = CoverageUnion.union(inputs);
        } catch (TopologyException | IllegalArgumentException e) {
            return null;
        }
        double sum = 0;
        for (Geometry g : inputs) {
            sum += g.getArea();
        }
        if (union == null || !(union instanceof Polygonal)
                || Math.abs(union.getArea() - sum) > AREA_TOLERANCE * sum || !IsValidOp.isValid(union)) {
            return null;
        }
        return union;
    }

    /** {@code union} and the polygons {@code apart} from it, as one polygon or multipolygon. */
    private Geometry combine(List<Geometry> apart, Geometry union) {
        List<Polygon> all = new ArrayList<>(apart.size() + union.getNumGeometries());
        for (Geometry g : apart) {
            all.add((Polygon) g);
        }
        for (int i = 0; i < union.getNumGeometries(); i++) {
            Geometry g = union.getGeometryN(i);
            if (g instanceof Polygon p && !p.isEmpty()) {
                all.add(p);
            }
        }
        return all.size() == 1 ? all.get(0) : factory.createMultiPolygon(all.toArray(new Polygon[0]));
    }

    /** The polygonal part of {@code g}, or {@code null} if it has none. */
    static Geometry polygonal(Geometry g) {
        if (g == null || g.isEmpty()) {
            return null;
        }
        if (g instanceof Polygonal) {
            return g;
        }
        @SuppressWarnings("unchecked")
        List<Polygon> polygons = PolygonExtracter.getPolygons(g);
        return polygons.isEmpty() ? null : g.getFactory().createMultiPolygon(polygons.toArray(new Polygon[0]));
    }
}
