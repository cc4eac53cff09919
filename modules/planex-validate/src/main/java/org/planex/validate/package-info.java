/**
 * The validation engine: {@link org.planex.validate.Validator} runs the rules of a
 * {@link org.planex.validate.RuleCatalog} (found with ServiceLoader) over packages loaded once into memory,
 * with a {@link org.planex.validate.RuleSelection} and a {@link org.planex.validate.SeverityProfile}, and returns
 * a {@link org.planex.validate.ValidationReport}. See {@code docs/validation.md}.
 */
package org.planex.validate;
