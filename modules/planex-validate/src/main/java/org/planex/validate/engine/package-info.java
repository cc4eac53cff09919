/**
 * The engine's implementations of the rule API ({@link org.planex.rule}): {@link
 * org.planex.validate.engine.LoadedPlan} (a {@link org.planex.rule.PlanView}), {@link
 * org.planex.validate.engine.PlanPair} (a {@link org.planex.rule.PairView}, with its border found by {@link
 * org.planex.validate.engine.SharedBorderFinder}), {@link org.planex.validate.engine.Region}, {@link
 * org.planex.validate.engine.PackageInput} and {@link org.planex.validate.engine.ValidationContext} (a {@link
 * org.planex.rule.RuleContext} over the code registry, the compatibility matrix and the CRS service). Rules see
 * only the interfaces (but the bundled package rules, which report from {@code PackageInput} what the engine's one
 * pass over {@code plan.xml} found); the validator builds them.
 */
package org.planex.validate.engine;
