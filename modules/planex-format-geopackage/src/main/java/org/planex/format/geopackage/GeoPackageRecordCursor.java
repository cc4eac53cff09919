package org.planex.format.geopackage;

import static org.planex.format.geopackage.GeoPackageSql.quote;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.planex.model.AttributeType;
import org.planex.model.AttributeValue;
import org.planex.model.Attributes;
import org.planex.model.layer.FieldDef;
import org.planex.model.layer.LayerRecord;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;
import org.planex.spi.RecordCursor;

/**
 * Streams the rows of one GeoPackage table in primary key order, one row in memory at a time. A value whose
 * storage class does not fit the field type (SQLite columns accept anything) stops the read with the table, row
 * and column named; after a failure the cursor is closed.
 *
 * <p><b>Thread safety:</b> used by one thread at a time.
 */
final class GeoPackageRecordCursor implements RecordCursor {

    private final Path file;
    private final GeoPackageLayerReader.TableLayout layout;
    private final List<FieldDef> fields;
    private final GeoPackageGeometryReader geometries = new GeoPackageGeometryReader(new GeometryFactory());
    private final Statement statement;
    private final ResultSet rows;
    private long index;
    private boolean closed;

    GeoPackageRecordCursor(Connection conn, Path file, GeoPackageLayerReader.TableLayout layout)
            throws PlanexException {
        this.file = file;
        this.layout = layout;
        this.fields = layout.schema().fields();
        StringBuilder sql = new StringBuilder("SELECT ").append(quote(layout.pk()));
        sql.append(", ").append(layout.geometryColumn() == null ? "NULL" : quote(layout.geometryColumn()));
        sql.append(", ").append(layout.fidColumn() == null ? "NULL" : quote(layout.fidColumn()));
        for (FieldDef f : fields) {
            sql.append(", ").append(quote(f.name()));
        }
        sql.append(" FROM ").append(quote(layout.table())).append(" ORDER BY ").append(quote(layout.pk()));
        try {
            this.statement = conn.createStatement();
            this.rows = statement.executeQuery(sql.toString());
        } catch (SQLException e) {
            throw PlanexException.unreadable(Location.of(file).withEntry(layout.table()), "cannot read the table: "
                    + GeoPackageLayerReader.oneLine(e), e);
        }
    }

    @Override
    public LayerRecord read() throws PlanexException {
        if (closed) {
            throw new IllegalStateException("cursor closed");
        }
        Location where = Location.of(file).withEntry(layout.table()).atRecord(index + 1);
        try {
            if (!rows.next()) {
                close();
                return null;
            }
            index++;
            String textFid = rows.getString(3);
            String fid = textFid != null ? textFid : rows.getString(1);
            where = where.withFeature(fid);
            byte[] blob = rows.getBytes(2);
            Geometry g;
            try {
                g = blob == null ? null : geometries.read(blob);
            } catch (IllegalArgumentException e) {
                throw PlanexException.unreadable(where, "column " + layout.geometryColumn() + ": " + e.getMessage(), e);
            }
            Attributes.Builder b = Attributes.builder();
            for (int i = 0; i < fields.size(); i++) {
                FieldDef f = fields.get(i);
                b.put(f.name(), value(f, rows.getObject(i + 4), where));
            }
            return new LayerRecord(layout.schema().name(), index, fid, g, b.build());
        } catch (SQLException e) {
            close();
            throw PlanexException.unreadable(where, "cannot read the row: " + GeoPackageLayerReader.oneLine(e), e);
        } catch (PlanexException e) {
            close();
            throw e;
        }
    }

    private static AttributeValue value(FieldDef f, Object raw, Location where) throws PlanexException {
        if (raw == null) {
            return new AttributeValue.Null(f.type());
        }
        AttributeType t = f.type();
        try {
            switch (t) {
                case STRING -> {
                    return AttributeValue.of(raw instanceof byte[] bytes ? HexFormat.of().formatHex(bytes)
                            : raw.toString());
                }
                case INTEGER -> {
                    if (raw instanceof Integer || raw instanceof Long) {
                        return AttributeValue.of(((Number) raw).longValue());
                    }
                }
                case DECIMAL -> {
                    if (raw instanceof Integer || raw instanceof Long) {
                        return AttributeValue.of(BigDecimal.valueOf(((Number) raw).longValue()));
                    }
                    if (raw instanceof Double d) {
                        return AttributeValue.of(BigDecimal.valueOf(d));
                    }
                    if (raw instanceof String s) {
                        return AttributeValue.of(new BigDecimal(s));
                    }
                }
                case BOOLEAN -> {
                    if ((raw instanceof Integer || raw instanceof Long) && ((Number) raw).longValue() >> 1 == 0) {
                        return AttributeValue.of(((Number) raw).longValue() == 1);
                    }
                }
                case DATE -> {
                    if (raw instanceof String s) {
                        return AttributeValue.of(LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s));
                    }
                }
                default -> throw new IllegalStateException("unhandled type " + t);
            }
        } catch (NumberFormatException | DateTimeException e) {
            // reported below with the value
        }
        String shown = raw instanceof byte[] ? "a blob" : "'" + raw + "'";
        throw PlanexException.unreadable(where, "column " + f.name() + " holds " + shown + ", which is not a valid "
                + t.token() + " value", null);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            rows.close();
            statement.close();
        } catch (SQLException e) {
            // the reader's connection stays usable; nothing to report
        }
    }
}
