package org.planex.core.profile;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The generic command-line options that adjust a profile ({@link Profile#with(ProfileOptions)}).
 *
 * @param codeField the field of the zone layers that holds the land-use code, or {@code null}
 * @param codeSystem the code system id, or {@code null}
 * @param jurisdictionCode the jurisdiction code, or {@code null}
 * @param jurisdictionName the jurisdiction name, or {@code null}
 * @param layerRoles layer name to role ({@code zones}, {@code control:KIND}, {@code facilities},
 *     {@code corridors}, {@code boundary}), in order
 * @since 0.1
 */
public record ProfileOptions(String codeField, String codeSystem, String jurisdictionCode, String jurisdictionName,
        Map<String, String> layerRoles) {

    /** No options. */
    public static final ProfileOptions NONE = new ProfileOptions(null, null, null, null, Map.of());

    /** Copies the map, keeping its order. */
    public ProfileOptions {
        layerRoles = layerRoles == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(layerRoles));
    }

    /** Whether no option is set. */
    public boolean isEmpty() {
        return codeField == null && codeSystem == null && jurisdictionCode == null && jurisdictionName == null
                && layerRoles.isEmpty();
    }
}
