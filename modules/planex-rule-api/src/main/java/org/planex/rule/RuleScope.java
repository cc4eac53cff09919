package org.planex.rule;

/**
 * What a rule looks at, which decides which {@link Rule} method the engine calls.
 *
 * @since 0.1
 */
public enum RuleScope {
    /** The container and {@code plan.xml} before the features are read: {@link Rule#checkPackage}. */
    PACKAGE,
    /** One feature at a time: {@link Rule#checkFeature}. */
    FEATURE,
    /** One loaded package as a whole: {@link Rule#checkPlan}. */
    PLAN,
    /** Two neighbouring packages: {@link Rule#checkPair}, once for every adjacent pair. */
    PAIR,
    /** All packages of a run at once: {@link Rule#checkRegion}. */
    REGION
}
