package org.planex.format.vct;

import java.util.Locale;

/**
 * The geometry sections of a VCT 2.0 file and the feature-code geometry type that puts a layer in each.
 *
 * <p><b>Thread safety:</b> immutable.
 */
enum VctSection {
    /** {@code PointBegin} ... {@code PointEnd}. */
    POINT("Point"),
    /** {@code LineBegin} ... {@code LineEnd}. */
    LINE("Line"),
    /** {@code PolygonBegin} ... {@code PolygonEnd}. */
    POLYGON("Polygon");

    private final String token;

    VctSection(String token) {
        this.token = token;
    }

    /** The name in {@code FeatureCode} lines and section keywords, e.g. {@code Polygon}. */
    String token() {
        return token;
    }

    /** The section of a {@code FeatureCode} geometry type, or {@code null} if it is none of the three. */
    static VctSection of(String type) {
        for (VctSection s : values()) {
            if (s.token.toLowerCase(Locale.ROOT).equals(type.strip().toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        return null;
    }
}
