package org.planex.spi.codes;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a {@link Crosswalk} says about one source code.
 *
 * <p>A result is {@link MappingFlag#UNMAPPED} exactly when it has no target; one with several targets
 * carries {@link MappingFlag#NEEDS_SUBDIVISION}.
 *
 * @param sourceCode the (normalised) source code
 * @param targets the target codes, in the order of the crosswalk's data; empty when unmapped
 * @param flags remarks on the mapping
 * @param note why the mapping is a judgement or why the code is unmapped; empty if nothing to say
 * @since 0.1
 */
public record CrosswalkResult(String sourceCode, List<String> targets, Set<MappingFlag> flags, String note) {

    /** Checks the fields and their consistency. */
    public CrosswalkResult {
        targets = List.copyOf(targets);
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        note = note == null ? "" : note;
        if (targets.isEmpty() != flags.contains(MappingFlag.UNMAPPED)) {
            throw new IllegalArgumentException("mapping of " + sourceCode
                    + ": UNMAPPED must be flagged exactly when there is no target");
        }
        if (targets.size() > 1 && !flags.contains(MappingFlag.NEEDS_SUBDIVISION)) {
            throw new IllegalArgumentException("mapping of " + sourceCode + " to " + targets
                    + " has several targets and must be flagged NEEDS_SUBDIVISION");
        }
    }

    /** The explicit "no mapping" result for {@code sourceCode}, with a note saying why. */
    public static CrosswalkResult unmapped(String sourceCode, String note) {
        return new CrosswalkResult(sourceCode, List.of(), Set.of(MappingFlag.UNMAPPED), note);
    }

    /** Whether the crosswalk has at least one target for the code. */
    public boolean isMapped() {
        return !targets.isEmpty();
    }

    /** Whether the result carries {@code flag}. */
    public boolean has(MappingFlag flag) {
        return flags.contains(flag);
    }
}
