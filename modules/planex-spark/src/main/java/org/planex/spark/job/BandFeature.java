package org.planex.spark.job;

import java.io.Serializable;
import org.planex.model.FeatureKind;
import org.planex.model.PlanFeature;

/**
 * One feature of a plan's border slice on its way to the pairs that need it: its plan, its position in the slice
 * (so that a pair loads the features in file order), its lon/lat geometry for the spatial join and the feature.
 *
 * @param plan the input index of its plan
 * @param ordinal its position in the plan's border slice
 * @param wkb its geometry in EPSG:4326 longitude/latitude as WKB, or {@code null} when it has none
 * @param feature the feature as the plan holds it
 * @since 0.1
 */
public record BandFeature(int plan, int ordinal, byte[] wkb, PlanFeature feature) implements Serializable {

    /** Whether it is a zone: only zones are joined by place, every other feature goes to each pair of its plan. */
    public boolean zone() {
        return feature.kind() == FeatureKind.ZONE;
    }
}
