package org.planex.spi.codes;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Two crosswalks chained: A -> B, then B -> C. Each target of the first is mapped by the second and the
 * targets are collected in order without repeats. The result is {@link MappingFlag#JUDGEMENT} if either step
 * is, {@link MappingFlag#NEEDS_SUBDIVISION} if it ends with several targets, and unmapped if no target
 * survives. Candidates of the first step that the second cannot map are named in the note and make the
 * result a judgement.
 *
 * <p>The code registry chains crosswalks through an intermediate system with it; a plugin that finds crosswalks
 * through {@link CodeSystemProvider}s (a format that needs HILUCS for a predecessor edition) chains them the
 * same way.
 *
 * <p><b>Thread safety:</b> thread-safe if both crosswalks are.
 *
 * @since 0.2
 */
public final class ComposedCrosswalk implements Crosswalk {

    private final Crosswalk first;
    private final Crosswalk second;

    /**
     * The chain of {@code first} and {@code second}.
     *
     * @throws IllegalArgumentException if {@code second} does not start where {@code first} ends
     */
    public ComposedCrosswalk(Crosswalk first, Crosswalk second) {
        if (!first.toSystem().equals(second.fromSystem())) {
            throw new IllegalArgumentException("crosswalk " + second.fromSystem() + " -> " + second.toSystem()
                    + " does not continue " + first.fromSystem() + " -> " + first.toSystem());
        }
        this.first = first;
        this.second = second;
    }

    @Override
    public String fromSystem() {
        return first.fromSystem();
    }

    @Override
    public String toSystem() {
        return second.toSystem();
    }

    /** The intermediate system. */
    public String via() {
        return first.toSystem();
    }

    @Override
    public CrosswalkResult map(String sourceCode) {
        CrosswalkResult step = first.map(sourceCode);
        if (!step.isMapped()) {
            return CrosswalkResult.unmapped(sourceCode, step.note());
        }
        Set<String> targets = new LinkedHashSet<>();
        Set<MappingFlag> flags = EnumSet.noneOf(MappingFlag.class);
        List<String> notes = new ArrayList<>();
        addNote(notes, step.note());
        if (step.has(MappingFlag.JUDGEMENT)) {
            flags.add(MappingFlag.JUDGEMENT);
        }
        List<String> lost = new ArrayList<>();
        for (String middle : step.targets()) {
            CrosswalkResult next = second.map(middle);
            if (!next.isMapped()) {
                lost.add(middle);
                continue;
            }
            targets.addAll(next.targets());
            if (next.has(MappingFlag.JUDGEMENT)) {
                flags.add(MappingFlag.JUDGEMENT);
            }
            addNote(notes, next.note());
        }
        if (targets.isEmpty()) {
            return CrosswalkResult.unmapped(sourceCode, "via " + via() + " " + String.join(", ", step.targets())
                    + ", which " + toSystem() + " does not map");
        }
        if (!lost.isEmpty()) {
            flags.add(MappingFlag.JUDGEMENT);
            notes.add("candidates " + String.join(", ", lost) + " of " + via() + " do not map to " + toSystem());
        }
        if (targets.size() > 1) {
            flags.add(MappingFlag.NEEDS_SUBDIVISION);
        }
        return new CrosswalkResult(sourceCode, List.copyOf(targets), flags, String.join("; ", notes));
    }

    private static void addNote(List<String> notes, String note) {
        if (!note.isEmpty() && !notes.contains(note)) {
            notes.add(note);
        }
    }

    @Override
    public String toString() {
        return fromSystem() + " -> " + via() + " -> " + toSystem();
    }
}
