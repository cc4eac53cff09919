package org.planex.validate.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.planex.model.Facility;
import org.planex.model.FeatureKind;
import org.planex.rule.Issue;
import org.planex.rule.IssueSink;
import org.planex.rule.PairView;
import org.planex.rule.PairView.Side;
import org.planex.rule.PlanView;
import org.planex.rule.Rule;
import org.planex.rule.RuleContext;
import org.planex.rule.RuleDescriptor;
import org.planex.rule.RuleScope;
import org.planex.rule.Severity;
import org.planex.spi.PlanexException;
import org.planex.spi.codes.HarmonisedCategory;

/**
 * {@code XB.NIMBY_PROXIMITY}: a nuisance facility (one with a NIMBY category and an impact radius) whose impact
 * circle reaches sensitive zones (residential, education, health) across the border. One issue per facility,
 * listing the zones reached, with the distance to the nearest one, the radius and the sensitive area inside
 * the circle; the marker is that sensitive area (polygons, so GIS tools can style it like the other markers).
 *
 * @since 0.1
 */
public final class NimbyProximityRule implements Rule {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("XB.NIMBY_PROXIMITY", RuleScope.PAIR,
            Severity.ERROR, "A nuisance facility's impact radius reaches sensitive zones across the border.");

    private static final Set<HarmonisedCategory> SENSITIVE = Set.of(HarmonisedCategory.RESIDENTIAL,
            HarmonisedCategory.EDUCATION, HarmonisedCategory.HEALTH);

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** None of its own: it looks as far as the facilities' impact radii, which the engine adds. */
    @Override
    public double pairReach(RuleContext context) {
        return 0;
    }

    @Override
    public void checkPair(PairView pair, RuleContext context, IssueSink sink) throws PlanexException {
        for (Side side : Side.values()) {
            PlanView plan = pair.plan(side);
            List<Integer> nimby = new ArrayList<>();
            double radius = 0;
            for (int i : plan.indicesOf(FeatureKind.FACILITY)) {
                Facility f = (Facility) plan.features().get(i);
                if (f.isNimby() && f.impactRadius() != null && f.impactRadius() > 0 && f.geometry() != null) {
                    nimby.add(i);
                    radius = Math.max(radius, f.impactRadius());
                }
            }
            if (nimby.isEmpty()) {
                continue;
            }
            List<Integer> sensitive = new ArrayList<>();
            PlanView other = pair.plan(side.other());
            for (int j : pair.nearBorder(side.other(), radius)) {
                if (other.features().get(j).kind() == FeatureKind.ZONE) {
                    List<HarmonisedCategory> cats = ZoneCategories.of(other, j, context);
                    if (cats.stream().anyMatch(SENSITIVE::contains)) {
                        sensitive.add(j);
                    }
                }
            }
            for (int i : nimby) {
                check(pair, side, i, sensitive, sink);
            }
        }
    }

    private static void check(PairView pair, Side side, int i, List<Integer> sensitive, IssueSink sink)
            throws PlanexException {
        Facility f = (Facility) pair.plan(side).features().get(i);
        Geometry at = pair.geometry(side, i);
        Geometry circle = at.buffer(f.impactRadius(), 32);
        PreparedGeometry reach = PreparedGeometryFactory.prepare(circle);
        List<String> hit = new ArrayList<>();
        List<Geometry> parts = new ArrayList<>();
        double nearest = Double.MAX_VALUE;
        double area = 0;
        for (int j : sensitive) {
            Geometry z = pair.geometry(side.other(), j);
            if (!reach.intersects(z)) {
                continue;
            }
            hit.add(pair.plan(side.other()).features().get(j).id());
            Geometry inside = z.intersection(circle);
            parts.add(inside);
            area += inside.getArea();
            nearest = Math.min(nearest, at.distance(z));
        }
        if (hit.isEmpty()) {
            return;
        }
        String me = pair.plan(side).packageId();
        String other = pair.plan(side.other()).packageId();
        List<String> features = new ArrayList<>();
        features.add(f.id());
        features.addAll(hit);
        sink.report(Issue.builder(DESCRIPTOR.id(), DESCRIPTOR.defaultSeverity())
                .message(f.category() + " " + f.id() + " (" + f.nimbyCategory() + ") of " + me + " has an impact radius of "
                        + Measures.metres(f.impactRadius()) + " that reaches " + hit.size() + " sensitive zone"
                        + (hit.size() == 1 ? "" : "s") + " of " + other + ", the nearest " + Measures.metres(nearest)
                        + " away; agree a protection distance across the border")
                .packages(me, other).features(features)
                .marker(pair.toLonLat(UnaryUnionOp.union(parts)))
                .measure(Issue.DISTANCE_M, nearest).measure("radius_m", f.impactRadius())
                .measure(Issue.AREA_M2, area).build());
    }
}
