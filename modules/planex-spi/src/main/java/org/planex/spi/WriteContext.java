package org.planex.spi;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What a writer is opened on.
 *
 * @param target the file or folder to create; it appears only when the writer finishes
 * @param options option values, checked against the provider's descriptors
 * @param warnings where to report warnings
 * @since 0.1
 */
public record WriteContext(Path target, FormatOptions options, WarningListener warnings) {
    /** Checks the fields; {@code null} options or warnings become none and {@link WarningListener#IGNORE}. */
    public WriteContext {
        Objects.requireNonNull(target, "target");
        options = Objects.requireNonNullElse(options, FormatOptions.none());
        warnings = Objects.requireNonNullElse(warnings, WarningListener.IGNORE);
    }

    /** A context with default options that ignores warnings. */
    public static WriteContext of(Path target) {
        return new WriteContext(target, FormatOptions.none(), WarningListener.IGNORE);
    }
}
