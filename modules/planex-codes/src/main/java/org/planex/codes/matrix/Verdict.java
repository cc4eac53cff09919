package org.planex.codes.matrix;

import java.util.Objects;

/**
 * The verdict of the matrix on two categories.
 *
 * @param kind compatible, buffer or conflict
 * @param bufferMetres the distance to keep, positive for {@link VerdictKind#BUFFER}, else 0
 * @param note why, from the matrix file; may be empty
 */
public record Verdict(VerdictKind kind, int bufferMetres, String note) {

    /** Checks that a buffer, and only a buffer, has a positive distance. */
    public Verdict {
        Objects.requireNonNull(kind, "kind");
        if (kind == VerdictKind.BUFFER != bufferMetres > 0) {
            throw new IllegalArgumentException(kind == VerdictKind.BUFFER
                    ? "a buffer needs a positive distance in metres, not " + bufferMetres
                    : "only a buffer has a distance");
        }
        note = note == null ? "" : note;
    }

    /** Whether this verdict is stricter than {@code other}: a conflict, then the larger buffer. */
    public boolean isWorseThan(Verdict other) {
        return kind.compareTo(other.kind) > 0 || kind == other.kind && bufferMetres > other.bufferMetres;
    }

    /** {@code compatible}, {@code buffer 50 m} or {@code conflict}. */
    @Override
    public String toString() {
        return kind == VerdictKind.BUFFER ? "buffer " + bufferMetres + " m" : kind.token();
    }
}
