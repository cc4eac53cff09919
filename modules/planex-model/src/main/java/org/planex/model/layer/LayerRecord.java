package org.planex.model.layer;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;
import org.planex.model.Attributes;

/**
 * One record of a layer.
 *
 * @param layer the layer name
 * @param index the 1-based position of the record in its layer (shapefile record number, row number),
 *     used in error messages
 * @param fid the source's feature id, or {@code null} when it has none
 * @param geometry the geometry (x = east, y = north), or {@code null} for a null shape
 * @param attributes the field values, in field order
 * @since 0.1
 */
public record LayerRecord(String layer, long index, String fid, Geometry geometry, Attributes attributes) {
    /** Checks the fields. */
    public LayerRecord {
        Objects.requireNonNull(layer, "layer");
        attributes = Objects.requireNonNullElse(attributes, Attributes.empty());
    }

    /**
     * Whether the feature id is a whole number written canonically (no plus sign, no leading zeros, at most 18
     * digits), so that a format may store it as a number and read back the same text.
     */
    public boolean hasIntegerFid() {
        return fid != null && isCanonicalInteger(fid);
    }

    /** Whether {@code s} is an integer without leading zeros or plus sign, of at most 18 digits. */
    public static boolean isCanonicalInteger(String s) {
        int start = s.startsWith("-") ? 1 : 0;
        int digits = s.length() - start;
        if (digits < 1 || digits > 18) {
            return false;
        }
        if (s.charAt(start) == '0') {
            return digits == 1;
        }
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
