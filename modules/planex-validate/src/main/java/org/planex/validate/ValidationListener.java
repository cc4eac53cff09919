package org.planex.validate;

import java.nio.file.Path;

/**
 * Hears how a validation run advances: each input checked alone (loaded, package, feature and plan rules), then
 * each adjacent pair checked. For progress displays; the report does not depend on it.
 *
 * <p><b>Thread safety:</b> implementations must be thread-safe: inputs and pairs are checked in parallel, and
 * the calls come from the threads that checked them, in the order they finish.
 *
 * @since 0.1
 */
public interface ValidationListener {

    /** Hears nothing. */
    ValidationListener NONE = new ValidationListener() {
    };

    /**
     * An input was checked alone.
     *
     * @param input the input
     * @param loaded whether it could be read
     * @param issues the issues it gave (of loading and of its own rules)
     */
    default void inputChecked(Path input, boolean loaded, int issues) {
    }

    /**
     * The pairs are about to be checked.
     *
     * @param candidates the pairs of plans whose extents meet (some may turn out not to share a border)
     */
    default void pairsStarting(int candidates) {
    }

    /**
     * A candidate pair was checked.
     *
     * @param label the two package ids
     * @param adjacent whether they share a border (the pair rules ran only then)
     * @param issues the issues of its pair rules
     */
    default void pairChecked(String label, boolean adjacent, int issues) {
    }
}
