/**
 * The rule API: what a vendor implements to add a validation rule to {@code planex validate}, and the read-only
 * views of the input a rule is given.
 *
 * <p>Implement {@link org.planex.rule.Rule}, describe it with a {@link org.planex.rule.RuleDescriptor} (id,
 * {@link org.planex.rule.RuleScope}, default {@link org.planex.rule.Severity}, {@link org.planex.rule.RuleParameter
 * parameters}), report {@link org.planex.rule.Issue}s to the {@link org.planex.rule.IssueSink}, and list the class
 * in {@code META-INF/services/org.planex.rule.Rule}. Put the jar in a folder and run
 * {@code planex validate --plugins DIR}; {@code planex rules --plugins DIR} lists it.
 *
 * <p>Depending on the scope, the engine hands the rule a {@link org.planex.rule.PackageView} (the container), a
 * {@link org.planex.rule.PlanView} (one loaded package with its metric view and spatial index), a
 * {@link org.planex.rule.PairView} (two neighbours in one metric CRS with their {@link org.planex.rule.SharedBorder})
 * or a {@link org.planex.rule.RegionView}, plus a {@link org.planex.rule.RuleContext} (tolerances, parameters,
 * code categories, compatibility). The module depends only on planex-model, planex-spi and JTS, so a rule plugin
 * needs nothing of the engine; the same {@link org.planex.rule.Issue} is what the CRS and code checks report.
 */
package org.planex.rule;
