/**
 * Declarative rule cases: JSON files ({@code cases/**}{@code /*.json}, schema {@code case.schema.json} beside
 * these classes) that give packages as WKT, the rules to run and the issues they must report.
 * {@link org.planex.validate.cases.RuleCaseRunner} reads and runs them and
 * {@link org.planex.validate.cases.CaseResult} says, naming the file, what was missing or extra; the module
 * {@code planex-rule-testkit} turns them into JUnit tests. See {@code docs/plugin-guide.md}, Testing a rule
 * plugin.
 */
package org.planex.validate.cases;
