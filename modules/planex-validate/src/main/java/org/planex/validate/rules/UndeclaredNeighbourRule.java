package org.planex.validate.rules;

import org.planex.model.PlanHeader;
import org.planex.rule.Issue;
import org.planex.rule.IssueSink;
import org.planex.rule.PairView;
import org.planex.rule.RegionView;
import org.planex.rule.Rule;
import org.planex.rule.RuleContext;
import org.planex.rule.RuleDescriptor;
import org.planex.rule.RuleScope;
import org.planex.rule.Severity;

/**
 * {@code REGION.UNDECLARED_NEIGHBOUR}: two packages found adjacent from their boundaries whose headers do not
 * list each other's jurisdiction among their neighbours.
 *
 * @since 0.1
 */
public final class UndeclaredNeighbourRule implements Rule {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.of("REGION.UNDECLARED_NEIGHBOUR",
            RuleScope.REGION, Severity.INFO, "Two packages share a border but do not declare each other as neighbours.");

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void checkRegion(RegionView region, RuleContext context, IssueSink sink) {
        for (PairView pair : region.pairs()) {
            PlanHeader a = pair.plan(PairView.Side.FIRST).header();
            PlanHeader b = pair.plan(PairView.Side.SECOND).header();
            report(a, b, pair, sink);
            report(b, a, pair, sink);
        }
    }

    private static void report(PlanHeader from, PlanHeader to, PairView pair, IssueSink sink) {
        String code = to.jurisdiction().code();
        if (from.neighbours().stream().anyMatch(n -> n.code().equals(code))) {
            return;
        }
        sink.report(Issue.builder(DESCRIPTOR.id(), DESCRIPTOR.defaultSeverity())
                .message(from.packageId() + " (" + from.jurisdiction().name() + ") shares a border with " + to.packageId()
                        + " (" + to.jurisdiction().code() + " " + to.jurisdiction().name()
                        + ") but does not list it among its neighbours; add it to the header")
                .packages(from.packageId(), to.packageId())
                .marker(pair.border().map(b -> pair.toLonLat(b.lineFirst())).orElse(null)).build());
    }
}
