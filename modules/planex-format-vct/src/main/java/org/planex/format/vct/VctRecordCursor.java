package org.planex.format.vct;

import java.io.Closeable;
import java.io.IOException;
import org.locationtech.jts.geom.LineString;
import org.planex.model.Attributes;
import org.planex.model.layer.LayerRecord;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;
import org.planex.spi.RecordCursor;

/**
 * Streams one layer: the records of its geometry section with its feature code, in file order, each joined
 * with its row of the layer's attribute table; polygons find their lines in the reader's {@link VctLineStore}.
 * Memory: nothing per record while the rows are in feature order, else the attribute index (24 bytes a row).
 *
 * <p><b>Thread safety:</b> used by one thread at a time.
 */
final class VctRecordCursor implements RecordCursor {

    private final VctDataset data;
    private final VctLayer layer;
    private final VctLineReader geometryLines;
    private final VctLineReader attributeLines;
    private final VctAttributeTable table;
    private final VctGeometryReader geometries;
    private long index;
    private boolean closed;

    /**
     * A cursor on {@code layer} of {@code data}.
     *
     * @param store the file's lines for a polygon layer (owned by the reader), else {@code null}
     */
    VctRecordCursor(VctDataset data, VctLayer layer, int bom, VctLineStore store) throws PlanexException {
        this.data = data;
        this.layer = layer;
        VctDataset.Start start = data.sections.get(layer.section());
        geometryLines = new VctLineReader(data.file, data.charset, bom);
        VctDataset.Start rows = data.tables.get(layer.schema().name());
        VctAttributeTable t = null;
        VctLineReader a = null;
        try {
            if (rows != null) {
                a = new VctLineReader(data.file, data.charset, bom);
                t = new VctAttributeTable(a, rows, layer.schema(), data.header.separator());
            }
        } catch (PlanexException e) {
            closeQuietly(geometryLines, a);
            throw e;
        }
        attributeLines = a;
        table = t;
        if (start != null) {
            geometryLines.seek(start.offset(), start.line());
        }
        geometries = start == null ? null : new VctGeometryReader(geometryLines, layer.section(), data.header, store);
    }

    /** Spools the lines of {@code data}'s Line section into a new store. */
    static VctLineStore spoolLines(VctDataset data, int bom) throws PlanexException {
        VctDataset.Start start = data.sections.get(VctSection.LINE);
        VctLineStore store = null;
        try (VctLineReader in = new VctLineReader(data.file, data.charset, bom)) {
            in.seek(start.offset(), start.line());
            store = new VctLineStore();
            VctGeometryReader lines = new VctGeometryReader(in, VctSection.LINE, data.header, null);
            for (VctRecord r = lines.next(); r != null; r = lines.next()) {
                boolean single = r.geometry() instanceof LineString;
                store.add(r.id(), single ? r.geometry().getCoordinates() : null);
            }
            store.seal(Location.of(data.file, start.line(), -1));
            return store;
        } catch (IOException e) {
            closeQuietly(store);
            if (e instanceof PlanexException p) {
                throw p;
            }
            throw PlanexException.unreadable(Location.of(data.file), "cannot spool the lines of the VCT file to a "
                    + "temporary file: " + e.getMessage() + "; check the free space of the temporary folder", e);
        }
    }

    @Override
    public LayerRecord read() throws PlanexException {
        if (closed) {
            throw new IllegalStateException("cursor of layer " + layer.schema().name() + " is closed");
        }
        if (geometries == null) {
            return null;
        }
        for (VctRecord r = geometries.next(); r != null; r = geometries.next()) {
            if (!r.code().equals(layer.code())) {
                continue;
            }
            index++;
            Attributes attributes = table == null ? null : table.row(r.id());
            if (attributes == null) {
                if (!layer.schema().fields().isEmpty()) {
                    throw PlanexException.invalid(Location.of(data.file, r.line(), -1).atRecord(index)
                            .withFeature(Long.toString(r.id())), "feature " + r.id() + " of layer "
                            + layer.schema().name() + " has no row in its attribute table; add the row", null);
                }
                attributes = Attributes.empty();
            }
            return new LayerRecord(layer.schema().name(), index, Long.toString(r.id()), r.geometry(), attributes);
        }
        return null;
    }

    @Override
    public void close() throws PlanexException {
        if (closed) {
            return;
        }
        closed = true;
        closeQuietly(geometryLines, attributeLines);
    }

    private static void closeQuietly(Closeable... resources) {
        for (Closeable c : resources) {
            if (c != null) {
                try {
                    c.close();
                } catch (IOException e) {
                    // closing a read-only file or deleting a spool: nothing to report that the user can act on
                    continue;
                }
            }
        }
    }
}
