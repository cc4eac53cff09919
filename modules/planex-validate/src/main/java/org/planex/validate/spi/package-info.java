/**
 * The contract of a validation rule: {@link org.planex.validate.spi.Rule} with its
 * {@link org.planex.validate.spi.RuleDescriptor}, the {@link org.planex.validate.spi.Issue} it reports and the
 * inputs it is given (a loaded package, a pair of neighbouring packages, a region).
 *
 * <p>Rules are found with {@link java.util.ServiceLoader}: list the class in
 * {@code META-INF/services/org.planex.validate.spi.Rule}. The contract lives in planex-validate rather than
 * planex-spi because a rule needs the engine's loaded, indexed packages and the tolerance model, which depend
 * on planex-crs and planex-codes; a rule plugin depends on planex-validate.
 */
package org.planex.validate.spi;
