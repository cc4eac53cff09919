package org.planex.validate;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;
import org.planex.model.FeatureKind;

/**
 * One feature drawn on the report map: a feature near a border or named by an issue, its geometry simplified for
 * display.
 *
 * @param packageId the id of its package
 * @param featureId its id within the package
 * @param kind zone, control area, facility or corridor
 * @param name its name, or {@code null}
 * @param category what colours it: a zone's harmonised category token ({@code unmapped} when its code has none),
 *        a control area's kind, a corridor's type, a facility's NIMBY category or else its category; never
 *        {@code null}
 * @param code a zone's land-use code, or {@code null}
 * @param geometry its geometry in EPSG:4326 longitude/latitude, simplified for display
 * @param named whether an issue names it
 * @since 0.3
 */
public record MapFeature(String packageId, String featureId, FeatureKind kind, String name, String category,
        String code, Geometry geometry, boolean named) {

    /** Checks the parts the map draws with. */
    public MapFeature {
        Objects.requireNonNull(kind, "kind of " + featureId);
        Objects.requireNonNull(category, "category of " + featureId);
        Objects.requireNonNull(geometry, "geometry of " + featureId);
    }
}
