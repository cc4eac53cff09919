package org.planex.rule;

import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.planex.model.FeatureKind;
import org.planex.spi.PlanexException;

/**
 * Two packages checked as neighbours, measured in one metric CRS the engine chose for the pair (centred on their
 * shared border, so lengths and distances across the border are true to the centimetre). Every geometry a pair
 * gives is in that pair CRS.
 *
 * <p><b>Thread safety:</b> implementations are thread-safe; reprojections and {@link #nearBorder} results are
 * cached, so asking twice costs nothing.
 *
 * @since 0.1
 */
public interface PairView {

    /** One side of the pair. */
    enum Side {
        /** The first package. */
        FIRST,
        /** The second package. */
        SECOND;

        /** The other side. */
        public Side other() {
            return this == FIRST ? SECOND : FIRST;
        }
    }

    /** The package of a side (its own metric view is in its own metric CRS, not the pair's). */
    PlanView plan(Side side);

    /** A name for messages: {@code FIRST-ID | SECOND-ID}. */
    String label();

    /** The plan area of a side in the pair CRS. */
    Geometry boundary(Side side);

    /** The common border; empty when the two are not adjacent. */
    Optional<SharedBorder> border();

    /** Whether the two are adjacent. */
    default boolean adjacent() {
        return border().isPresent();
    }

    /**
     * A feature's geometry in the pair CRS, or {@code null} if it has none.
     *
     * @throws PlanexException if it cannot be transformed
     */
    Geometry geometry(Side side, int feature) throws PlanexException;

    /**
     * The features of a side that come within {@code distance} metres of the other side's plan area, ascending by
     * index, limited to the given kinds (all kinds when none is given). The zone around the other side's area is
     * computed once per (side, distance), so rules asking for the same distance share it.
     *
     * <p>The zones of a side may be only those near its border: {@link #plan(Side)} then lists every feature that
     * is not a zone but only the zones within the pair's reach ({@link Rule#pairReach}) of the border, and
     * {@code nearBorder} is exact up to that reach.
     *
     * @throws PlanexException if a geometry cannot be transformed
     * @throws IllegalStateException if the distance exceeds the reach the pair rules declared
     */
    List<Integer> nearBorder(Side side, double distance, FeatureKind... kinds) throws PlanexException;

    /** A pair-CRS geometry in EPSG:4326 longitude/latitude, or {@code null} if it cannot be transformed. */
    Geometry toLonLat(Geometry pairGeometry);
}
