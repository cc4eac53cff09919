package org.planex.core.profile;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.planex.model.ControlKind;

/**
 * How the layers whose names match hold one role.
 *
 * @param role what the layers hold
 * @param controlKind for {@link Role#CONTROL}: the control line of every area in the layer, or {@code null}
 *     when a {@code kind} field gives it per record
 * @param match layer names, case-insensitive, {@code *} matching any run of characters; the first is the
 *     name of the layer written on export, so it has no wildcard
 * @param fields semantic field (e.g. {@code code}) to source field name (e.g. {@code YDYHFLDM})
 * @param defaults values for semantic fields the layer lacks (e.g. {@code type} = {@code road})
 * @since 0.1
 */
public record LayerMapping(Role role, ControlKind controlKind, List<String> match, Map<String, String> fields,
        Map<String, String> defaults) {

    /** Checks the mapping. */
    public LayerMapping {
        Objects.requireNonNull(role, "role");
        match = List.copyOf(match);
        fields = Map.copyOf(fields);
        defaults = Map.copyOf(defaults);
        if (match.isEmpty()) {
            throw new IllegalArgumentException("a " + role.token() + " mapping needs at least one layer name in match");
        }
        if (match.get(0).contains("*")) {
            throw new IllegalArgumentException("the first layer name of a mapping is written on export and must not"
                    + " contain '*': " + match.get(0));
        }
        for (String key : fields.keySet()) {
            requireKey(role, key);
        }
        for (String key : defaults.keySet()) {
            requireKey(role, key);
        }
    }

    private static void requireKey(Role role, String key) {
        if (!role.keys().contains(key)) {
            throw new IllegalArgumentException("field '" + key + "' does not apply to role " + role.token()
                    + " (allowed: " + String.join(", ", role.keys().stream().sorted().toList()) + ")");
        }
    }

    /** Whether this mapping applies to a layer of that name. */
    public boolean matches(String layerName) {
        String name = layerName.toLowerCase(Locale.ROOT);
        for (String m : match) {
            String regex = Pattern.quote(m.toLowerCase(Locale.ROOT)).replace("*", "\\E.*\\Q");
            if (name.matches(regex)) {
                return true;
            }
        }
        return false;
    }

    /** The layer name written on export. */
    public String exportName() {
        return match.get(0);
    }

    /** The source field for a semantic field, or {@code null}. */
    public String field(String key) {
        return fields.get(key);
    }
}
