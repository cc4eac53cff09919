package org.planex.model;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The territory a plan covers, identified by a code in a code scheme (for China, GB/T 2260 administrative
 * division codes such as {@code 320509}).
 *
 * @param code the jurisdiction code, non-blank
 * @param scheme the code scheme, e.g. {@code GB/T 2260}
 * @param names names by language tag (BCP 47, e.g. {@code zh}, {@code en}), in order; at least one
 * @param level the administrative level
 * @param parentCode the code of the enclosing jurisdiction in the same scheme, or {@code null}
 * @since 0.1
 */
public record Jurisdiction(String code, String scheme, Map<String, String> names, AdminLevel level,
        String parentCode) implements Serializable {

    /** Checks the fields and freezes the name map. */
    public Jurisdiction {
        Checks.nonBlank(code, "jurisdiction code");
        Checks.nonBlank(scheme, "jurisdiction scheme");
        Objects.requireNonNull(level, "level");
        if (names == null || names.isEmpty()) {
            throw new IllegalArgumentException("jurisdiction " + code + " needs at least one name");
        }
        names = Collections.unmodifiableMap(new LinkedHashMap<>(names));
    }

    /** The first name given, used where one name is needed. */
    public String name() {
        return names.values().iterator().next();
    }

    /** The name in a language, or the first name when there is none in that language. */
    public String name(String language) {
        return names.getOrDefault(language, name());
    }
}
