package org.planex.validate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * What the report map draws besides the issue markers: the features within the border band of each adjacent
 * pair and those the issues name, simplified for display, the plan outlines and the border bands, with the
 * counts a reader needs to know what was left out.
 *
 * @param features the features drawn, in package order then file order
 * @param outlines each package's plan area in EPSG:4326 longitude/latitude, simplified, by package id
 * @param bands each border's band (the area within {@code bandWidthM} of the border), in longitude/latitude,
 *        in the order of the report's borders
 * @param featuresTotal the number of features of the packages that could be measured
 * @param featuresNamed how many of the drawn features an issue names
 * @param issuesNamingMany how many issues name more features than the map draws for one issue
 *        ({@code maxNamedPerIssue}); of theirs, only those near a border are drawn
 * @param maxNamedPerIssue the most features of one issue drawn wherever they are
 * @param bandWidthM the band width in metres: the tolerance model's border width, or the smallest reach of a
 *        pair's rules when that is less (a pair of border slices gives no more); 0 without pairs
 * @param simplifiedM the simplification tolerance in metres for the features no issue names
 * @param simplifiedNamedM the simplification tolerance in metres for the features an issue names
 * @since 0.3
 */
public record ReportMap(List<MapFeature> features, Map<String, Geometry> outlines, List<Geometry> bands,
        int featuresTotal, int featuresNamed, int issuesNamingMany, int maxNamedPerIssue, double bandWidthM,
        double simplifiedM, double simplifiedNamedM) {

    /** A map with nothing to draw. */
    public static final ReportMap EMPTY = new ReportMap(List.of(), Map.of(), List.of(), 0, 0, 0, 0, 0, 0, 0);

    /** Copies the collections. */
    public ReportMap {
        features = List.copyOf(features);
        outlines = Collections.unmodifiableMap(new LinkedHashMap<>(outlines));
        bands = List.copyOf(bands);
    }

    /** The number of features left out of the map: neither near a border nor named by an issue that names few. */
    public int featuresLeftOut() {
        return featuresTotal - features.size();
    }
}
