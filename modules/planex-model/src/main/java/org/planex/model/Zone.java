package org.planex.model;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * A land or sea use zone: an area with one code of the plan's classification.
 *
 * @param id the feature id
 * @param code the land/sea use code, e.g. {@code 070102}, or {@code null} for a zone not classified yet
 *     (data from a source without a code field; validation reports it as {@code CODE.MISSING})
 * @param name a name for people (often the code's name), or {@code null}
 * @param geometry a Polygon or MultiPolygon, or {@code null}
 * @param attributes free typed attributes such as floor area ratio or height limit
 * @since 0.1
 */
public record Zone(String id, String code, String name, Geometry geometry, Attributes attributes)
        implements PlanFeature {

    /** Checks the fields. */
    public Zone {
        Checks.nonBlank(id, "feature id");
        if (code != null) {
            Checks.nonBlank(code, "zone code of " + id);
        }
        Checks.polygonal(id, geometry);
        attributes = Objects.requireNonNullElse(attributes, Attributes.empty());
    }

    @Override
    public FeatureKind kind() {
        return FeatureKind.ZONE;
    }
}
