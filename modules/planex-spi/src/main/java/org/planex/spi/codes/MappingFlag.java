package org.planex.spi.codes;

/**
 * A remark on a {@link CrosswalkResult}.
 *
 * @since 0.1
 */
public enum MappingFlag {
    /**
     * The mapping is a judgement of the crosswalk's authors, not a one-to-one fact of the standards: the
     * source code's meaning is wider, narrower or differently cut than the target's. The result's note says
     * why.
     */
    JUDGEMENT,
    /**
     * The source code splits into several target codes; the result lists the candidates and the data must
     * be subdivided (surveyed or decided) to choose one per feature.
     */
    NEEDS_SUBDIVISION,
    /** The crosswalk has no target for the code. The result's target list is empty. */
    UNMAPPED
}
