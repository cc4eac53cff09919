package org.planex.core.input;

import java.util.LinkedHashMap;
import java.util.Map;
import org.planex.core.profile.ProfileOptions;
import org.planex.model.CrsRef;

/**
 * What the user said about an input; everything is optional.
 *
 * @param format the input format id, or {@code null} to detect it
 * @param openOptions options of the input format ({@code --oo NAME=VALUE}), by name
 * @param profile the profile that maps a layered input's layers (a built-in name or a file), or {@code null}
 *     for the built-in profile that fits the layer names best ({@code generic} when none does)
 * @param mapping layer roles, code field, code system and jurisdiction given on the command line
 * @param sourceCrs the CRS of the input, overriding a missing or wrong declaration, or {@code null}
 * @since 0.2
 */
public record InputOptions(String format, Map<String, String> openOptions, String profile, ProfileOptions mapping,
        CrsRef sourceCrs) {

    /** Nothing said: detect the format, choose the profile from the layer names, keep the declared CRS. */
    public static final InputOptions DEFAULT = new InputOptions(null, Map.of(), null, ProfileOptions.NONE, null);

    /** Copies the map; a {@code null} map or mapping means none. */
    public InputOptions {
        openOptions = openOptions == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(openOptions));
        mapping = mapping == null ? ProfileOptions.NONE : mapping;
    }

    /**
     * Whether the user asked how layers map to the plan ({@code --profile}, {@code --layer-role},
     * {@code --code-field}, ...). Without it a layered input converted to a layered output is copied layer by
     * layer, as it is.
     */
    public boolean mapsLayers() {
        return profile != null || !mapping.isEmpty();
    }

    /** A copy with another profile ({@code PATH=PROFILE} of {@code planex validate}). */
    public InputOptions withProfile(String newProfile) {
        return new InputOptions(format, openOptions, newProfile, mapping, sourceCrs);
    }

    /** A copy without format and open options, which name one input (a batch detects each). */
    public InputOptions forEachInput() {
        return new InputOptions(null, Map.of(), profile, mapping, sourceCrs);
    }
}
