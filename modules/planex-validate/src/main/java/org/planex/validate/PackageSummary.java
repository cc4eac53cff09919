package org.planex.validate;

import java.io.Serializable;
import org.locationtech.jts.geom.Geometry;

/**
 * One package of a run, as the reports list it.
 *
 * @param packageId the package id from the header, or the file name when it could not be read
 * @param path the path as given
 * @param jurisdiction the jurisdiction code and name, e.g. {@code 310118 青浦区}; empty when unread
 * @param crs the declared CRS, e.g. {@code EPSG:4490}; empty when unread
 * @param metricCrs the sentence naming the metric CRS the package was measured in; empty when none
 * @param features the number of features read
 * @param loaded whether the features could be read
 * @param boundary the plan area in EPSG:4326 longitude/latitude, or {@code null}
 * @since 0.1
 */
public record PackageSummary(String packageId, String path, String jurisdiction, String crs, String metricCrs,
        int features, boolean loaded, Geometry boundary) implements Serializable {
}
