package org.planex.validate.rules;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.planex.rule.Issue;
import org.planex.rule.IssueSink;
import org.planex.rule.PairView;
import org.planex.rule.PieceKind;
import org.planex.rule.Rule;
import org.planex.rule.RuleContext;
import org.planex.rule.RuleDescriptor;
import org.planex.rule.RuleScope;
import org.planex.rule.Severity;
import org.planex.rule.SharedBorder;

/**
 * {@code BORDER.OFFSET}: the largest distance between the two versions of a border that the gap, overlap and
 * sliver issues do not already explain (points inside reported pieces, grown by the tolerance, are left out),
 * when it exceeds the tolerance: spikes and excursions of one boundary that enclose no area. Its kind is
 * {@code overlap} when the farthest point reaches into the neighbour's plan area, else {@code gap} (a notch that
 * leaves land neither plan covers); its measure is {@code distance_m}. The total offset of every border is in the
 * border summary of the report.
 *
 * @since 0.1
 */
public final class BorderOffsetRule implements Rule {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("BORDER.OFFSET", RuleScope.PAIR,
            Severity.WARNING, "The two versions of a border are further apart than the tolerance where no gap or"
                    + " overlap explains it.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** Reads only the two plan areas, no zone. */
    @Override
    public double pairReach(RuleContext context) {
        return 0;
    }

    @Override
    public void checkPair(PairView pair, RuleContext context, IssueSink sink) {
        if (pair.border().isEmpty()) {
            return;
        }
        SharedBorder border = pair.border().get();
        double tol = context.tolerances().tolerance();
        Geometry explained = BorderPieceReporter.reported(border, context.tolerances()).buffer(tol);
        SharedBorder.Offset offset = border.maxOffset(explained);
        if (offset.distance() <= tol || offset.at() == null) {
            return;
        }
        String first = pair.plan(PairView.Side.FIRST).packageId();
        String second = pair.plan(PairView.Side.SECOND).packageId();
        Point at = border.lineFirst().getFactory().createPoint(offset.at());
        PieceKind kind = pair.boundary(PairView.Side.FIRST).contains(at)
                || pair.boundary(PairView.Side.SECOND).contains(at) ? PieceKind.OVERLAP : PieceKind.GAP;
        sink.report(Issue.builder(DESCRIPTOR.id(), DESCRIPTOR.defaultSeverity()).kind(kind.token())
                .message("the versions of the border of " + first + " and " + second + " are up to "
                        + Measures.metres(offset.distance()) + " apart (tolerance " + Measures.metres(tol) + "), "
                        + (kind == PieceKind.OVERLAP ? "one reaching into the other's plan area"
                                : "one falling short of the other") + "; agree the border line")
                .packages(first, second).marker(pair.toLonLat(at))
                .measure(Issue.DISTANCE_M, offset.distance()).build());
    }
}
