package org.planex.format.geopackage;

import static org.planex.format.geopackage.GeoPackageSql.quote;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.planex.model.AttributeType;
import org.planex.model.CrsRef;
import org.planex.model.PlanHeader;
import org.planex.model.layer.FieldDef;
import org.planex.model.layer.GeometryKind;
import org.planex.model.layer.LayerSchema;
import org.planex.spi.Location;
import org.planex.spi.PlanHeaderText;
import org.planex.spi.PlanexException;
import org.planex.spi.ReadContext;
import org.planex.spi.RecordCursor;
import org.planex.spi.crs.CrsDefinitions;
import org.planex.spi.crs.CrsMatch;
import org.planex.spi.io.AbstractLayerReader;
import org.sqlite.SQLiteConfig;

/**
 * Reads a GeoPackage's feature and attribute tables as layers, in {@code gpkg_contents} order. A table written
 * by planex gets its layer name and exact field types from {@code planex_metadata}; other tables get them from
 * their column declarations (see {@link GeoPackageColumnTypes}). The CRS is the EPSG code of the table's
 * {@code gpkg_spatial_ref_sys} row (none for the undefined rows -1 and 0). The connection is read-only and does
 * not trust the schema (no SQL functions run from views or triggers).
 *
 * <p><b>Thread safety:</b> a reader and its cursors are used by one thread at a time.
 */
final class GeoPackageLayerReader extends AbstractLayerReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Connection conn;
    private final Map<String, TableLayout> layouts = new LinkedHashMap<>();
    private final List<LayerSchema> layers = new ArrayList<>();
    private PlanHeader header;

    /**
     * How a layer is stored.
     *
     * @param schema the layer
     * @param table the table
     * @param pk the integer primary key column, or {@code rowid}
     * @param geometryColumn the geometry column, or {@code null}
     * @param fidColumn the planex text id column, or {@code null}
     */
    record TableLayout(LayerSchema schema, String table, String pk, String geometryColumn, String fidColumn) {
    }

    /**
     * Opens the GeoPackage read-only and reads its layer descriptions.
     *
     * @throws PlanexException if the file is not a readable GeoPackage
     */
    GeoPackageLayerReader(ReadContext context) throws PlanexException {
        this.file = context.source();
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try {
            this.conn = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        } catch (SQLException e) {
            throw PlanexException.unreadable(Location.of(file), "cannot open as SQLite: " + e.getMessage(), e);
        }
        try {
            try (Statement s = conn.createStatement()) {
                s.execute("PRAGMA trusted_schema = OFF");
            }
            Map<String, JsonNode> metadata = readMetadata();
            readLayers(metadata);
        } catch (SQLException e) {
            closeQuietly();
            throw PlanexException.unreadable(Location.of(file), "not a readable GeoPackage: " + oneLine(e), e);
        } catch (PlanexException e) {
            closeQuietly();
            throw e;
        } catch (IllegalArgumentException e) {
            closeQuietly();
            throw PlanexException.unreadable(Location.of(file), "invalid layer description: " + oneLine(e), e);
        }
    }

    private Map<String, JsonNode> readMetadata() throws SQLException, PlanexException {
        Map<String, JsonNode> layerMeta = new HashMap<>();
        if (!tableExists(GeoPackageSql.METADATA_TABLE)) {
            return layerMeta;
        }
        Location where = Location.of(file).withEntry(GeoPackageSql.METADATA_TABLE);
        try (Statement s = conn.createStatement();
                ResultSet rs = s.executeQuery("SELECT name, value FROM " + GeoPackageSql.METADATA_TABLE)) {
            while (rs.next()) {
                String name = rs.getString(1);
                String value = rs.getString(2);
                try {
                    if (GeoPackageSql.HEADER_KEY.equals(name)) {
                        header = LegacyPlanHeaderJson.isLegacy(value) ? LegacyPlanHeaderJson.read(value)
                                : PlanHeaderText.fromText(value, readBoundary());
                    } else if (name != null && name.startsWith(GeoPackageSql.LAYER_KEY_PREFIX)) {
                        layerMeta.put(name.substring(GeoPackageSql.LAYER_KEY_PREFIX.length()), JSON.readTree(value));
                    }
                } catch (JsonProcessingException | IllegalArgumentException | DateTimeException e) {
                    throw PlanexException.unreadable(where.withFeature(name), "planex metadata '" + name
                            + "' is damaged: " + oneLine(e), e);
                }
            }
        }
        return layerMeta;
    }

    /** The plan boundary in {@code planex_boundary} (WKB in pieces, in row order), or {@code null} if none. */
    private Geometry readBoundary() throws SQLException {
        if (!tableExists(GeoPackageSql.BOUNDARY_TABLE)) {
            return null;
        }
        List<byte[]> pieces = new ArrayList<>();
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT "
                + GeoPackageSql.BOUNDARY_COLUMN + " FROM " + GeoPackageSql.BOUNDARY_TABLE + " ORDER BY id")) {
            while (rs.next()) {
                pieces.add(rs.getBytes(1));
            }
        }
        return pieces.isEmpty() ? null : PlanHeaderText.boundary(pieces.iterator());
    }

    private void readLayers(Map<String, JsonNode> metadata) throws SQLException, PlanexException {
        List<ContentsRow> contents = new ArrayList<>();
        try (Statement s = conn.createStatement();
                ResultSet rs = s.executeQuery("SELECT c.table_name, c.data_type, c.srs_id, g.column_name, "
                        + "g.geometry_type_name, g.srs_id FROM gpkg_contents c LEFT JOIN gpkg_geometry_columns g "
                        + "ON g.table_name = c.table_name WHERE c.data_type IN ('features', 'attributes') "
                        + "ORDER BY c.rowid")) {
            while (rs.next()) {
                boolean features = "features".equals(rs.getString(2));
                Object srs = rs.getObject(features ? 6 : 3);
                contents.add(new ContentsRow(rs.getString(1), features, rs.getString(4), rs.getString(5),
                        srs instanceof Number n ? n.intValue() : null));
            }
        }
        for (ContentsRow row : contents) {
            if (row.table() == null || row.table().equals(GeoPackageSql.METADATA_TABLE)
                    || row.table().equals(GeoPackageSql.BOUNDARY_TABLE) && !metadata.containsKey(row.table())) {
                continue;
            }
            if (row.features() && row.geometryColumn() == null) {
                throw PlanexException.unreadable(Location.of(file).withEntry(row.table()), "features table has no "
                        + "row in gpkg_geometry_columns", null);
            }
            CrsRef crs = row.srsId() == null ? null : crs(row.srsId());
            GeometryKind kind = row.features() ? kind(row.geometryType()) : GeometryKind.NONE;
            layers.add(layout(row.table(), row.features() ? row.geometryColumn() : null, kind, crs,
                    metadata.get(row.table())).schema());
        }
    }

    /** One row of gpkg_contents joined with gpkg_geometry_columns. */
    private record ContentsRow(String table, boolean features, String geometryColumn, String geometryType,
            Integer srsId) {
    }

    private TableLayout layout(String table, String geometryColumn, GeometryKind kind, CrsRef crs, JsonNode meta)
            throws SQLException, PlanexException {
        String pk = "rowid";
        List<FieldDef> declared = new ArrayList<>();
        Map<String, String> columns = new HashMap<>();
        try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("PRAGMA table_info(" + quote(table)
                + ")")) {
            while (rs.next()) {
                String name = rs.getString("name");
                String type = rs.getString("type");
                columns.put(name.toLowerCase(Locale.ROOT), name);
                if (rs.getInt("pk") == 1 && "INTEGER".equalsIgnoreCase(type)) {
                    pk = name;
                } else if (!name.equalsIgnoreCase(geometryColumn)) {
                    declared.add(GeoPackageColumnTypes.field(name, type));
                }
            }
        }
        if (columns.isEmpty()) {
            throw PlanexException.unreadable(Location.of(file).withEntry(table), "table listed in gpkg_contents "
                    + "does not exist", null);
        }
        String layerName = table;
        String fidColumn = null;
        List<FieldDef> fields = declared;
        if (meta != null) {
            layerName = meta.path("layer").asText(table);
            fidColumn = meta.hasNonNull("fidColumn") ? meta.get("fidColumn").asText() : null;
            fields = new ArrayList<>();
            for (JsonNode f : meta.path("fields")) {
                String name = f.path("name").asText();
                if (!columns.containsKey(name.toLowerCase(Locale.ROOT))) {
                    throw PlanexException.unreadable(Location.of(file).withEntry(table), "planex metadata names a "
                            + "column '" + name + "' the table does not have", null);
                }
                try {
                    fields.add(new FieldDef(name, AttributeType.fromToken(f.path("type").asText()),
                            f.path("length").asInt(), f.path("scale").asInt()));
                } catch (IllegalArgumentException e) {
                    throw PlanexException.unreadable(Location.of(file).withEntry(table), "planex metadata: "
                            + e.getMessage(), e);
                }
            }
        }
        TableLayout layout = new TableLayout(new LayerSchema(layerName, kind, fields, crs), table, pk,
                geometryColumn, fidColumn);
        layouts.put(layerName, layout);
        return layout;
    }

    private CrsRef crs(int srsId) throws SQLException {
        if (srsId <= 0) {
            return null;
        }
        try (PreparedStatement p = conn.prepareStatement("SELECT organization, organization_coordsys_id, definition"
                + " FROM gpkg_spatial_ref_sys WHERE srs_id = ?")) {
            p.setInt(1, srsId);
            try (ResultSet rs = p.executeQuery()) {
                if (rs.next()) {
                    if ("EPSG".equalsIgnoreCase(rs.getString(1)) && rs.getInt(2) > 0) {
                        return CrsRef.epsg(rs.getInt(2));
                    }
                    Optional<CrsRef> matched = matchDefinition(rs.getString(3));
                    if (matched.isPresent()) {
                        return matched.get();
                    }
                }
            }
        }
        return CrsRef.epsg(srsId);
    }

    /** The EPSG code of a non-EPSG row's WKT definition, matched through the shared CRS contract. */
    private static Optional<CrsRef> matchDefinition(String wkt) {
        if (wkt == null || wkt.isBlank() || wkt.strip().equalsIgnoreCase("undefined")) {
            return Optional.empty();
        }
        try {
            return CrsDefinitions.provider().match(wkt).map(CrsMatch::crs);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static GeometryKind kind(String geometryTypeName) {
        if (geometryTypeName == null) {
            return GeometryKind.GEOMETRY;
        }
        try {
            return GeometryKind.valueOf(geometryTypeName.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return GeometryKind.GEOMETRY;
        }
    }

    private boolean tableExists(String name) throws SQLException {
        try (PreparedStatement p = conn.prepareStatement("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            p.setString(1, name);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Override
    public List<LayerSchema> layers() {
        return List.copyOf(layers);
    }

    @Override
    public Optional<PlanHeader> planHeader() {
        return Optional.ofNullable(header);
    }

    @Override
    protected Location location() {
        return Location.of(file);
    }

    @Override
    protected RecordCursor openLayer(String layerName) throws PlanexException {
        return new GeoPackageRecordCursor(conn, file, layouts.get(layerName));
    }

    @Override
    protected void release() {
        closeQuietly();
    }

    private void closeQuietly() {
        try {
            conn.close();
        } catch (SQLException e) {
            // read-only connection: nothing can be lost by a failed close
        }
    }

    /** The first line of an exception's message. */
    static String oneLine(Exception e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }
}
