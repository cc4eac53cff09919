package org.planex.validate.rules;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.planex.rule.Issue;
import org.planex.rule.IssueSink;
import org.planex.rule.PairView;
import org.planex.rule.PieceKind;
import org.planex.rule.PieceShape;
import org.planex.rule.Severity;
import org.planex.rule.SharedBorder;
import org.planex.rule.Tolerances;

/**
 * Reports the gap or overlap pieces of a border, each classified by the tolerance model and carrying its
 * {@link PieceKind} and measures, and tells which pieces are reported (so {@code BORDER.OFFSET} leaves them out).
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
     * Reports pieces of one kind: each issue carries the kind ({@link Issue#kind()}) and the measures
     * {@code area_m2}, {@code width_m} and {@code length_m}, whether it is a sliver or a gap or overlap proper.
     */
    static void report(PairView pair, List<Polygon> pieces, PieceKind kind, Tolerances t, IssueSink sink) {
        String first = pair.plan(PairView.Side.FIRST).packageId();
        String second = pair.plan(PairView.Side.SECOND).packageId();
        boolean gap = kind == PieceKind.GAP;
        for (Polygon p : pieces) {
            PieceShape s = PieceShape.of(p);
            PieceClass c = PieceClass.of(s, t);
            if (c == PieceClass.IGNORED) {
                continue;
            }
            String id = c == PieceClass.SLIVER ? "BORDER.SLIVER" : gap ? "BORDER.GAP" : "BORDER.OVERLAP";
            String what = gap ? "a gap" : "an overlap";
            sink.report(Issue.builder(id, Severity.ERROR).kind(kind.token())
                    .message("the border of " + first + " and " + second + " has "
                            + (c == PieceClass.SLIVER ? what + " sliver" : what) + " of "
                            + Measures.area(s.area()) + ", " + Measures.metres(s.width()) + " wide over "
                            + Measures.metres(s.length()) + "; " + (gap ? "the two plans leave land unplanned there"
                                    : "both plans claim the land there")
                            + ", agree the border line")
                    .packages(first, second).marker(pair.toLonLat(p))
                    .measure(Issue.AREA_M2, s.area()).measure(Issue.WIDTH_M, s.width())
                    .measure(Issue.LENGTH_M, s.length()).build());
        }
    }
}
