package org.planex.core.convert;

import java.time.Duration;
import java.util.Map;
import org.planex.model.FeatureKind;

/**
 * What one conversion did.
 *
 * @param counts features written per kind
 * @param attachments attachments copied
 * @param elapsed wall-clock time
 * @since 0.1
 */
public record ConversionResult(Map<FeatureKind, Long> counts, int attachments, Duration elapsed) {

    /** Copies the map. */
    public ConversionResult {
        counts = Map.copyOf(counts);
    }

    /** All features written. */
    public long features() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
