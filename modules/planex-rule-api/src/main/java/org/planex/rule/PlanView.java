package org.planex.rule;

import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.planex.model.CrsRef;
import org.planex.model.FeatureKind;
import org.planex.model.PlanFeature;
import org.planex.model.PlanHeader;

/**
 * One package as a rule sees it: its header and features in their own CRS, plus a metric view (every geometry
 * reprojected into a local metric CRS the engine chose for the package) with a spatial index. Features are
 * addressed by their index in {@link #features()}.
 *
 * <p>A package whose coordinates cannot be transformed (a wrong CRS) has no metric view
 * ({@link #hasMetricView()} is false, {@link #metricProblem()} says why); the metric methods then throw
 * {@link IllegalStateException}, so a rule that measures checks {@link #hasMetricView()} first and skips the
 * package (the CRS rule reports the cause).
 *
 * <p><b>Thread safety:</b> implementations are immutable; safe to read from many threads.
 *
 * @since 0.1
 */
public interface PlanView {

    /** Where the package was read from, for {@link org.planex.spi.Location#of(Path)}. */
    Path source();

    /** The header. */
    PlanHeader header();

    /** The package id. */
    default String packageId() {
        return header().packageId();
    }

    /** The declared CRS. */
    default CrsRef crs() {
        return header().crs();
    }

    /** The features in file order. */
    List<PlanFeature> features();

    /** The indices of the features of one kind, ascending. */
    List<Integer> indicesOf(FeatureKind kind);

    /** Whether the metric view exists. */
    boolean hasMetricView();

    /** Why there is no metric view, or {@code null} when there is one. */
    String metricProblem();

    /** The metric geometry of a feature, or {@code null} if it has none or it is empty. */
    Geometry metric(int feature);

    /**
     * Whether the metric geometry of a feature is valid (JTS {@code IsValidOp}); {@code false} when it has none.
     * Computed once per feature and shared by the rules that ask.
     */
    boolean validMetric(int feature);

    /**
     * The zones whose metric geometry does not form a clean polygonal coverage with the other zones: its boundary
     * meets another zone's other than at shared vertices and whole shared segments (it crosses it, touches it
     * where one has no vertex, runs on part of it, or runs on it in the same direction), or it lies inside another
     * zone. At least the zones JTS {@code CoverageValidator} marks, and every zone that overlaps another; the zones
     * outside the set form a clean coverage, which a coverage union can merge. Computed once per plan and shared
     * by the rules that need it.
     *
     * @return the indices of those zones; empty when there is no metric view
     */
    BitSet unmatchedZones();

    /** The plan area in the metric CRS, or {@code null} when the header has none. */
    Geometry metricBoundary();

    /**
     * The indices of the features whose metric envelope intersects the given metric envelope, in no particular
     * order (sort them when the order of issues depends on it).
     */
    List<Integer> query(Envelope metricEnvelope);

    /** A metric geometry in EPSG:4326 longitude/latitude, or {@code null} if it cannot be transformed. */
    Geometry toLonLat(Geometry metricGeometry);
}
