package org.planex.validate.rules;

import org.planex.model.PlanHeader;
import org.planex.validate.spi.Issue;
import org.planex.validate.spi.IssueSink;
import org.planex.validate.spi.PlanPair;
import org.planex.validate.spi.Region;
import org.planex.validate.spi.Rule;
import org.planex.validate.spi.RuleDescriptor;
import org.planex.validate.spi.RuleScope;
import org.planex.validate.spi.Severity;
import org.planex.validate.spi.ValidationContext;

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
    public void checkRegion(Region region, ValidationContext context, IssueSink sink) {
        for (PlanPair pair : region.pairs()) {
            PlanHeader a = pair.plan(PlanPair.Side.FIRST).header();
            PlanHeader b = pair.plan(PlanPair.Side.SECOND).header();
            report(a, b, pair, sink);
            report(b, a, pair, sink);
        }
    }

    private static void report(PlanHeader from, PlanHeader to, PlanPair pair, IssueSink sink) {
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
