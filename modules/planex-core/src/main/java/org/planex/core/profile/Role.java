package org.planex.core.profile;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a layer holds for the plan, and which semantic fields a profile may map for it.
 *
 * @since 0.1
 */
public enum Role {
    /** Land and sea use zones. */
    ZONES("zones", "id", "code", "name"),
    /** Areas of one control line (the mapping names the kind, or a field holds it). */
    CONTROL("control", "id", "name", "kind"),
    /** Point facilities. */
    FACILITIES("facilities", "id", "name", "category", "nimby", "radius"),
    /** Corridors. */
    CORRIDORS("corridors", "id", "name", "type", "class", "crossBorderRef"),
    /**
     * Features of any kind in one layer of mixed geometry (a GeoJSON file from a web tool): each record's
     * geometry decides, polygons zones, points facilities, lines corridors.
     */
    FEATURES("features", "id", "name", "code", "category", "type"),
    /** The plan area, with the jurisdiction's code and name. */
    BOUNDARY("boundary", "jurisdictionCode", "jurisdictionName");

    private final String token;
    private final Set<String> keys;

    Role(String token, String... keys) {
        this.token = token;
        this.keys = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(java.util.List.of(keys)));
    }

    /** The name of the role in profile files. */
    public String token() {
        return token;
    }

    /** The semantic field names this role accepts, in a stable order (the order of the output's fields). */
    public Set<String> keys() {
        return keys;
    }

    /** The role named {@code token}. */
    public static Role fromToken(String token) {
        for (Role r : values()) {
            if (r.token.equals(token)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown role '" + token + "' (expected "
                + Arrays.stream(values()).map(Role::token).collect(Collectors.joining(", ")) + ")");
    }
}
