package org.planex.validate.rules;

import java.util.List;
import org.planex.rule.IssueSink;
import org.planex.rule.PairView;
import org.planex.rule.PieceKind;
import org.planex.rule.Rule;
import org.planex.rule.RuleContext;
import org.planex.rule.RuleDescriptor;
import org.planex.rule.RuleScope;
import org.planex.rule.Severity;

/**
 * {@code BORDER.GAP} (and {@code BORDER.SLIVER} for narrow ones): land enclosed between the two versions of a
 * border that neither package covers, of kind {@code gap}, with its area, mean width and length along the border.
 *
 * @since 0.1
 */
public final class BorderGapRule implements Rule {

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("BORDER.GAP", RuleScope.PAIR, Severity.ERROR,
            "Land between two neighbours that neither plan covers.", List.of("BORDER.GAP", "BORDER.SLIVER"), List.of());

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
        pair.border().ifPresent(b -> BorderPieceReporter.report(pair, b.gaps(), PieceKind.GAP, context.tolerances(),
                sink));
    }
}
