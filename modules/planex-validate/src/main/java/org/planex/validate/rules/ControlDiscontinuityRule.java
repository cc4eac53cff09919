package org.planex.validate.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.planex.model.ControlArea;
import org.planex.model.ControlKind;
import org.planex.model.PlanFeature;
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
import org.planex.rule.Tolerances;
import org.planex.spi.PlanexException;
import org.planex.spi.codes.HarmonisedCategory;

/**
 * {@code XB.CONTROL_DISCONTINUITY}: an ecological red line or a permanent basic farmland area that meets the
 * border on one side with nothing compatible facing it on the other. "Meets the border" is the part of the
 * side's version of the border within the tolerance of the control area ({@code contact}); what faces it is
 * compatible when it is a control area of the same kind, or a zone whose every category suits the kind
 * (ecological red line: ecological protection, forest, water, wetland, green space; farmland: agriculture),
 * within the facing distance. The uncovered part of the contact, when at least {@code min-length} metres
 * long, is one issue with its length.
 *
 * @since 0.1
 */
public final class ControlDiscontinuityRule implements Rule {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("XB.CONTROL_DISCONTINUITY", RuleScope.PAIR,
            Severity.WARNING, "An ecological red line or farmland area stops at the border with nothing compatible"
                    + " on the other side.",
            new RuleParameter("min-length", 50, "m", "the shortest uncovered stretch of border reported"));

    private static final Set<HarmonisedCategory> ECOLOGICAL = Set.of(HarmonisedCategory.ECOLOGICAL_PROTECTION,
            HarmonisedCategory.FOREST, HarmonisedCategory.WATER, HarmonisedCategory.WETLAND,
            HarmonisedCategory.GREEN_OPEN_SPACE);
    private static final Set<HarmonisedCategory> FARMLAND = Set.of(HarmonisedCategory.AGRICULTURE);

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** The border width plus the facing distance or the tolerance, whichever is larger. */
    @Override
    public double pairReach(RuleContext context) {
        Tolerances t = context.tolerances();
        return t.borderWidth() + Math.max(t.tolerance(), t.facingDistance());
    }

    @Override
    public void checkPair(PairView pair, RuleContext context, IssueSink sink) throws PlanexException {
        if (pair.border().isEmpty()) {
            return;
        }
        SharedBorder border = pair.border().get();
        for (Side side : Side.values()) {
            check(pair, side, side == Side.FIRST ? border.lineFirst() : border.lineSecond(), context, sink);
        }
    }

    private void check(PairView pair, Side side, Geometry line, RuleContext context, IssueSink sink)
            throws PlanexException {
        double tol = context.tolerances().tolerance();
        double facing = context.tolerances().facingDistance();
        double minLength = context.parameter(DESCRIPTOR, "min-length");
        List<Integer> mine = pair.nearBorder(side, tol + context.tolerances().borderWidth());
        List<Integer> theirs = pair.nearBorder(side.other(), facing + context.tolerances().borderWidth());
        for (int i : mine) {
            if (!(pair.plan(side).features().get(i) instanceof ControlArea c) || !relevant(c.controlKind())) {
                continue;
            }
            Geometry g = pair.geometry(side, i);
            Geometry contact = line.intersection(g.buffer(tol));
            if (contact.getLength() < minLength) {
                continue;
            }
            List<Geometry> compatible = new ArrayList<>();
            for (int j : theirs) {
                Geometry other = pair.geometry(side.other(), j);
                if (other != null && other.isWithinDistance(contact, facing)
                        && compatible(pair, side.other(), j, c.controlKind(), context)) {
                    compatible.add(other);
                }
            }
            Geometry open = compatible.isEmpty() ? contact
                    : contact.difference(UnaryUnionOp.union(compatible).buffer(facing));
            double length = open.getLength();
            if (length < minLength) {
                continue;
            }
            String me = pair.plan(side).packageId();
            String other = pair.plan(side.other()).packageId();
            sink.report(Issue.builder(DESCRIPTOR.id(), DESCRIPTOR.defaultSeverity())
                    .message(c.controlKind() + " " + c.id() + " of " + me + " meets the border with " + other + " over "
                            + Measures.metres(contact.getLength()) + ", of which " + Measures.metres(length)
                            + " face nothing compatible in " + other + "; coordinate the protection across the border")
                    .packages(me, other).features(c.id()).marker(pair.toLonLat(open))
                    .measure(Issue.LENGTH_M, length).build());
        }
    }

    private static boolean relevant(ControlKind kind) {
        return kind.equals(ControlKind.ECOLOGICAL_RED_LINE) || kind.equals(ControlKind.PERMANENT_BASIC_FARMLAND);
    }

    private static boolean compatible(PairView pair, Side side, int j, ControlKind kind, RuleContext context) {
        PlanFeature f = pair.plan(side).features().get(j);
        if (f instanceof ControlArea c) {
            return c.controlKind().equals(kind);
        }
        List<HarmonisedCategory> cats = ZoneCategories.of(pair.plan(side), j, context);
        Set<HarmonisedCategory> fits = kind.equals(ControlKind.ECOLOGICAL_RED_LINE) ? ECOLOGICAL : FARMLAND;
        return !cats.isEmpty() && fits.containsAll(cats);
    }
}
