/**
 * The code checks that validation runs on every zone: {@link org.planex.codes.check.CodeChecker} reports
 * {@link org.planex.codes.check.CodeRule#UNKNOWN CODE.UNKNOWN}, {@link org.planex.codes.check.CodeRule#DEPRECATED
 * CODE.DEPRECATED}, {@link org.planex.codes.check.CodeRule#UNMAPPED CODE.UNMAPPED} and
 * {@link org.planex.codes.check.CodeRule#LEVEL CODE.LEVEL} as {@link org.planex.rule.Issue}s of the rule API (id, severity and
 * message; validation adds the package, zones and location).
 */
package org.planex.codes.check;
