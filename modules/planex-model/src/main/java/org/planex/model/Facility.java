package org.planex.model;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * A point facility: a school, a hospital, a waste plant. Facilities that burden their surroundings carry a
 * NIMBY category and an impact radius.
 *
 * @param id the feature id
 * @param category what the facility is, a token such as {@code school} or {@code waste-incineration}
 * @param nimbyCategory the nuisance category (e.g. {@code waste}, {@code hazardous-chemicals}) or {@code null}
 *     for a facility that is not a nuisance
 * @param impactRadius the radius of impact in metres, or {@code null}
 * @param name a name for people, or {@code null}
 * @param geometry a Point or MultiPoint, or {@code null}
 * @param attributes free typed attributes
 * @since 0.1
 */
public record Facility(String id, String category, String nimbyCategory, Double impactRadius, String name,
        Geometry geometry, Attributes attributes) implements PlanFeature {

    /** Checks the fields. */
    public Facility {
        Checks.nonBlank(id, "feature id");
        Checks.nonBlank(category, "facility category of " + id);
        if (impactRadius != null && (impactRadius.isNaN() || impactRadius < 0)) {
            throw new IllegalArgumentException("facility " + id + ": impact radius must be >= 0 m, got "
                    + impactRadius);
        }
        Checks.puntal(id, geometry);
        attributes = Objects.requireNonNullElse(attributes, Attributes.empty());
    }

    /** Whether the facility is a nuisance (it has a NIMBY category). */
    public boolean isNimby() {
        return nimbyCategory != null;
    }

    @Override
    public FeatureKind kind() {
        return FeatureKind.FACILITY;
    }
}
