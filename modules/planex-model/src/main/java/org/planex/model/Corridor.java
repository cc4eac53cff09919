package org.planex.model;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * An infrastructure corridor: a centre line or a reserved strip.
 *
 * @param id the feature id
 * @param corridorType road, rail, pipeline...
 * @param corridorClass the class within the type, e.g. {@code expressway} or {@code 500kV}, or {@code null}
 * @param crossBorderRef an id shared with the continuation of this corridor in a neighbouring plan, or
 *     {@code null}
 * @param name a name for people, or {@code null}
 * @param geometry a line or polygon geometry, or {@code null}
 * @param attributes free typed attributes
 * @since 0.1
 */
public record Corridor(String id, CorridorType corridorType, String corridorClass, String crossBorderRef,
        String name, Geometry geometry, Attributes attributes) implements PlanFeature {

    /** Checks the fields. */
    public Corridor {
        Checks.nonBlank(id, "feature id");
        Objects.requireNonNull(corridorType, "corridor type of " + id);
        Checks.linealOrPolygonal(id, geometry);
        attributes = Objects.requireNonNullElse(attributes, Attributes.empty());
    }

    @Override
    public FeatureKind kind() {
        return FeatureKind.CORRIDOR;
    }
}
