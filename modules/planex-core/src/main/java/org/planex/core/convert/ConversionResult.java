package org.planex.core.convert;

import java.time.Duration;
import java.util.Map;
import org.planex.model.FeatureKind;

/**
 * What one conversion did.
 *
 * @param counts features written per kind, when the conversion went through the plan model
 * @param layers records written per layer, in order, when layers were copied as they are (else empty)
 * @param attachments attachments copied
 * @param elapsed wall-clock time
 * @since 0.1
 */
public record ConversionResult(Map<FeatureKind, Long> counts, Map<String, Long> layers, int attachments,
        Duration elapsed) {

    /** Copies the maps. */
    public ConversionResult {
        counts = Map.copyOf(counts);
        layers = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(layers));
    }

    /** The result of a conversion through the plan model. */
    public ConversionResult(Map<FeatureKind, Long> counts, int attachments, Duration elapsed) {
        this(counts, Map.of(), attachments, elapsed);
    }

    /** All features (or records) written. */
    public long features() {
        return counts.values().stream().mapToLong(Long::longValue).sum()
                + layers.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Whether layers were copied as they are rather than mapped to plan features. */
    public boolean copiedLayers() {
        return !layers.isEmpty();
    }
}
