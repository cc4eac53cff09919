package org.planex.model;

import java.io.Serializable;

/**
 * A jurisdiction the plan declares as adjacent.
 *
 * @param code the neighbour's code
 * @param scheme the code scheme, e.g. {@code GB/T 2260}
 * @param name a name for people, or {@code null}
 * @since 0.1
 */
public record Neighbour(String code, String scheme, String name) implements Serializable {
    /** Checks the fields. */
    public Neighbour {
        Checks.nonBlank(code, "neighbour code");
        Checks.nonBlank(scheme, "neighbour scheme");
    }
}
