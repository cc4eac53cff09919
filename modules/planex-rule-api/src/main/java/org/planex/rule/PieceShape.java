package org.planex.rule;

import org.locationtech.jts.geom.Geometry;

/**
 * The mean width and the length of a long thin piece (a gap, an overlap, a sliver), from its area A and
 * perimeter P taken as those of a rectangle: length L and width w solve {@code L * w = A} and
 * {@code 2 (L + w) = P}, so {@code L = P/4 + sqrt(P^2/16 - A)} and {@code w = A / L}. Exact for rectangles;
 * for a lens or a triangle the width is the mean width, a little under the largest.
 *
 * @param area the area
 * @param length the length (along the border for a border piece)
 * @param width the mean width
 * @since 0.1
 */
public record PieceShape(double area, double length, double width) {

    /** The shape of a metric polygonal geometry. */
    public static PieceShape of(Geometry piece) {
        double a = piece.getArea();
        double p = piece.getLength();
        double l = p / 4 + Math.sqrt(Math.max(0, p * p / 16 - a));
        return new PieceShape(a, l, l > 0 ? a / l : 0);
    }
}
