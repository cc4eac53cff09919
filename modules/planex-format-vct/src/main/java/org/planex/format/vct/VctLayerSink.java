package org.planex.format.vct;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.planex.model.AttributeValue;
import org.planex.model.layer.LayerRecord;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;
import org.planex.spi.io.AbstractLayerSink;

/**
 * Receives one layer's records: the geometry goes to the writer's section spool (and ring lines to its line
 * spool), the attribute row to this layer's own spool, which becomes the layer's table of the
 * {@code Attribute} section.
 *
 * <p><b>Thread safety:</b> used by one thread at a time.
 */
final class VctLayerSink extends AbstractLayerSink {

    private final VctLayerWriter writer;
    private final VctLayer layer;
    private final Path rowsFile;
    private final BufferedWriter rows;
    private final StringBuilder text = new StringBuilder(256);

    /** A sink of {@code writer} for {@code layer}, spooling rows to {@code rowsFile}. */
    VctLayerSink(VctLayerWriter writer, VctLayer layer, Path rowsFile, Location where) throws IOException {
        super(writer, layer.schema(), where);
        this.writer = writer;
        this.layer = layer;
        this.rowsFile = rowsFile;
        this.rows = Files.newBufferedWriter(rowsFile, writer.charset());
    }

    /** The layer written. */
    VctLayer layer() {
        return layer;
    }

    /** The spooled attribute rows. */
    Path rowsFile() {
        return rowsFile;
    }

    @Override
    protected void encode(LayerRecord record, Location at) throws PlanexException {
        Geometry g = record.geometry() == null || record.geometry().isEmpty() ? null : record.geometry();
        checkGeometry(g, at);
        long id = writer.identifier(record, at);
        text.setLength(0);
        text.append(id);
        for (Map.Entry<String, AttributeValue> e : record.attributes().asMap().entrySet()) {
            text.append(writer.separator());
            value(e.getKey(), e.getValue(), at);
        }
        text.append('\n');
        try {
            rows.append(text);
        } catch (IOException e) {
            throw writer.spoolFailed(e);
        }
        writer.writeGeometry(layer, id, g);
    }

    private void value(String field, AttributeValue v, Location at) throws PlanexException {
        if (v instanceof AttributeValue.Text t) {
            writer.requireEncodable(t.value(), at, "field " + field);
            VctText.write(t.value(), writer.separator(), text);
        } else if (v instanceof AttributeValue.Bool b) {
            text.append(b.value() ? '1' : '0');
        } else if (v instanceof AttributeValue.Date d) {
            text.append(d.value().format(DateTimeFormatter.BASIC_ISO_DATE));
        } else if (!(v instanceof AttributeValue.Null)) {
            text.append(v.lexical());
        }
    }

    private void checkGeometry(Geometry g, Location at) throws PlanexException {
        if (g == null) {
            return;
        }
        boolean fits = switch (layer.section()) {
            case POINT -> g instanceof Point || g instanceof MultiPoint;
            case LINE -> g instanceof LineString || g instanceof MultiLineString;
            case POLYGON -> g instanceof Polygon || g instanceof MultiPolygon;
        };
        if (!fits) {
            throw PlanexException.invalid(at, "a " + g.getGeometryType() + " cannot go into the "
                    + layer.section().token() + " layer " + layer.schema().name() + "; write it to a layer of its "
                    + "geometry type", null);
        }
    }

    /** Closes the row spool. */
    void finish() throws IOException {
        rows.close();
    }

    /** Closes the row spool without reporting. */
    void discard() {
        try {
            rows.close();
        } catch (IOException e) {
            rowsFile.toFile().deleteOnExit();
        }
    }
}
