/**
 * Zoning code systems at work: the {@link org.planex.codes.CodeRegistry} of all systems and crosswalks found
 * with {@link java.util.ServiceLoader}, the {@link org.planex.codes.CategoryMapper} from any code to the
 * harmonised categories. It is a library: the console of {@code planex codes} is in the CLI module.
 *
 * <p>The compatibility matrix is in {@link org.planex.codes.matrix}, the code checks of validation in
 * {@link org.planex.codes.check}, the bundled data and its readers in {@link org.planex.codes.data}.
 * See {@code docs/codes.md}.
 */
package org.planex.codes;
