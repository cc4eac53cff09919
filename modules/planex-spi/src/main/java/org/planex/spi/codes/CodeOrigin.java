package org.planex.spi.codes;

/**
 * Where a code comes from: the published standard itself, or a supplement used in practice beside it.
 *
 * @since 0.1
 */
public enum CodeOrigin {
    /** A code of the published standard. Counts of a standard's codes count only these. */
    STANDARD,
    /**
     * A working code used alongside the standard, such as the third national land survey's {@code 05H1},
     * {@code 08H2A} or {@code 0201K}.
     */
    SUPPLEMENT
}
