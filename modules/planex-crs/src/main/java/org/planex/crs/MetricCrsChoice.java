package org.planex.crs;

import java.util.Locale;
import java.util.Objects;

/**
 * The metric CRS {@link MetricCrsChooser} picked, and why: the point it was chosen for and what that point is.
 *
 * @param crs the metric CRS
 * @param basis what the point is the centre of
 * @param longitude the longitude of the point, degrees east
 * @param latitude the latitude of the point, degrees north
 * @since 0.1
 */
public record MetricCrsChoice(KnownCrs crs, Basis basis, double longitude, double latitude) {

    /** What the metric CRS was chosen for. */
    public enum Basis {
        /** The data is already in a metric CRS planex knows, and is measured in it. */
        DECLARED,
        /** The centre of the data's extent. */
        DATA_CENTRE,
        /** The centre of the border two packages share (where their extents overlap). */
        SHARED_BORDER,
        /** The centre of the combined extent of two packages that do not touch. */
        COMBINED_EXTENT
    }

    /** Checks the arguments. */
    public MetricCrsChoice {
        Objects.requireNonNull(crs, "crs");
        Objects.requireNonNull(basis, "basis");
    }

    /**
     * One sentence for reports, e.g. {@code distances and areas measured in EPSG:4547 (CGCS2000 / 3-degree
     * Gauss-Kruger CM 114E), chosen for the shared border centred at 114.10E 22.53N}.
     */
    public String describe() {
        String why = switch (basis) {
            case DECLARED -> "the CRS the data is declared in";
            case DATA_CENTRE -> "chosen for the centre of the data at";
            case SHARED_BORDER -> "chosen for the shared border centred at";
            case COMBINED_EXTENT -> "chosen for the centre of both extents (they do not touch) at";
        };
        String at = basis == Basis.DECLARED ? "" : String.format(Locale.ROOT, " %.2f%s %.2f%s", Math.abs(longitude),
                longitude < 0 ? "W" : "E", Math.abs(latitude), latitude < 0 ? "S" : "N");
        return "distances and areas measured in " + crs.label() + ", " + why + at;
    }
}
