package org.planex.validate.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.operation.distance.DistanceOp;
import org.planex.model.Corridor;
import org.planex.rule.Issue;
import org.planex.rule.IssueSink;
import org.planex.rule.PairView;
import org.planex.rule.PairView.Side;
import org.planex.rule.Rule;
import org.planex.rule.RuleContext;
import org.planex.rule.RuleDescriptor;
import org.planex.rule.RuleParameter;
import org.planex.rule.RuleScope;
import org.planex.rule.Severity;
import org.planex.rule.SharedBorder;
import org.planex.spi.PlanexException;

/**
 * {@code XB.CORRIDOR_DISCONNECTED}: a linear corridor (road, rail, metro, pipeline, power line, waterway,
 * greenway) with an end within {@code reach} metres of the border whose continuation on the other side — the
 * nearest corridor of the same type, preferring one with the same cross-border reference — is not within the
 * corridor tolerance of that end, or is but has another class (an expressway meeting a local road). One issue
 * per pair of corridors (or per end with no candidate), with the distance from the end to the candidate.
 *
 * @since 0.1
 */
public final class CorridorContinuityRule implements Rule {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("XB.CORRIDOR_DISCONNECTED", RuleScope.PAIR,
            Severity.ERROR, "A corridor reaches the border with no counterpart within tolerance, or with another"
                    + " class.",
            new RuleParameter("reach", 100, "m", "how close to the border a corridor end must be to count as reaching it"));

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** The border width plus the reach of a corridor end. */
    @Override
    public double pairReach(RuleContext context) {
        return context.tolerances().borderWidth() + context.parameter(DESCRIPTOR, "reach");
    }

    @Override
    public void checkPair(PairView pair, RuleContext context, IssueSink sink) throws PlanexException {
        if (pair.border().isEmpty()) {
            return;
        }
        SharedBorder border = pair.border().get();
        Geometry borderLine = border.lineFirst().union(border.lineSecond());
        double reach = context.parameter(DESCRIPTOR, "reach");
        double tol = context.tolerances().corridorTolerance();
        double search = context.tolerances().borderWidth() + reach;
        Set<String> reported = new HashSet<>();
        for (Side side : Side.values()) {
            List<Integer> mine = corridors(pair, side, reach);
            List<Integer> theirs = corridors(pair, side.other(), search);
            for (int i : mine) {
                Corridor c = (Corridor) pair.plan(side).features().get(i);
                Geometry g = pair.geometry(side, i);
                for (Point end : ends(g)) {
                    if (end.distance(borderLine) > reach) {
                        continue;
                    }
                    check(pair, side, c, end, theirs, tol, reported, sink);
                }
            }
        }
    }

    private static void check(PairView pair, Side side, Corridor c, Point end, List<Integer> theirs, double tol,
            Set<String> reported, IssueSink sink) throws PlanexException {
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        boolean bestRef = false;
        for (int j : theirs) {
            Corridor o = (Corridor) pair.plan(side.other()).features().get(j);
            if (o.corridorType() != c.corridorType()) {
                continue;
            }
            boolean sameRef = c.crossBorderRef() != null && c.crossBorderRef().equals(o.crossBorderRef());
            double d = end.distance(pair.geometry(side.other(), j));
            if ((sameRef && !bestRef) || (sameRef == bestRef && d < bestDistance)) {
                best = j;
                bestDistance = d;
                bestRef = sameRef;
            }
        }
        String me = pair.plan(side).packageId();
        String other = pair.plan(side.other()).packageId();
        if (best < 0) {
            if (reported.add(side + c.id())) {
                sink.report(Issue.builder(DESCRIPTOR.id(), DESCRIPTOR.defaultSeverity())
                        .message(c.corridorType().token() + " " + c.id() + " of " + me + " reaches the border but " + other
                                + " has no " + c.corridorType().token() + " to continue it; plan the continuation or end"
                                + " it before the border")
                        .packages(me, other).features(c.id()).marker(pair.toLonLat(end)).build());
            }
            return;
        }
        Corridor o = (Corridor) pair.plan(side.other()).features().get(best);
        String key = side == Side.FIRST ? c.id() + "\u0000" + o.id() : o.id() + "\u0000" + c.id();
        boolean classMismatch = c.corridorClass() != null && o.corridorClass() != null
                && !Objects.equals(c.corridorClass(), o.corridorClass());
        if (bestDistance <= tol && !classMismatch) {
            reported.add(key);
            return;
        }
        if (!reported.add(key)) {
            return;
        }
        Coordinate[] nearest = DistanceOp.nearestPoints(end, pair.geometry(side.other(), best));
        Geometry marker = bestDistance > 0 ? end.getFactory().createLineString(nearest) : end;
        String text = bestDistance > tol
                ? c.corridorType().token() + " " + c.id() + " of " + me + " misses its continuation " + o.id() + " in "
                        + other + " by " + Measures.metres(bestDistance) + " (tolerance " + Measures.metres(tol)
                        + "); align the two where they cross the border"
                : c.corridorType().token() + " " + c.id() + " of " + me + " (" + c.corridorClass() + ") continues as "
                        + o.id() + " in " + other + " of another class (" + o.corridorClass() + "); agree the class";
        sink.report(Issue.builder(DESCRIPTOR.id(), DESCRIPTOR.defaultSeverity()).message(text)
                .packages(me, other).features(c.id(), o.id()).marker(pair.toLonLat(marker))
                .measure(Issue.DISTANCE_M, bestDistance).build());
    }

    private static List<Integer> corridors(PairView pair, Side side, double distance) throws PlanexException {
        List<Integer> out = new ArrayList<>();
        for (int i : pair.nearBorder(side, distance)) {
            if (pair.plan(side).features().get(i) instanceof Corridor && pair.geometry(side, i).getDimension() == 1) {
                out.add(i);
            }
        }
        return out;
    }

    private static List<Point> ends(Geometry g) {
        List<Point> out = new ArrayList<>();
        for (int k = 0; k < g.getNumGeometries(); k++) {
            if (g.getGeometryN(k) instanceof LineString l && !l.isEmpty() && !l.isClosed()) {
                out.add(l.getStartPoint());
                out.add(l.getEndPoint());
            }
        }
        return out;
    }
}
