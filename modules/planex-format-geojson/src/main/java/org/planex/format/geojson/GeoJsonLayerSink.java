package org.planex.format.geojson;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.planex.model.AttributeValue;
import org.planex.model.CrsRef;
import org.planex.model.layer.FieldDef;
import org.planex.model.layer.LayerRecord;
import org.planex.model.layer.LayerSchema;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;
import org.planex.spi.io.AbstractLayerSink;

/**
 * Writes the features of one layer to its own (temporary) GeoJSON file, streaming: a FeatureCollection whose
 * members before {@code features} describe the layer ({@code name}, legacy {@code crs} for CRSs other than
 * WGS 84, {@code planex:geometryKind}, {@code planex:fields}), or a text sequence whose first feature carries
 * those members ({@code planex:layer} for the name).
 *
 * <p><b>Thread safety:</b> used by one thread at a time.
 */
final class GeoJsonLayerSink extends AbstractLayerSink {

    private final Path file;
    private final GeoJsonGeometryWriter geometries;
    private final SequenceStyle sequence;
    private final JsonGenerator g;
    private boolean closed;

    /** How features are separated. */
    enum SequenceStyle {
        /** A FeatureCollection document. */
        NONE,
        /** RFC 8142: each feature preceded by 0x1E and followed by a line feed. */
        RECORD_SEPARATOR,
        /** One feature per line (GeoJSONL, newline-delimited). */
        LINES
    }

    /**
     * Creates the file and writes the layer description.
     *
     * @param file the temporary file written
     * @param location the file's final location, named in errors
     *
     * @throws IOException if the file cannot be written
     */
    GeoJsonLayerSink(GeoJsonLayerWriter writer, LayerSchema schema, Path file, Location location,
            GeoJsonGeometryWriter geometries, SequenceStyle sequence, boolean pretty) throws IOException {
        super(writer, schema, location);
        this.file = file;
        this.geometries = geometries;
        this.sequence = sequence;
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        this.g = GeoJsonLayerWriter.JSON.createGenerator(out, JsonEncoding.UTF8);
        if (sequence == SequenceStyle.NONE) {
            if (pretty) {
                g.useDefaultPrettyPrinter();
            }
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            writeLayerMembers("name");
            g.writeArrayFieldStart("features");
        } else {
            g.setRootValueSeparator(null);
        }
    }

    private void writeLayerMembers(String nameMember) throws IOException {
        g.writeStringField(nameMember, schema.name());
        CrsRef crs = schema.crs();
        if (crs != null && !crs.equals(CrsRef.WGS84)) {
            g.writeObjectFieldStart("crs");
            g.writeStringField("type", "name");
            g.writeObjectFieldStart("properties");
            g.writeStringField("name", "urn:ogc:def:crs:EPSG::" + crs.epsg());
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeStringField(GeoJsonFeatureParser.GEOMETRY_KIND_MEMBER, schema.geometryKind().name().toLowerCase(Locale.ROOT));
        g.writeArrayFieldStart(GeoJsonFeatureParser.FIELDS_MEMBER);
        for (FieldDef f : schema.fields()) {
            g.writeStartObject();
            g.writeStringField("name", f.name());
            g.writeStringField("type", f.type().token());
            if (f.length() > 0) {
                g.writeNumberField("length", f.length());
            }
            if (f.scale() > 0) {
                g.writeNumberField("scale", f.scale());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    @Override
    protected void encode(LayerRecord record, Location at) throws PlanexException {
        if (closed) {
            throw new IllegalStateException("layer " + schema.name() + " is finished");
        }
        Map<String, AttributeValue> values = record.attributes().asMap();
        try {
            if (sequence == SequenceStyle.RECORD_SEPARATOR) {
                g.writeRaw((char) RecordSeparatorInputStream.RS);
            }
            g.writeStartObject();
            g.writeStringField("type", "Feature");
            if (sequence != SequenceStyle.NONE && count() == 0) {
                writeLayerMembers(GeoJsonFeatureParser.LAYER_MEMBER);
            }
            if (record.fid() != null) {
                if (record.hasIntegerFid()) {
                    g.writeFieldName("id");
                    g.writeNumber(record.fid());
                } else {
                    g.writeStringField("id", record.fid());
                }
            }
            g.writeFieldName("geometry");
            geometries.write(g, record.geometry());
            g.writeObjectFieldStart("properties");
            for (FieldDef f : schema.fields()) {
                AttributeValue v = values.get(f.name());
                g.writeFieldName(f.name());
                writeValue(v);
            }
            g.writeEndObject();
            g.writeEndObject();
            if (sequence != SequenceStyle.NONE) {
                g.writeRaw('\n');
            }
        } catch (PlanexException e) {
            throw e;
        } catch (IOException e) {
            throw PlanexException.notWritable(location(), "cannot write: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw PlanexException.invalid(at, e.getMessage(), null);
        }
    }

    private void writeValue(AttributeValue v) throws IOException {
        if (v == null || v instanceof AttributeValue.Null) {
            g.writeNull();
        } else if (v instanceof AttributeValue.Int i) {
            g.writeNumber(i.value());
        } else if (v instanceof AttributeValue.Decimal d) {
            g.writeNumber(d.lexical());
        } else if (v instanceof AttributeValue.Bool b) {
            g.writeBoolean(b.value());
        } else {
            g.writeString(v.lexical());
        }
    }

    /** Ends the document and closes the file. */
    void finish() throws IOException {
        if (closed) {
            return;
        }
        if (sequence == SequenceStyle.NONE) {
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
        closed = true;
        g.close();
    }

    /** Closes the file without completing it. */
    void discard() {
        if (!closed) {
            closed = true;
            try {
                g.close();
            } catch (IOException e) {
                // the caller deletes the temporary file next: nothing of it is kept
            }
        }
    }
}
