package org.planex.format.shapefile;

import java.io.IOException;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.planex.model.AttributeValue;
import org.planex.model.Attributes;
import org.planex.model.layer.FieldDef;
import org.planex.model.layer.LayerRecord;
import org.planex.spi.PlanexException;
import org.planex.spi.RecordCursor;
import org.planex.spi.WarningListener;

/**
 * Streams the records of one shapefile: the shape of record n from the {@code .shp} (through the
 * {@code .shx} or a rebuilt index), its attributes from record n of the {@code .dbf}. Records deleted in the
 * {@code .dbf} are skipped. Memory does not grow with the number of records.
 *
 * <p><b>Thread safety:</b> one thread at a time. A cursor that has thrown refuses further reads.
 */
final class ShapefileRecordCursor implements RecordCursor {

    private final ShapefileLayerReader.Layer layer;
    private final WarningListener warnings;
    private final ShpRecordReader shp;
    private final DbfReader dbf;
    private final ShapeDecoder decoder;
    private final List<FieldDef> fields;
    private boolean failed;
    private boolean closed;
    private boolean warnedShortTable;
    private boolean warnedTrailing;

    ShapefileRecordCursor(ShapefileLayerReader.Layer layer, GeometryFactory factory, WarningListener warnings)
            throws PlanexException {
        this.layer = layer;
        this.warnings = warnings;
        this.fields = layer.schema().fields();
        ShapefileSet set = layer.set();
        this.shp = new ShpRecordReader(set.shp(), set.shx(), set.location());
        DbfReader table = null;
        if (set.dbf() != null) {
            try {
                table = DbfReader.open(set.dbf(), set.companion("dbf"));
                table.readFields(layer.charset(), WarningListener.IGNORE);
            } catch (PlanexException e) {
                closeAll(shp, table);
                throw e;
            }
        }
        this.dbf = table;
        this.decoder = new ShapeDecoder(factory, layer.shapeType());
    }

    @Override
    public LayerRecord read() throws PlanexException {
        if (closed || failed) {
            throw new IllegalStateException(closed ? "cursor is closed" : "cursor failed before");
        }
        try {
            return next();
        } catch (PlanexException | RuntimeException e) {
            failed = true;
            throw e;
        }
    }

    private LayerRecord next() throws PlanexException {
        while (shp.next()) {
            long n = shp.recordNumber();
            boolean hasRow = dbf != null && dbf.next();
            if (hasRow && dbf.isDeleted()) {
                continue;
            }
            if (dbf != null && !hasRow && !warnedShortTable && !fields.isEmpty()) {
                warnedShortTable = true;
                warnings.warning(layer.set().companion("dbf").atRecord(n), "the .dbf has fewer records than the"
                        + " .shp; the remaining records have empty attributes");
            }
            Geometry g;
            try {
                g = decoder.decode(shp.content());
            } catch (ShapeDecoder.MalformedShapeException e) {
                throw PlanexException.unreadable(layer.set().location().atRecord(n), "corrupt shape record: "
                        + e.getMessage(), null);
            }
            if (decoder.lastRepair() != null) {
                warnings.warning(layer.set().location().atRecord(n), decoder.lastRepair());
            }
            return new LayerRecord(layer.schema().name(), n, null, g, attributes(hasRow));
        }
        if (shp.trailingBytes() > 0 && !warnedTrailing) {
            warnedTrailing = true;
            warnings.warning(layer.set().location().atRecord(shp.recordNumber() + 1), "ignored "
                    + shp.trailingBytes() + " bytes after the last record that do not form a shape record");
        }
        return null;
    }

    private Attributes attributes(boolean hasRow) throws PlanexException {
        if (fields.isEmpty()) {
            return Attributes.empty();
        }
        Attributes.Builder b = Attributes.builder(fields.size());
        for (int i = 0; i < fields.size(); i++) {
            FieldDef f = fields.get(i);
            b.put(f.name(), hasRow ? dbf.value(i) : new AttributeValue.Null(f.type()));
        }
        return b.build();
    }

    @Override
    public void close() throws PlanexException {
        if (!closed) {
            closed = true;
            closeAll(shp, dbf);
        }
    }

    private static void closeAll(ShpRecordReader shapes, DbfReader table) {
        try {
            shapes.close();
            if (table != null) {
                table.close();
            }
        } catch (IOException ignored) {
            // read-only channels: nothing to recover
        }
    }
}
