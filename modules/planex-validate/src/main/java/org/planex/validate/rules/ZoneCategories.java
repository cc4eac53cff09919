package org.planex.validate.rules;

import java.util.List;
import org.planex.model.PlanFeature;
import org.planex.model.Zone;
import org.planex.rule.PlanView;
import org.planex.rule.RuleContext;
import org.planex.spi.codes.HarmonisedCategory;

/**
 * The harmonised categories of a feature: a zone's code mapped through its package's classification system;
 * empty for other features and for unmapped codes.
 *
 * @since 0.1
 */
public final class ZoneCategories {

    private ZoneCategories() {
    }

    /** The categories of feature {@code index} of {@code plan}. */
    public static List<HarmonisedCategory> of(PlanView plan, int index, RuleContext context) {
        PlanFeature f = plan.features().get(index);
        if (!(f instanceof Zone z) || z.code() == null) {
            return List.of();
        }
        return context.categories(plan.header().classification().system(), z.code());
    }

    /** Category tokens joined by {@code |}, for messages. */
    public static String label(List<HarmonisedCategory> categories) {
        return String.join("|", categories.stream().map(HarmonisedCategory::token).toList());
    }
}
