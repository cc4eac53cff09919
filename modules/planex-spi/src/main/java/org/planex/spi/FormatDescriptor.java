package org.planex.spi;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What a format provider is and can do, as data.
 *
 * @param id a stable short id, lower case, used on the command line ({@code -f geojson})
 * @param name a display name
 * @param mediaType the media type of the format
 * @param suffixes file name suffixes without the leading dot, most specific first ({@code planex.zip})
 * @param capabilities what the provider can do (not empty)
 * @param dataModel whether it reads and writes plans or layers
 * @param options the options it accepts
 * @since 0.1
 */
public record FormatDescriptor(String id, String name, String mediaType, List<String> suffixes,
        Set<Capability> capabilities, DataModel dataModel, List<OptionDescriptor<?>> options) {

    /** Checks the fields; ids are lower-case words with hyphens. */
    public FormatDescriptor {
        if (id == null || !id.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("format id '" + id + "' must be lower-case words with hyphens");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(dataModel, "dataModel");
        suffixes = suffixes.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
        capabilities = Set.copyOf(capabilities);
        if (capabilities.isEmpty()) {
            throw new IllegalArgumentException("format " + id + " declares no capability");
        }
        options = List.copyOf(options);
    }

    /** Whether the provider can do {@code capability}. */
    public boolean can(Capability capability) {
        return capabilities.contains(capability);
    }

    /** The longest suffix that ends {@code fileName} (case-insensitive), or {@code null}. */
    public String matchingSuffix(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        String best = null;
        for (String s : suffixes) {
            if (lower.endsWith("." + s) && (best == null || s.length() > best.length())) {
                best = s;
            }
        }
        return best;
    }
}
