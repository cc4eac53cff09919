package org.planex.spi;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What a reader is opened on.
 *
 * @param source the file or folder to read
 * @param options option values, checked against the provider's descriptors
 * @param warnings where to report warnings
 * @since 0.1
 */
public record ReadContext(Path source, FormatOptions options, WarningListener warnings) {
    /** Checks the fields; {@code null} options or warnings become none and {@link WarningListener#IGNORE}. */
    public ReadContext {
        Objects.requireNonNull(source, "source");
        options = Objects.requireNonNullElse(options, FormatOptions.none());
        warnings = Objects.requireNonNullElse(warnings, WarningListener.IGNORE);
    }

    /** A context with default options that ignores warnings. */
    public static ReadContext of(Path source) {
        return new ReadContext(source, FormatOptions.none(), WarningListener.IGNORE);
    }
}
