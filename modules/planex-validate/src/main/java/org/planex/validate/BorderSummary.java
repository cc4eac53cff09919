package org.planex.validate;

import java.io.Serializable;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One border between two adjacent packages, as the reports summarise it.
 *
 * @param first the first package id
 * @param second the second package id
 * @param metricCrs the sentence naming the metric CRS the pair was measured in
 * @param lengthM the border length in metres (mean of the two versions)
 * @param offsetM the largest distance between the two versions of the border, in metres
 * @param line the first package's version of the border, in EPSG:4326 longitude/latitude, or {@code null}
 * @param issues the number of issues on this border by issue id
 * @since 0.1
 */
public record BorderSummary(String first, String second, String metricCrs, double lengthM, double offsetM,
        Geometry line, Map<String, Integer> issues) implements Serializable {

    /** Copies the map. */
    public BorderSummary {
        issues = Map.copyOf(issues);
    }

    /** {@code FIRST | SECOND}. */
    public String label() {
        return first + " | " + second;
    }
}
