/**
 * A minimal planex rule plugin: {@link org.planex.example.rule.FacilitySpacingRule} flags facilities of a package
 * nearer each other than a parameter allows. It shows the smallest complete rule: a descriptor with a parameter,
 * a plan-scope check over the metric view and its spatial index, issues with measures and a longitude/latitude
 * marker, and a ServiceLoader registration ({@code META-INF/services/org.planex.rule.Rule}). It depends on the
 * rule API ({@code planex-rule-api}) and JTS only. See docs/plugin-guide.md.
 */
package org.planex.example.rule;
