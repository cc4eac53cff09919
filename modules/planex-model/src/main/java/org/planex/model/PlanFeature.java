package org.planex.model;

import java.io.Serializable;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature of a plan. Every feature has an id unique within its package, an optional name, a geometry
 * (x = east, y = north; {@code null} only when the source had none, which validation reports) and free typed
 * attributes.
 *
 * @since 0.1
 */
public sealed interface PlanFeature extends Serializable permits Zone, ControlArea, Facility, Corridor {

    /** The feature id, unique within the package. */
    String id();

    /** A name for people, or {@code null}. */
    String name();

    /** The geometry in the package CRS, or {@code null}. */
    Geometry geometry();

    /** Free typed attributes. */
    Attributes attributes();

    /** Which kind of feature this is. */
    FeatureKind kind();
}
