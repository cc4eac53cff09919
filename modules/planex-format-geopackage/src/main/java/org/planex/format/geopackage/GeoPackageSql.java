package org.planex.format.geopackage;

/**
 * SQL text shared by the GeoPackage reader and writer: identifier quoting and the names of planex's own tables.
 */
final class GeoPackageSql {

    /** planex's metadata table: plan header and exact field types, registered as an attributes table. */
    static final String METADATA_TABLE = "planex_metadata";
    /**
     * The metadata key of the plan header: {@link org.planex.spi.PlanHeaderText} without the boundary (planex
     * 0.1 wrote JSON here, see {@link LegacyPlanHeaderJson}).
     */
    static final String HEADER_KEY = "plan-header";
    /**
     * planex's table of the plan boundary, registered as an attributes table: its WKB in pieces
     * ({@link org.planex.spi.PlanHeaderText#boundaryWkbPieces}), one per row in the BLOB column
     * {@link #BOUNDARY_COLUMN}; joined in {@code id} order they are the boundary's WKB.
     */
    static final String BOUNDARY_TABLE = "planex_boundary";
    /** The column of {@link #BOUNDARY_TABLE} that holds the WKB. */
    static final String BOUNDARY_COLUMN = "wkb";
    /** The prefix of the metadata key of a layer table's description. */
    static final String LAYER_KEY_PREFIX = "layer:";
    /** GeoPackage application id 'GPKG'. */
    static final int APPLICATION_ID = 0x47504B47;

    private GeoPackageSql() {
    }

    /** {@code name} as a quoted SQL identifier. */
    static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
