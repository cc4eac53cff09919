package org.planex.format.vct;

import org.locationtech.jts.geom.Geometry;

/**
 * One record of a geometry section.
 *
 * @param id the identifier (标识码)
 * @param code the feature code (要素代码) naming its layer
 * @param style the representation code (图形表现编码); planex writes {@value VctGeometryWriter#MULTI} for a
 *     multi-geometry of one part
 * @param geometry the geometry, x = east, y = north; {@code null} for a record without coordinates
 * @param line the line number of the record's first line
 */
record VctRecord(long id, String code, String style, Geometry geometry, long line) {
}
