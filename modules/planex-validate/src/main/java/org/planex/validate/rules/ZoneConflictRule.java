package org.planex.validate.rules;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.DistanceOp;
import org.planex.model.FeatureKind;
import org.planex.rule.Compatibility;
import org.planex.rule.Issue;
import org.planex.rule.IssueSink;
import org.planex.rule.PairView;
import org.planex.rule.PairView.Side;
import org.planex.rule.Rule;
import org.planex.rule.RuleContext;
import org.planex.rule.RuleDescriptor;
import org.planex.rule.RuleScope;
import org.planex.rule.Severity;
import org.planex.spi.PlanexException;
import org.planex.spi.codes.HarmonisedCategory;

/**
 * {@code XB.ZONE_CONFLICT}: zones facing each other across a border whose categories the compatibility matrix
 * says conflict (an error when they are within the facing distance), or need a buffer wider than the distance
 * between them (a warning). One issue per pair of zones, with the distance and the required buffer. Zones whose
 * code has no category are left out (the code rules report them).
 *
 * @since 0.1
 */
public final class ZoneConflictRule implements Rule {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("XB.ZONE_CONFLICT", RuleScope.PAIR,
            Severity.ERROR, "Zones facing each other across a border conflict, or lack the buffer the compatibility"
                    + " matrix requires.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** The facing distance, or the widest buffer of the compatibility matrix when wider. */
    @Override
    public double pairReach(RuleContext context) {
        return Math.max(context.tolerances().facingDistance(), largestBuffer(context));
    }

    @Override
    public void checkPair(PairView pair, RuleContext context, IssueSink sink) throws PlanexException {
        double facing = context.tolerances().facingDistance();
        double search = Math.max(facing, largestBuffer(context));
        List<Integer> firstZones = zones(pair, Side.FIRST, search);
        List<Integer> secondZones = zones(pair, Side.SECOND, search);
        STRtree tree = new STRtree();
        for (int j : secondZones) {
            tree.insert(pair.geometry(Side.SECOND, j).getEnvelopeInternal(), j);
        }
        String firstId = pair.plan(Side.FIRST).packageId();
        String secondId = pair.plan(Side.SECOND).packageId();
        for (int i : firstZones) {
            List<HarmonisedCategory> ca = ZoneCategories.of(pair.plan(Side.FIRST), i, context);
            if (ca.isEmpty()) {
                continue;
            }
            Geometry ga = pair.geometry(Side.FIRST, i);
            Envelope env = new Envelope(ga.getEnvelopeInternal());
            env.expandBy(search);
            List<Integer> near = new ArrayList<>();
            for (Object o : tree.query(env)) {
                near.add((Integer) o);
            }
            near.sort(null);
            for (int j : near) {
                List<HarmonisedCategory> cb = ZoneCategories.of(pair.plan(Side.SECOND), j, context);
                if (cb.isEmpty()) {
                    continue;
                }
                Compatibility v = context.compatibility(ca, cb);
                if (v.kind() == Compatibility.Kind.COMPATIBLE) {
                    continue;
                }
                Geometry gb = pair.geometry(Side.SECOND, j);
                double d = ga.distance(gb);
                boolean conflict = v.kind() == Compatibility.Kind.CONFLICT && d <= facing;
                boolean buffer = v.kind() == Compatibility.Kind.BUFFER && d < v.bufferMetres();
                if (!conflict && !buffer) {
                    continue;
                }
                String a = pair.plan(Side.FIRST).features().get(i).id();
                String b = pair.plan(Side.SECOND).features().get(j).id();
                Coordinate[] nearest = DistanceOp.nearestPoints(ga, gb);
                Geometry marker = d > 0 ? ga.getFactory().createLineString(nearest)
                        : ga.getFactory().createPoint(nearest[0]);
                String what = firstId + " zone " + a + " (" + ZoneCategories.label(ca) + ") and " + secondId + " zone "
                        + b + " (" + ZoneCategories.label(cb) + ") face each other " + Measures.metres(d) + " apart";
                Issue.Builder issue = Issue.builder(DESCRIPTOR.id(), conflict ? Severity.ERROR : Severity.WARNING)
                        .message(conflict ? what + ": the compatibility matrix says they conflict (" + v.note()
                                + "); change one of the uses"
                                : what + ": the compatibility matrix requires a buffer of " + v.bufferMetres()
                                        + " m (" + v.note() + "); plan the buffer")
                        .packages(firstId, secondId).features(a, b).marker(pair.toLonLat(marker))
                        .measure(Issue.DISTANCE_M, d);
                if (buffer) {
                    issue.measure("buffer_m", v.bufferMetres());
                }
                sink.report(issue.build());
            }
        }
    }

    private static List<Integer> zones(PairView pair, Side side, double search) throws PlanexException {
        return pair.nearBorder(side, search, FeatureKind.ZONE);
    }

    private static double largestBuffer(RuleContext context) {
        int max = 0;
        for (HarmonisedCategory a : HarmonisedCategory.values()) {
            for (HarmonisedCategory b : HarmonisedCategory.values()) {
                max = Math.max(max, context.compatibility(a, b).bufferMetres());
            }
        }
        return max;
    }
}
