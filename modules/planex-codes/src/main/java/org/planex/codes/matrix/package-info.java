/**
 * The cross-border compatibility matrix: for two harmonised categories facing each other across a border,
 * whether they are compatible, need a buffer of some metres, or conflict.
 *
 * <p>The default matrix is a bundled CSV; users replace it with their own file of the same format
 * ({@link org.planex.codes.matrix.CompatibilityMatrix#read(java.nio.file.Path)}). The format and the
 * reasoning behind the defaults are in {@code docs/codes.md}.
 */
package org.planex.codes.matrix;
