package org.planex.rule;

import java.util.Objects;

/**
 * How two harmonised land-use categories may face each other across a border, from the compatibility matrix
 * of the run ({@link RuleContext#compatibility}).
 *
 * @param kind compatible, buffer or conflict
 * @param bufferMetres the distance they must be kept apart for {@link Kind#BUFFER}, else 0
 * @param note why, for messages
 * @since 0.1
 */
public record Compatibility(Kind kind, int bufferMetres, String note) {

    /** The verdict kinds, from best to worst. */
    public enum Kind {
        /** They may touch. */
        COMPATIBLE,
        /** They must be kept {@code bufferMetres} apart. */
        BUFFER,
        /** They must not face each other at all. */
        CONFLICT
    }

    /** Checks the parts. */
    public Compatibility {
        Objects.requireNonNull(kind, "kind");
        note = note == null ? "" : note;
    }
}
