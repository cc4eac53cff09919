package org.planex.validate.rules;

import org.planex.rule.PieceShape;
import org.planex.rule.Tolerances;

/**
 * How a gap or overlap piece is reported under the tolerance model: not at all (smaller than the minimum area
 * or narrower than the tolerance), as a sliver (narrower than the sliver width), or as a gap or overlap.
 *
 * @since 0.1
 */
public enum PieceClass {
    /** Below the minimum area or the tolerance: noise. */
    IGNORED,
    /** Mean width below the sliver width. */
    SLIVER,
    /** A gap or overlap proper. */
    FULL;

    /** The class of a piece. */
    public static PieceClass of(PieceShape s, Tolerances t) {
        if (s.area() < t.minArea() || s.width() < t.tolerance()) {
            return IGNORED;
        }
        return s.width() < t.sliverWidth() ? SLIVER : FULL;
    }
}
