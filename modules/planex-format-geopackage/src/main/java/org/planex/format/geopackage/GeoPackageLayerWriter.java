package org.planex.format.geopackage;

import static org.planex.format.geopackage.GeoPackageSql.quote;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.planex.model.CrsRef;
import org.planex.model.PlanHeader;
import org.planex.model.layer.FieldDef;
import org.planex.model.layer.GeometryKind;
import org.planex.model.layer.LayerSchema;
import org.planex.spi.LayerSink;
import org.planex.spi.Location;
import org.planex.spi.PlanHeaderText;
import org.planex.spi.PlanexException;
import org.planex.spi.WarningListener;
import org.planex.spi.crs.CrsDefinition;
import org.planex.spi.crs.CrsDefinitions;
import org.planex.spi.WriteContext;
import org.planex.spi.io.AbstractLayerWriter;
import org.planex.spi.io.AtomicOutput;
import org.sqlite.SQLiteConfig;

/**
 * Writes a GeoPackage (1.2): one table per layer (a features table, or an attributes table for layers without
 * geometry), an R-tree spatial index per geometry column bulk-loaded after the inserts, {@code gpkg_spatial_ref_sys}
 * rows with OGC WKT for the layers' CRSs (CGCS2000 and its Gauss-Kruger zones included), and the table
 * {@code planex_metadata} with the plan header ({@link PlanHeaderText} without the boundary) and each layer's
 * exact field types, and the table {@code planex_boundary} with the plan boundary as WKB, so a planex-written
 * file reads back to the same layers and header. The boundary's WKB is stored in pieces, one row each (the head
 * of a multipolygon, then one polygon per row; {@link PlanHeaderText#boundaryWkbPieces}): writing it holds one
 * polygon's WKB at a time beside the geometry, whatever the number of polygons.
 *
 * <p>Speed: the file is built as the temporary file of an {@link AtomicOutput} with journaling and syncing off
 * (it is discarded on any failure anyway), all rows go through prepared statements in one transaction, and the
 * file is moved into place by {@link #finish()}.
 *
 * <p><b>Thread safety:</b> used by one thread at a time.
 */
final class GeoPackageLayerWriter extends AbstractLayerWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path target;
    private final WarningListener warnings;
    private final Connection conn;
    private final Map<String, GeoPackageLayerSink> sinks = new LinkedHashMap<>();
    private final Set<String> tableKeys = new HashSet<>();
    private final Set<Integer> srsIds = new HashSet<>();
    private PlanHeader header;

    /**
     * Creates the temporary GeoPackage beside the target.
     *
     * @throws PlanexException if it cannot be created
     */
    GeoPackageLayerWriter(WriteContext context) throws PlanexException {
        super(AtomicOutput.file(context.target()));
        this.target = output.target();
        this.warnings = context.warnings();
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.OFF);
        config.setSynchronous(SQLiteConfig.SynchronousMode.OFF);
        config.setLockingMode(SQLiteConfig.LockingMode.EXCLUSIVE);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        config.setCacheSize(-65536);
        config.setPageSize(4096);
        try {
            this.conn = config.createConnection("jdbc:sqlite:" + output.path());
        } catch (SQLException e) {
            output.abort();
            throw PlanexException.notWritable(Location.of(target), "cannot create a file beside the target: "
                    + e.getMessage(), e);
        }
        try {
            createCoreTables();
            conn.setAutoCommit(false);
        } catch (SQLException e) {
            abort();
            throw PlanexException.notWritable(Location.of(target), "cannot create the GeoPackage: " + e.getMessage(), e);
        }
    }

    private void createCoreTables() throws SQLException {
        try (Statement s = conn.createStatement()) {
            s.execute("PRAGMA application_id = " + GeoPackageSql.APPLICATION_ID);
            s.execute("PRAGMA user_version = 10200");
            s.execute("CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY, "
                    + "organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, "
                    + "description TEXT)");
            s.execute("CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, "
                    + "identifier TEXT UNIQUE, description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT "
                    + "(strftime('%Y-%m-%dT%H:%M:%fZ','now')), min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, "
                    + "srs_id INTEGER, CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES "
                    + "gpkg_spatial_ref_sys(srs_id))");
            s.execute("CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, "
                    + "geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL, "
                    + "CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name), CONSTRAINT uk_gc_table_name UNIQUE "
                    + "(table_name), CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name), "
                    + "CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))");
            s.execute("CREATE TABLE gpkg_extensions (table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL, "
                    + "definition TEXT NOT NULL, scope TEXT NOT NULL, CONSTRAINT ge_tce UNIQUE (table_name, column_name, "
                    + "extension_name))");
            s.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', "
                    + "'undefined cartesian coordinate reference system')");
            s.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', "
                    + "'undefined geographic coordinate reference system')");
        }
        srsIds.add(-1);
        srsIds.add(0);
        srsId(CrsRef.WGS84);
    }

    /** The srs_id of {@code crs}, inserting its row when missing; -1 (undefined) for {@code null}. */
    private int srsId(CrsRef crs) throws SQLException {
        if (crs == null) {
            return -1;
        }
        int id = crs.epsg();
        if (srsIds.add(id)) {
            Optional<CrsDefinition> definition = CrsDefinitions.provider().find(crs);
            String wkt = definition.map(CrsDefinition::ogcWkt).filter(w -> !w.isEmpty()).orElse(null);
            if (wkt == null) {
                warnings.warning(Location.of(target), "no WKT known for EPSG:" + id + "; its gpkg_spatial_ref_sys row "
                        + "says 'undefined' (GDAL resolves it from the EPSG code)");
            }
            try (PreparedStatement p = conn.prepareStatement("INSERT INTO gpkg_spatial_ref_sys (srs_name, srs_id, "
                    + "organization, organization_coordsys_id, definition, description) VALUES (?, ?, 'EPSG', ?, ?, ?)")) {
                p.setString(1, definition.map(CrsDefinition::name).orElse("EPSG:" + id));
                p.setInt(2, id);
                p.setInt(3, id);
                p.setString(4, wkt == null ? "undefined" : wkt);
                p.setString(5, "EPSG:" + id);
                p.executeUpdate();
            }
        }
        return id;
    }

    @Override
    protected void storePlanHeader(PlanHeader planHeader) {
        if (header != null) {
            throw new IllegalStateException("plan header written already");
        }
        this.header = planHeader;
    }

    @Override
    protected LayerSink newLayer(LayerSchema schema) throws PlanexException {
        String table = tableName(schema.name());
        if (!tableKeys.add(table.toLowerCase(Locale.ROOT))) {
            throw PlanexException.notWritable(Location.of(target), "layer '" + schema.name() + "' exists already "
                    + "(GeoPackage table names ignore case)", null);
        }
        Set<String> fieldKeys = new HashSet<>();
        schema.fields().forEach(f -> fieldKeys.add(f.name().toLowerCase(Locale.ROOT)));
        String pk = freeName(fieldKeys, "fid", "ogc_fid", "planex_row_id");
        boolean spatial = schema.geometryKind() != GeometryKind.NONE;
        String geometryColumn = spatial ? freeName(fieldKeys, "geom", "geometry", "planex_geometry") : null;
        try {
            int srs = srsId(schema.crs());
            StringBuilder ddl = new StringBuilder("CREATE TABLE ").append(quote(table)).append(" (")
                    .append(quote(pk)).append(" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL");
            if (spatial) {
                ddl.append(", ").append(quote(geometryColumn)).append(' ').append(geometryTypeName(schema));
            }
            for (FieldDef f : schema.fields()) {
                ddl.append(", ").append(quote(f.name())).append(' ').append(GeoPackageColumnTypes.declaration(f));
            }
            ddl.append(')');
            try (Statement s = conn.createStatement()) {
                s.execute(ddl.toString());
            }
            try (PreparedStatement p = conn.prepareStatement("INSERT INTO gpkg_contents (table_name, data_type, "
                    + "identifier, description, srs_id) VALUES (?, ?, ?, '', ?)")) {
                p.setString(1, table);
                p.setString(2, spatial ? "features" : "attributes");
                p.setString(3, table);
                p.setInt(4, srs);
                p.executeUpdate();
            }
            if (spatial) {
                try (PreparedStatement p = conn.prepareStatement("INSERT INTO gpkg_geometry_columns VALUES "
                        + "(?, ?, ?, ?, 0, 0)")) {
                    p.setString(1, table);
                    p.setString(2, geometryColumn);
                    p.setString(3, geometryTypeName(schema));
                    p.setInt(4, srs);
                    p.executeUpdate();
                }
            }
            GeoPackageLayerSink sink = new GeoPackageLayerSink(this, conn, schema, table, pk, geometryColumn, srs,
                    Location.of(target));
            sinks.put(table, sink);
            return sink;
        } catch (SQLException e) {
            throw PlanexException.notWritable(Location.of(target).withEntry(table), "cannot create the table: "
                    + e.getMessage(), e);
        }
    }

    private String tableName(String layer) {
        String lower = layer.toLowerCase(Locale.ROOT);
        if (lower.startsWith("gpkg_") || lower.startsWith("rtree_") || lower.startsWith("sqlite_")
                || lower.equals(GeoPackageSql.METADATA_TABLE) || lower.equals(GeoPackageSql.BOUNDARY_TABLE)) {
            String renamed = "layer_" + layer;
            warnings.warning(Location.of(target), "layer '" + layer + "' is stored as table '" + renamed
                    + "' (GeoPackage reserves its name); its name is kept in planex_metadata");
            return renamed;
        }
        return layer;
    }

    private static String freeName(Set<String> taken, String... candidates) {
        for (String c : candidates) {
            if (!taken.contains(c)) {
                return c;
            }
        }
        throw new IllegalStateException("no free column name among " + String.join(", ", candidates));
    }

    private static String geometryTypeName(LayerSchema schema) {
        return schema.geometryKind() == GeometryKind.NONE ? null : schema.geometryKind().name();
    }

    @Override
    protected void complete() throws IOException {
        try {
            Map<String, String> layerRows = new LinkedHashMap<>();
            for (GeoPackageLayerSink sink : sinks.values()) {
                sink.complete();
                if (sink.geometryColumn() != null) {
                    RTreeIndexBuilder.build(conn, sink.table(), sink.geometryColumn(), sink.pk(), sink.entries());
                    updateExtent(sink);
                }
                layerRows.put(sink.table(), layerJson(sink).toString());
            }
            writeMetadata(layerRows);
            conn.commit();
            conn.close();
        } catch (SQLException e) {
            throw PlanexException.notWritable(Location.of(target), "cannot complete the GeoPackage: "
                    + e.getMessage(), e);
        }
    }

    private void updateExtent(GeoPackageLayerSink sink) throws SQLException {
        Envelope e = sink.extent();
        if (!e.isNull()) {
            try (PreparedStatement p = conn.prepareStatement("UPDATE gpkg_contents SET min_x = ?, min_y = ?, "
                    + "max_x = ?, max_y = ? WHERE table_name = ?")) {
                p.setDouble(1, e.getMinX());
                p.setDouble(2, e.getMinY());
                p.setDouble(3, e.getMaxX());
                p.setDouble(4, e.getMaxY());
                p.setString(5, sink.table());
                p.executeUpdate();
            }
        }
        if (sink.hasZ()) {
            try (PreparedStatement p = conn.prepareStatement("UPDATE gpkg_geometry_columns SET z = 2 "
                    + "WHERE table_name = ?")) {
                p.setString(1, sink.table());
                p.executeUpdate();
            }
        }
    }

    private static ObjectNode layerJson(GeoPackageLayerSink sink) {
        ObjectNode n = JSON.createObjectNode();
        n.put("layer", sink.schema().name());
        ArrayNode fields = n.putArray("fields");
        for (FieldDef f : sink.schema().fields()) {
            ObjectNode fn = fields.addObject();
            fn.put("name", f.name());
            fn.put("type", f.type().token());
            fn.put("length", f.length());
            fn.put("scale", f.scale());
        }
        if (sink.hasFidTextColumn()) {
            n.put("fidColumn", GeoPackageLayerSink.FID_TEXT_COLUMN);
        }
        return n;
    }

    private void writeMetadata(Map<String, String> layerRows) throws SQLException {
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE TABLE " + GeoPackageSql.METADATA_TABLE + " (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "
                    + "name TEXT NOT NULL UNIQUE, value TEXT NOT NULL)");
            s.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES ('"
                    + GeoPackageSql.METADATA_TABLE + "', 'attributes', '" + GeoPackageSql.METADATA_TABLE
                    + "', 'planex: plan header and exact field types')");
        }
        try (PreparedStatement p = conn.prepareStatement("INSERT INTO " + GeoPackageSql.METADATA_TABLE
                + " (name, value) VALUES (?, ?)")) {
            if (header != null) {
                p.setString(1, GeoPackageSql.HEADER_KEY);
                p.setString(2, PlanHeaderText.toTextWithoutBoundary(header));
                p.executeUpdate();
            }
            for (Map.Entry<String, String> e : layerRows.entrySet()) {
                p.setString(1, GeoPackageSql.LAYER_KEY_PREFIX + e.getKey());
                p.setString(2, e.getValue());
                p.executeUpdate();
            }
        }
        if (header != null && header.boundary() != null) {
            writeBoundary();
        }
    }

    private void writeBoundary() throws SQLException {
        String table = GeoPackageSql.BOUNDARY_TABLE;
        try (Statement s = conn.createStatement()) {
            s.execute("CREATE TABLE " + table + " (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, "
                    + GeoPackageSql.BOUNDARY_COLUMN + " BLOB NOT NULL)");
            s.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES ('" + table
                    + "', 'attributes', '" + table + "', 'planex: plan boundary as WKB')");
        }
        try (PreparedStatement p = conn.prepareStatement("INSERT INTO " + table + " ("
                + GeoPackageSql.BOUNDARY_COLUMN + ") VALUES (?)")) {
            for (Iterator<byte[]> pieces = PlanHeaderText.boundaryWkbPieces(header.boundary()); pieces.hasNext(); ) {
                p.setBytes(1, pieces.next());
                p.executeUpdate();
            }
        }
    }

    @Override
    protected void discard() {
        try {
            conn.close();
        } catch (SQLException | RuntimeException e) {
            warnings.warning(Location.of(output.path()), "cannot close the temporary GeoPackage: " + e.getMessage());
        }
        for (String suffix : new String[] {"-journal", "-wal", "-shm"}) {
            Path p = output.path().resolveSibling(output.path().getFileName() + suffix);
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                p.toFile().deleteOnExit();
            }
        }
    }
}
