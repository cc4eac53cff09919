package org.planex.rule;

import org.planex.model.PlanFeature;
import org.planex.spi.PlanexException;

/**
 * A validation rule. The engine calls the method of the rule's {@link RuleScope}; the others keep their
 * default, which does nothing.
 *
 * <p><b>Note for implementers:</b> have a public no-arg constructor, keep no state between calls, and list
 * the class in {@code META-INF/services/org.planex.rule.Rule}. Report issues under the ids the
 * descriptor {@linkplain RuleDescriptor#emits() emits}, with the descriptor's default severity unless a
 * finding is milder or worse by nature; the engine applies the run's severity profile and rule selection.
 * Measure in metres in the metric views ({@link PlanView#metric}, {@link PairView#geometry}) and give
 * markers in longitude/latitude ({@link PlanView#toLonLat}, {@link PairView#toLonLat}). Read numeric settings
 * with {@link RuleContext#parameter}. Throw {@link PlanexException} only when the input cannot be checked at all;
 * a defect is an issue.
 *
 * <p><b>Thread safety:</b> implementations must be thread-safe: the engine checks packages and pairs in
 * parallel.
 *
 * @since 0.1
 */
public interface Rule {

    /** What the rule is. */
    RuleDescriptor descriptor();

    /** Checks a planex package as a container, before its features are read. */
    default void checkPackage(PackageView input, RuleContext context, IssueSink sink) throws PlanexException {
    }

    /** Checks one feature (index {@code index} in {@link PlanView#features()}). */
    default void checkFeature(PlanView plan, int index, PlanFeature feature, RuleContext context, IssueSink sink)
            throws PlanexException {
    }

    /** Checks one package as a whole. */
    default void checkPlan(PlanView plan, RuleContext context, IssueSink sink) throws PlanexException {
    }

    /** Checks two adjacent packages. */
    default void checkPair(PairView pair, RuleContext context, IssueSink sink) throws PlanexException {
    }

    /**
     * For a pair rule: the largest {@code distance}, in metres, it passes to {@link PairView#nearBorder} with
     * these settings. The engine then may give the pair only the zones within that distance of the other side's
     * plan area (and every feature that is not a zone), which keeps the memory of a region bounded by its borders
     * rather than by its plans. Distances that depend on the data need not be counted when they are facility
     * impact radii: the engine adds the largest {@link org.planex.model.Facility#impactRadius()} of the pair.
     *
     * <p>The default, infinity, says the rule may look at any zone of a side: the engine then keeps whole plans.
     * A pair rule that asks {@code nearBorder} for more than it declared gets an {@link IllegalStateException}.
     */
    default double pairReach(RuleContext context) {
        return Double.POSITIVE_INFINITY;
    }

    /** Checks all packages of a run at once. */
    default void checkRegion(RegionView region, RuleContext context, IssueSink sink) throws PlanexException {
    }
}
