package org.planex.format.geopackage;

import static org.planex.format.geopackage.GeoPackageSql.quote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.planex.model.AttributeValue;
import org.planex.model.layer.FieldDef;
import org.planex.model.layer.LayerRecord;
import org.planex.model.layer.LayerSchema;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;
import org.planex.spi.io.AbstractLayerSink;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Inserts the records of one layer into its table with one prepared statement, in batches of 1,000 rows (one
 * native call each), inside the writer's single transaction. A feature id that is a canonical integer becomes the row's primary key; any other id (or an
 * integer already taken) is kept in a {@code planex_fid} text column, added to the table when first needed, and
 * the row gets the next key above every key used so far. Tracks the extent, whether any geometry has z values,
 * and the box of every geometry for the spatial index.
 *
 * <p><b>Thread safety:</b> used by one thread at a time.
 */
final class GeoPackageLayerSink extends AbstractLayerSink {

    /** The text column that keeps feature ids which are not row keys. */
    static final String FID_TEXT_COLUMN = "planex_fid";

    private static final int BATCH_SIZE = 1000;

    private final Connection conn;
    private final String table;
    private final String pk;
    private final String geometryColumn;
    private final int srsId;
    private final GeoPackageGeometryWriter geometries = new GeoPackageGeometryWriter();
    private final Envelope extent = new Envelope();
    private final RTreeEntries entries = new RTreeEntries();
    private PreparedStatement insert;
    private boolean fidTextColumn;
    private boolean hasZ;
    private long lastKey;
    private int pending;

    GeoPackageLayerSink(GeoPackageLayerWriter writer, Connection conn, LayerSchema schema, String table, String pk,
            String geometryColumn, int srsId, Location location) throws SQLException {
        super(writer, schema, location.withEntry(table));
        this.conn = conn;
        this.table = table;
        this.pk = pk;
        this.geometryColumn = geometryColumn;
        this.srsId = srsId;
        this.insert = prepare();
    }

    private PreparedStatement prepare() throws SQLException {
        StringBuilder cols = new StringBuilder(quote(pk));
        StringBuilder marks = new StringBuilder("?");
        if (geometryColumn != null) {
            cols.append(", ").append(quote(geometryColumn));
            marks.append(", ?");
        }
        for (FieldDef f : schema.fields()) {
            cols.append(", ").append(quote(f.name()));
            marks.append(", ?");
        }
        if (fidTextColumn) {
            cols.append(", ").append(quote(FID_TEXT_COLUMN));
            marks.append(", ?");
        }
        return conn.prepareStatement("INSERT INTO " + quote(table) + " (" + cols + ") VALUES (" + marks + ")");
    }

    @Override
    protected void encode(LayerRecord record, Location at) throws PlanexException {
        if (insert == null) {
            throw new IllegalStateException("layer " + schema.name() + " is finished");
        }
        Map<String, AttributeValue> values = record.attributes().asMap();
        Geometry g = record.geometry();
        if (g != null && geometryColumn == null) {
            throw PlanexException.invalid(at, "layer " + schema.name() + " has no geometry (kind NONE)"
                    + " but the record has one", null);
        }
        String fid = record.fid();
        boolean integerFid = record.hasIntegerFid();
        long key = integerFid ? Long.parseLong(fid) : lastKey + 1;
        try {
            if (fid != null && !integerFid && !fidTextColumn) {
                addFidTextColumn();
            }
            if (key > lastKey) {
                bind(key, g, values, integerFid ? null : fid);
                insert.addBatch();
                if (++pending == BATCH_SIZE) {
                    flush();
                }
            } else {
                key = insertOutOfOrder(key, g, values, fid);
            }
        } catch (SQLException e) {
            throw PlanexException.notWritable(at, "cannot insert the record: " + e.getMessage(), e);
        }
        lastKey = Math.max(lastKey, key);
        if (g != null && !g.isEmpty()) {
            Envelope e = g.getEnvelopeInternal();
            extent.expandToInclude(e);
            if (geometryColumn != null) {
                entries.add(key, e);
            }
            hasZ |= GeoPackageGeometryWriter.hasZ(g);
        }
    }

    /**
     * Inserts a record whose integer id is not above every key used so far, at once: the key may be taken, and
     * then the record gets the next free key and keeps its id in the text column.
     *
     * @return the key used
     */
    private long insertOutOfOrder(long key, Geometry g, Map<String, AttributeValue> values, String fid)
            throws SQLException {
        flush();
        try {
            bind(key, g, values, null);
            insert.executeUpdate();
            return key;
        } catch (SQLiteException e) {
            if (e.getResultCode() != SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY) {
                throw e;
            }
        }
        if (!fidTextColumn) {
            addFidTextColumn();
        }
        long next = lastKey + 1;
        bind(next, g, values, fid);
        insert.executeUpdate();
        return next;
    }

    /** Executes the batched inserts. */
    private void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            pending = 0;
        }
    }

    private void bind(long key, Geometry g, Map<String, AttributeValue> values, String textFid)
            throws SQLException {
        int p = 1;
        insert.setLong(p++, key);
        if (geometryColumn != null) {
            if (g == null) {
                insert.setNull(p++, Types.BLOB);
            } else {
                insert.setBytes(p++, geometries.write(g, srsId));
            }
        }
        for (FieldDef f : schema.fields()) {
            AttributeValue v = values.get(f.name());
            if (v == null || v instanceof AttributeValue.Null) {
                insert.setNull(p++, Types.NULL);
            } else if (v instanceof AttributeValue.Int i) {
                insert.setLong(p++, i.value());
            } else if (v instanceof AttributeValue.Bool b) {
                insert.setInt(p++, b.value() ? 1 : 0);
            } else {
                insert.setString(p++, v.lexical());
            }
        }
        if (fidTextColumn) {
            insert.setString(p, textFid);
        }
    }

    private void addFidTextColumn() throws SQLException {
        flush();
        insert.close();
        try (Statement s = conn.createStatement()) {
            s.execute("ALTER TABLE " + quote(table) + " ADD COLUMN " + quote(FID_TEXT_COLUMN) + " TEXT");
        }
        fidTextColumn = true;
        insert = prepare();
    }

    /** Closes the insert statement; the layer takes no more records. */
    void complete() throws SQLException {
        if (insert != null) {
            flush();
            insert.close();
            insert = null;
        }
    }

    /** The layer's schema. */
    LayerSchema schema() {
        return schema;
    }

    /** The table name. */
    String table() {
        return table;
    }

    /** The primary key column. */
    String pk() {
        return pk;
    }

    /** The geometry column, or {@code null} for a layer without geometry. */
    String geometryColumn() {
        return geometryColumn;
    }

    /** Whether feature ids are kept in the {@code planex_fid} column. */
    boolean hasFidTextColumn() {
        return fidTextColumn;
    }

    /** The extent of the non-empty geometries written (null envelope when none). */
    Envelope extent() {
        return extent;
    }

    /** The boxes of the non-empty geometries, by row key, for the spatial index. */
    RTreeEntries entries() {
        return entries;
    }

    /** Whether any geometry had z values. */
    boolean hasZ() {
        return hasZ;
    }

}
