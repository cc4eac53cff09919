package org.planex.core.convert;

import java.util.EnumMap;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.planex.model.FeatureKind;
import org.planex.model.PlanFeature;
import org.planex.model.PlanHeader;
import org.planex.spi.PlanReader;
import org.planex.spi.PlanexException;

/**
 * What {@code planex info} reports about a plan: its header, the number of features per kind and the
 * extent of all geometries (boundary included), gathered in one streaming pass.
 *
 * @param header the header
 * @param counts features per kind (every kind present, zero when none)
 * @param extent the envelope of all geometries in the package CRS, null when there is none
 * @param withoutGeometry how many features have no geometry
 * @since 0.1
 */
public record PlanSummary(PlanHeader header, Map<FeatureKind, Long> counts, Envelope extent, long withoutGeometry) {

    /** Copies the map. */
    public PlanSummary {
        counts = Map.copyOf(counts);
    }

    /** Reads every feature of {@code reader} (which stays open) and summarises. */
    public static PlanSummary of(PlanReader reader) throws PlanexException {
        Map<FeatureKind, Long> counts = new EnumMap<>(FeatureKind.class);
        for (FeatureKind k : FeatureKind.values()) {
            counts.put(k, 0L);
        }
        Envelope extent = new Envelope();
        if (reader.header().boundary() != null) {
            extent.expandToInclude(reader.header().boundary().getEnvelopeInternal());
        }
        long without = 0;
        for (PlanFeature f = reader.read(); f != null; f = reader.read()) {
            counts.merge(f.kind(), 1L, Long::sum);
            if (f.geometry() == null || f.geometry().isEmpty()) {
                without++;
            } else {
                extent.expandToInclude(f.geometry().getEnvelopeInternal());
            }
        }
        return new PlanSummary(reader.header(), counts, extent.isNull() ? null : extent, without);
    }

    /** All features. */
    public long features() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
