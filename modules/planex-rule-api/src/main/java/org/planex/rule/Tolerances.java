package org.planex.rule;

/**
 * The one tolerance model of validation, every value in metres (square metres for areas), measured in a local
 * metric CRS (never in degrees). {@code docs/validation.md} explains how each is used.
 *
 * @param tolerance geometric noise: differences narrower than this are not reported (default 1 m)
 * @param minArea pieces (gaps, overlaps, slivers, protrusions) smaller than this are not reported (1 m2)
 * @param sliverWidth a gap or overlap piece narrower on average than this is a sliver (2 m)
 * @param borderWidth the widest gap between two packages still taken as their common border, and the
 *     distance within which boundaries count as adjacent (200 m)
 * @param facingDistance zones within this distance across a border face each other (50 m)
 * @param corridorTolerance a corridor end meets its continuation within this distance (20 m)
 * @since 0.1
 */
public record Tolerances(double tolerance, double minArea, double sliverWidth, double borderWidth,
        double facingDistance, double corridorTolerance) {

    /** The defaults. */
    public static final Tolerances DEFAULT = new Tolerances(1.0, 1.0, 2.0, 200.0, 50.0, 20.0);

    /** Checks the values. */
    public Tolerances {
        positive("tolerance", tolerance);
        positive("min-area", minArea);
        positive("sliver-width", sliverWidth);
        positive("border-width", borderWidth);
        positive("facing-distance", facingDistance);
        positive("corridor-tolerance", corridorTolerance);
        if (sliverWidth < tolerance) {
            throw new IllegalArgumentException("sliver-width (" + sliverWidth + " m) must not be below the tolerance ("
                    + tolerance + " m)");
        }
        if (borderWidth <= sliverWidth) {
            throw new IllegalArgumentException("border-width (" + borderWidth + " m) must exceed sliver-width ("
                    + sliverWidth + " m)");
        }
    }

    private static void positive(String name, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be a positive number of metres, got " + v);
        }
    }

    /** The same with another tolerance. */
    public Tolerances withTolerance(double metres) {
        return new Tolerances(metres, minArea, Math.max(sliverWidth, metres), borderWidth, facingDistance,
                corridorTolerance);
    }

    /** The same with another minimum area. */
    public Tolerances withMinArea(double squareMetres) {
        return new Tolerances(tolerance, squareMetres, sliverWidth, borderWidth, facingDistance, corridorTolerance);
    }
}
