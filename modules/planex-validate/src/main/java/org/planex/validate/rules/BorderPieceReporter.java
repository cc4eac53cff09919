package org.planex.validate.rules;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.planex.validate.spi.Issue;
import org.planex.validate.spi.IssueSink;
import org.planex.validate.spi.PieceShape;
import org.planex.validate.spi.PlanPair;
import org.planex.validate.spi.SharedBorder;
import org.planex.validate.spi.Severity;
import org.planex.validate.spi.Tolerances;

/**
 * Reports the gap or overlap pieces of a border, each classified by the tolerance model, and tells which pieces
 * are reported (so {@code BORDER.OFFSET} leaves them out).
 *
 * @since 0.1
 */
public final class BorderPieceReporter {

    private BorderPieceReporter() {
    }

    /** The gap and overlap pieces of a border that are reported, as one geometry. */
    public static Geometry reported(SharedBorder border, Tolerances t) {
        List<Polygon> out = new ArrayList<>();
        for (List<Polygon> list : List.of(border.gaps(), border.overlaps())) {
            for (Polygon p : list) {
                if (PieceClass.of(PieceShape.of(p), t) != PieceClass.IGNORED) {
                    out.add(p);
                }
            }
        }
        return border.lineFirst().getFactory().buildGeometry(out);
    }

    /**
     * Reports pieces.
     *
     * @param gaps true for gap pieces, false for overlaps
     */
    static void report(PlanPair pair, List<Polygon> pieces, boolean gaps, Tolerances t, IssueSink sink) {
        String first = pair.plan(PlanPair.Side.FIRST).packageId();
        String second = pair.plan(PlanPair.Side.SECOND).packageId();
        for (Polygon p : pieces) {
            PieceShape s = PieceShape.of(p);
            PieceClass c = PieceClass.of(s, t);
            if (c == PieceClass.IGNORED) {
                continue;
            }
            String id = c == PieceClass.SLIVER ? "BORDER.SLIVER" : gaps ? "BORDER.GAP" : "BORDER.OVERLAP";
            String what = gaps ? "a gap" : "an overlap";
            String kind = c == PieceClass.SLIVER ? what + " sliver" : what;
            sink.report(Issue.builder(id, Severity.ERROR)
                    .message("the border of " + first + " and " + second + " has " + kind + " of "
                            + Measures.area(s.area()) + ", " + Measures.metres(s.width()) + " wide over "
                            + Measures.metres(s.length()) + "; " + (gaps ? "the two plans leave land unplanned there"
                                    : "both plans claim the land there")
                            + ", agree the border line")
                    .packages(first, second).marker(pair.toLonLat(p))
                    .measure(Issue.AREA_M2, s.area()).measure(Issue.WIDTH_M, s.width())
                    .measure(Issue.LENGTH_M, s.length()).build());
        }
    }
}
