package org.planex.model;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * An area under a protection or control line such as the ecological red line.
 *
 * @param id the feature id
 * @param controlKind which control line
 * @param name a name for people, or {@code null}
 * @param geometry a Polygon or MultiPolygon, or {@code null}
 * @param attributes free typed attributes
 * @since 0.1
 */
public record ControlArea(String id, ControlKind controlKind, String name, Geometry geometry,
        Attributes attributes) implements PlanFeature {

    /** Checks the fields. */
    public ControlArea {
        Checks.nonBlank(id, "feature id");
        Objects.requireNonNull(controlKind, "control kind of " + id);
        Checks.polygonal(id, geometry);
        attributes = Objects.requireNonNullElse(attributes, Attributes.empty());
    }

    @Override
    public FeatureKind kind() {
        return FeatureKind.CONTROL_AREA;
    }
}
