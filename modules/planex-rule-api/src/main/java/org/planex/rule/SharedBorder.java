package org.planex.rule;

import java.util.List;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

/**
 * The common border of two packages, in the pair's metric CRS ({@link PairView#border()}): each side's version of
 * the border line, the gap faces enclosed between the two boundaries, and the overlap pieces. The engine finds it
 * from the geometry (see {@code docs/validation.md}); a rule only reads it.
 *
 * <p><b>Thread safety:</b> immutable.
 *
 * @since 0.1
 */
public final class SharedBorder {

    private static final double DENSIFY_STEP = 25.0;

    private final Geometry lineFirst;
    private final Geometry lineSecond;
    private final List<Polygon> gaps;
    private final List<Polygon> overlaps;

    /**
     * A border from its parts, all in one metric CRS.
     *
     * @param lineFirst the first package's version of the border
     * @param lineSecond the second package's version
     * @param gaps the gap faces
     * @param overlaps the overlap pieces
     */
    public SharedBorder(Geometry lineFirst, Geometry lineSecond, List<Polygon> gaps, List<Polygon> overlaps) {
        this.lineFirst = lineFirst;
        this.lineSecond = lineSecond;
        this.gaps = List.copyOf(gaps);
        this.overlaps = List.copyOf(overlaps);
    }

    /** The first package's version of the border (part of its boundary line). */
    public Geometry lineFirst() {
        return lineFirst;
    }

    /** The second package's version of the border. */
    public Geometry lineSecond() {
        return lineSecond;
    }

    /** Faces enclosed between the two boundaries that neither package covers, any size. */
    public List<Polygon> gaps() {
        return gaps;
    }

    /** Pieces both packages cover, any size. */
    public List<Polygon> overlaps() {
        return overlaps;
    }

    /** The length of the border in metres: the mean of the two versions' lengths. */
    public double length() {
        return (lineFirst.getLength() + lineSecond.getLength()) / 2;
    }

    /**
     * The largest distance from a point of one version of the border to the other version, over both versions
     * (a discrete Hausdorff distance, the lines densified to points at most 25 m apart), leaving out the points
     * inside {@code excluded} (pieces already reported); {@code null} leaves out nothing.
     *
     * @return the distance and where it is, on the version it was measured from
     */
    public Offset maxOffset(Geometry excluded) {
        PreparedGeometry ex = excluded == null || excluded.isEmpty() ? null : PreparedGeometryFactory.prepare(excluded);
        Offset a = oneWay(lineFirst, lineSecond, ex);
        Offset b = oneWay(lineSecond, lineFirst, ex);
        return a.distance() >= b.distance() ? a : b;
    }

    private static Offset oneWay(Geometry from, Geometry to, PreparedGeometry excluded) {
        if (from.isEmpty() || to.isEmpty()) {
            return new Offset(0, null);
        }
        IndexedFacetDistance target = new IndexedFacetDistance(to);
        Geometry dense = Densifier.densify(from, DENSIFY_STEP);
        double best = 0;
        Coordinate at = null;
        for (Coordinate c : dense.getCoordinates()) {
            if (excluded != null && excluded.intersects(from.getFactory().createPoint(c))) {
                continue;
            }
            double d = target.distance(from.getFactory().createPoint(c));
            if (d > best) {
                best = d;
                at = c;
            }
        }
        return new Offset(best, at);
    }

    /**
     * A distance between the two versions of the border.
     *
     * @param distance metres
     * @param at where, or {@code null} when the distance is 0
     * @since 0.1
     */
    public record Offset(double distance, Coordinate at) {
    }
}
