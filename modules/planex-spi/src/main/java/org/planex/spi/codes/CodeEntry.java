package org.planex.spi.codes;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One code of a {@link CodeSystem}.
 *
 * @param code the code as written in the system, e.g. {@code 070102}, {@code R(A)}, {@code 1_1_Agriculture}
 * @param name the name in the system's own language, e.g. {@code 二类城镇住宅用地}
 * @param names the name in other languages keyed by BCP 47 tag ({@code en}, {@code zh-Hant}); may be empty
 * @param level the 1-based level in the hierarchy (1 for top-level codes)
 * @param parent the code of the parent, or the empty string for a top-level code (see {@link #parentCode()})
 * @param domain whether the code classifies land or sea
 * @param origin whether the code belongs to the published standard or to a working supplement
 * @since 0.1
 */
public record CodeEntry(String code, String name, Map<String, String> names, int level, String parent,
        CodeDomain domain, CodeOrigin origin) {

    /** Checks the fields and copies the map. */
    public CodeEntry {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("code must not be blank");
        }
        Objects.requireNonNull(name, "name of " + code);
        names = Map.copyOf(names);
        if (level < 1) {
            throw new IllegalArgumentException("level of " + code + " must be at least 1, was " + level);
        }
        parent = parent == null ? "" : parent;
        if (level == 1 != parent.isEmpty()) {
            throw new IllegalArgumentException("code " + code + " of level " + level
                    + (parent.isEmpty() ? " needs a parent" : " must not have a parent"));
        }
        Objects.requireNonNull(domain, "domain of " + code);
        Objects.requireNonNull(origin, "origin of " + code);
    }

    /** The parent code, empty for a top-level code. */
    public Optional<String> parentCode() {
        return parent.isEmpty() ? Optional.empty() : Optional.of(parent);
    }
}
