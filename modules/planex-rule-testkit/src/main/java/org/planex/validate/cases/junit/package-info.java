/**
 * The JUnit 5 adapter of the rule cases of {@link org.planex.validate.cases}:
 * {@link org.planex.validate.cases.junit.RuleCaseTests} gives the dynamic tests a {@code @TestFactory} returns.
 */
package org.planex.validate.cases.junit;
