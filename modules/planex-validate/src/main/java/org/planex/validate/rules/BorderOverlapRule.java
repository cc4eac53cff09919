package org.planex.validate.rules;

import java.util.List;
import org.planex.validate.spi.IssueSink;
import org.planex.validate.spi.PieceKind;
import org.planex.validate.spi.PlanPair;
import org.planex.validate.spi.Rule;
import org.planex.validate.spi.RuleDescriptor;
import org.planex.validate.spi.RuleScope;
import org.planex.validate.spi.Severity;
import org.planex.validate.spi.ValidationContext;

/**
 * {@code BORDER.OVERLAP} (and {@code BORDER.SLIVER} for narrow ones): land both packages claim, of kind
 * {@code overlap}, with its area, mean width and length along the border.
 *
 * @since 0.1
 */
public final class BorderOverlapRule implements Rule {

    private static final RuleDescriptor DESCRIPTOR = new RuleDescriptor("BORDER.OVERLAP", RuleScope.PAIR,
            Severity.ERROR, "Land both neighbours' plans cover.", List.of("BORDER.OVERLAP", "BORDER.SLIVER"),
            List.of());

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public void checkPair(PlanPair pair, ValidationContext context, IssueSink sink) {
        pair.border().ifPresent(b -> BorderPieceReporter.report(pair, b.overlaps(), PieceKind.OVERLAP,
                context.tolerances(), sink));
    }
}
