package org.planex.spi.crs;

import java.util.Objects;
import org.planex.model.CrsRef;

/**
 * The EPSG code a WKT text was matched to, and why.
 *
 * <p><b>Thread safety:</b> immutable. <b>Null policy:</b> no component is {@code null}.
 *
 * @param crs the EPSG code
 * @param basis what decided the match
 * @param reason one sentence for logs and warnings, e.g. {@code by name 'GCS_North_American_1983'}
 * @since 0.2
 */
public record CrsMatch(CrsRef crs, Basis basis, String reason) {

    /** Checks that no component is {@code null}. */
    public CrsMatch {
        Objects.requireNonNull(crs, "crs");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * What decided a match, from the strongest evidence to the weakest.
     *
     * @since 0.2
     */
    public enum Basis {
        /** An EPSG {@code AUTHORITY} (WKT 1) or {@code ID} (WKT 2) on the CRS itself. */
        AUTHORITY,
        /** The EPSG or ESRI name, confirmed by the parameters when the text has any. */
        NAME,
        /** Datum or ellipsoid, projection method, parameters and unit, the name being unknown. */
        PARAMETERS
    }
}
