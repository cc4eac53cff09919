package org.planex.rule;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Geometry;
import org.planex.spi.Location;

/**
 * One problem a rule found.
 *
 * <p>The marker geometry, when there is one, is in longitude/latitude (EPSG:4326, x = longitude), whatever the
 * packages' CRSs: CGCS2000 is taken as equal to WGS 84 (see {@code docs/crs.md}), so the same marker serves
 * GeoJSON (RFC 7946) and the HTML map. Measures are in metres and square metres, measured in the metric CRS the
 * report names; the keys are listed in {@link #AREA_M2} and its siblings. The kind, when there is one, says
 * which sort of finding of the id it is, as data rather than only in the message: {@code gap} or
 * {@code overlap} for the border pieces ({@code BORDER.GAP}, {@code BORDER.OVERLAP}, {@code BORDER.SLIVER}) and
 * offsets ({@code BORDER.OFFSET}), see {@link PieceKind}.
 *
 * @param ruleId the issue id, e.g. {@code BORDER.GAP}
 * @param severity how bad it is (after the severity profile)
 * @param message one sentence saying what is wrong, where, and what to do
 * @param packageIds the package ids concerned (one, or two for a border)
 * @param featureIds the feature ids concerned, prefixed by nothing; may be empty
 * @param location file, entry, line and column, record or feature id where relevant, else
 *        {@link Location#UNKNOWN}
 * @param marker where it is, in EPSG:4326 longitude/latitude; may be {@code null}
 * @param measures named figures ({@code area_m2}, {@code length_m}, {@code width_m}, {@code distance_m} ...)
 * @param kind the sort of finding within the id, a lower-case token of letters, digits and hyphens (e.g.
 *        {@code gap}); {@code null} when the id says it all
 * @since 0.1
 */
public record Issue(String ruleId, Severity severity, String message, List<String> packageIds,
        List<String> featureIds, Location location, Geometry marker, Map<String, Double> measures, String kind)
        implements Serializable {

    /** Area in square metres. */
    public static final String AREA_M2 = "area_m2";
    /** Length in metres (along the border for border pieces). */
    public static final String LENGTH_M = "length_m";
    /** Mean width in metres. */
    public static final String WIDTH_M = "width_m";
    /** Distance in metres. */
    public static final String DISTANCE_M = "distance_m";

    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]*");

    /**
     * Checks and copies the parts.
     *
     * @throws IllegalArgumentException for a kind that is not a lower-case token
     */
    public Issue {
        Objects.requireNonNull(ruleId, "ruleId");
        if (kind != null && !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("the kind '" + kind + "' of " + ruleId + " must be a lower-case token"
                    + " such as gap");
        }
        Objects.requireNonNull(severity, "severity of " + ruleId);
        Objects.requireNonNull(message, "message of " + ruleId);
        packageIds = List.copyOf(packageIds == null ? List.of() : packageIds);
        featureIds = List.copyOf(featureIds == null ? List.of() : featureIds);
        location = location == null ? Location.UNKNOWN : location;
        measures = Collections.unmodifiableMap(new LinkedHashMap<>(measures == null ? Map.of() : measures));
    }

    /** An issue without kind (the id says it all). */
    public Issue(String ruleId, Severity severity, String message, List<String> packageIds, List<String> featureIds,
            Location location, Geometry marker, Map<String, Double> measures) {
        this(ruleId, severity, message, packageIds, featureIds, location, marker, measures, null);
    }

    /** A builder for an issue of the given id and severity. */
    public static Builder builder(String ruleId, Severity severity) {
        return new Builder(ruleId, severity);
    }

    /** The same issue with another severity. */
    public Issue withSeverity(Severity newSeverity) {
        return new Issue(ruleId, newSeverity, message, packageIds, featureIds, location, marker, measures, kind);
    }

    /**
     * Builds an {@link Issue} step by step.
     *
     * @since 0.1
     */
    public static final class Builder {
        private final String ruleId;
        private final Severity severity;
        private String message = "";
        private List<String> packages = List.of();
        private List<String> features = List.of();
        private Location location = Location.UNKNOWN;
        private Geometry marker;
        private final Map<String, Double> measures = new LinkedHashMap<>();
        private String kind;

        private Builder(String ruleId, Severity severity) {
            this.ruleId = ruleId;
            this.severity = severity;
        }

        /** Sets the message. */
        public Builder message(String text) {
            this.message = text;
            return this;
        }

        /** Sets the package ids. */
        public Builder packages(String... ids) {
            this.packages = List.of(ids);
            return this;
        }

        /** Sets the feature ids. */
        public Builder features(String... ids) {
            this.features = List.of(ids);
            return this;
        }

        /** Sets the feature ids. */
        public Builder features(List<String> ids) {
            this.features = List.copyOf(ids);
            return this;
        }

        /** Sets the location. */
        public Builder at(Location where) {
            this.location = where;
            return this;
        }

        /** Sets the marker, in EPSG:4326 longitude/latitude. */
        public Builder marker(Geometry lonLat) {
            this.marker = lonLat;
            return this;
        }

        /** Adds a measure, rounded to centimetres (square centimetres for areas). */
        public Builder measure(String key, double value) {
            measures.put(key, Math.round(value * 100.0) / 100.0);
            return this;
        }

        /** Sets the kind, a lower-case token such as {@link PieceKind#token()}; {@code null} for none. */
        public Builder kind(String token) {
            this.kind = token;
            return this;
        }

        /** The issue. */
        public Issue build() {
            return new Issue(ruleId, severity, message, packages, features, location, marker, measures, kind);
        }
    }
}
