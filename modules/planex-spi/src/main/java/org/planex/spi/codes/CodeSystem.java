package org.planex.spi.codes;

import java.util.List;
import java.util.Optional;

/**
 * One published list of land/sea use or zoning codes, with its hierarchy.
 *
 * <p><b>Thread safety:</b> immutable once loaded; safe for use from many threads. Implementations that
 * load their list lazily do so once, safely.
 *
 * <p><b>Note for implementers:</b> {@link #lookup} takes a {@linkplain #normalise normalised} code; callers
 * that hold raw text from a data file normalise it first. Report malformed bundled data as an
 * {@link IllegalStateException} naming the resource and line: it is a bug of the plugin, not of the user's
 * data.
 *
 * @since 0.1
 */
public interface CodeSystem {

    /** A stable id, lower-case words with hyphens, e.g. {@code cn-ydyh-2023}. */
    String id();

    /** A display name, e.g. {@code 国土空间调查、规划、用途管制用地用海分类 (2023)}. */
    String name();

    /** The edition, e.g. {@code 2023}. */
    String version();

    /**
     * The id of the system that supersedes this edition, e.g. {@code cn-ydyh-2023} for the 2020 trial
     * edition; empty while this edition is current.
     */
    Optional<String> successor();

    /** Whether a newer edition supersedes this one. */
    default boolean deprecated() {
        return successor().isPresent();
    }

    /**
     * Turns raw text from a data file into the system's spelling of a code: trims it and applies the
     * system's documented rules (e.g. a Hong Kong sub-zone {@code R(A)4} becomes {@code R(A)}). Returns the
     * trimmed text unchanged when no rule applies; never fails.
     */
    String normalise(String raw);

    /** The entry of a normalised code, or empty if the system has no such code. */
    Optional<CodeEntry> lookup(String code);

    /** Every code, parents before children, in the order of the standard. */
    List<CodeEntry> entries();

    /** The direct children of {@code code}, in the order of the standard; empty for a leaf or unknown code. */
    default List<CodeEntry> children(String code) {
        return entries().stream().filter(e -> e.parent().equals(code)).toList();
    }
}
