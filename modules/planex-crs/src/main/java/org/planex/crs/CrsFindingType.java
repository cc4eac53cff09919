package org.planex.crs;

/**
 * The kinds of mismatch between coordinates and their declared CRS that {@link DeclaredCrsValidator} finds,
 * each with a stable id for reports.
 *
 * @since 0.1
 */
public enum CrsFindingType {
    /** Easting and northing (or longitude and latitude) are swapped. */
    SWAPPED_AXES("CRS.SWAPPED_AXES"),
    /** A CRS with zone prefix is declared but the eastings have none (e.g. 4528 declared, data in 4549). */
    ZONE_PREFIX_MISSING("CRS.ZONE_PREFIX_MISSING"),
    /** The eastings carry a zone prefix but the declared CRS has none (e.g. 4549 declared, data in 4528). */
    ZONE_PREFIX_UNDECLARED("CRS.ZONE_PREFIX_UNDECLARED"),
    /** The zone prefix of the eastings is not the zone of the declared CRS. */
    ZONE_MISMATCH("CRS.ZONE_MISMATCH"),
    /** A geographic CRS is declared but the coordinates are metres. */
    PROJECTED_AS_GEOGRAPHIC("CRS.PROJECTED_AS_GEOGRAPHIC"),
    /** A projected CRS is declared but the coordinates are degrees. */
    GEOGRAPHIC_AS_PROJECTED("CRS.GEOGRAPHIC_AS_PROJECTED"),
    /** Coordinates lie far outside the area of use of the declared CRS. */
    OUTSIDE_AREA("CRS.OUTSIDE_AREA"),
    /** The declared CRS is none planex knows in full, so the coordinates were not checked. */
    NOT_CHECKED("CRS.NOT_CHECKED");

    private final String id;

    CrsFindingType(String id) {
        this.id = id;
    }

    /** The stable id, e.g. {@code CRS.SWAPPED_AXES}. */
    public String id() {
        return id;
    }
}
