package org.planex.codes.matrix;

/** How two categories may face each other, from best to worst. */
public enum VerdictKind {
    /** They may touch. */
    COMPATIBLE("compatible"),
    /** They must be kept a number of metres apart. */
    BUFFER("buffer"),
    /** They must not face each other at all. */
    CONFLICT("conflict");

    private final String token;

    VerdictKind(String token) {
        this.token = token;
    }

    /** The token in matrix files. */
    public String token() {
        return token;
    }
}
