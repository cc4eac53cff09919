package org.planex.validate.rules;

import org.locationtech.jts.geom.Coordinate;

/**
 * One error of a geometry, where it is.
 *
 * @param kind a short name, e.g. {@code self-intersection}
 * @param at the coordinate, in the geometry's CRS
 * @param detail a phrase for the message
 * @since 0.1
 */
public record GeometryError(String kind, Coordinate at, String detail) {
}
