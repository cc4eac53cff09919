package org.planex.format.xplan;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateList;

/**
 * Turns circular arcs into chords: an arc through three points ({@code gml:Arc}, each arc of a
 * {@code gml:ArcString}) or a whole circle around a centre ({@code gml:CircleByCenterPoint}) becomes a polyline
 * whose chords stay within {@link #TOLERANCE} metres of the true curve (the sagitta of each chord), with at
 * least {@link #MIN_SEGMENTS_PER_CIRCLE} / 4 chords per quarter circle. The start and end points of an arc are
 * kept exactly, so linearised segments join the straight ones around them.
 *
 * <p><b>Thread safety:</b> stateless.
 */
final class ArcLinearizer {

    /** The largest distance, in CRS units (metres), between a chord and the arc it replaces. */
    static final double TOLERANCE = 0.01;
    /** The fewest chords a full circle gets, however small. */
    static final int MIN_SEGMENTS_PER_CIRCLE = 16;
    /** The most chords a full circle gets, however large. */
    static final int MAX_SEGMENTS_PER_CIRCLE = 4096;

    private ArcLinearizer() {
    }

    /**
     * Appends the arc from {@code (x1,y1)} through {@code (x2,y2)} to {@code (x3,y3)} to {@code out}, the first
     * point only if {@code out} does not end with it. Three points in counter-clockwise order make an arc that turns
     * counter-clockwise, and the other way round; three collinear points are a straight segment.
     */
    static void arc(CoordinateList out, double x1, double y1, double x2, double y2, double x3, double y3) {
        double bx = x2 - x1;
        double by = y2 - y1;
        double ex = x3 - x1;
        double ey = y3 - y1;
        double d = 2 * (bx * ey - by * ex);
        out.add(new Coordinate(x1, y1), false);
        if (Math.abs(d) < 1e-12 * (bx * bx + by * by + ex * ex + ey * ey)) {
            out.add(new Coordinate(x3, y3), false);
            return;
        }
        double b2 = bx * bx + by * by;
        double e2 = ex * ex + ey * ey;
        double cx = x1 + (ey * b2 - by * e2) / d;
        double cy = y1 + (bx * e2 - ex * b2) / d;
        double r = Math.hypot(x1 - cx, y1 - cy);
        double a1 = Math.atan2(y1 - cy, x1 - cx);
        double a3 = Math.atan2(y3 - cy, x3 - cx);
        boolean counterClockwise = d > 0;
        double sweep = sweep(a1, a3, counterClockwise);
        int n = segments(r, sweep);
        double step = (counterClockwise ? sweep : -sweep) / n;
        for (int i = 1; i < n; i++) {
            double a = a1 + i * step;
            out.add(new Coordinate(cx + r * Math.cos(a), cy + r * Math.sin(a)), false);
        }
        out.add(new Coordinate(x3, y3), false);
    }

    /** Appends a closed circle of radius {@code r} around {@code (cx,cy)}, counter-clockwise from east. */
    static void circle(CoordinateList out, double cx, double cy, double r) {
        int n = segments(r, 2 * Math.PI);
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            out.add(new Coordinate(cx + r * Math.cos(a), cy + r * Math.sin(a)), false);
        }
        out.add(new Coordinate(cx + r, cy), true);
    }

    /** How many chords an arc of radius {@code r} and angle {@code sweep} needs to stay within the tolerance. */
    static int segments(double r, double sweep) {
        double perCircle = r <= TOLERANCE ? MIN_SEGMENTS_PER_CIRCLE
                : Math.PI / Math.acos(1 - TOLERANCE / r);
        double clamped = Math.min(MAX_SEGMENTS_PER_CIRCLE, Math.max(MIN_SEGMENTS_PER_CIRCLE, Math.ceil(perCircle)));
        return Math.max(1, (int) Math.ceil(clamped * sweep / (2 * Math.PI)));
    }

    private static double sweep(double from, double to, boolean counterClockwise) {
        double s = counterClockwise ? to - from : from - to;
        while (s <= 0) {
            s += 2 * Math.PI;
        }
        while (s > 2 * Math.PI) {
            s -= 2 * Math.PI;
        }
        return s;
    }
}
