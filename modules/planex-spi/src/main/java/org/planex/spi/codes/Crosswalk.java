package org.planex.spi.codes;

/**
 * A mapping from the codes of one {@link CodeSystem} to the codes of another, or to the harmonised
 * categories (target system {@value HarmonisedCategory#SYSTEM_ID}, target codes the category
 * {@linkplain HarmonisedCategory#token() tokens}).
 *
 * <p><b>Thread safety:</b> immutable once loaded; safe for use from many threads.
 *
 * <p><b>Note for implementers:</b> never guess: a source code without a row is
 * {@link CrosswalkResult#unmapped unmapped}, never mapped to a default target.
 *
 * @since 0.1
 */
public interface Crosswalk {

    /** The id of the source code system, e.g. {@code cn-ydyh-2020}. */
    String fromSystem();

    /** The id of the target code system, e.g. {@code cn-ydyh-2023} or {@value HarmonisedCategory#SYSTEM_ID}. */
    String toSystem();

    /**
     * Maps one source code, already {@linkplain CodeSystem#normalise normalised} by the source system.
     *
     * @return the targets and flags; an {@link MappingFlag#UNMAPPED} result when the crosswalk has no row
     */
    CrosswalkResult map(String sourceCode);
}
