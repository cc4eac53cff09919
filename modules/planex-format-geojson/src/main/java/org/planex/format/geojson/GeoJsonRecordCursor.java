package org.planex.format.geojson;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import org.planex.model.Attributes;
import org.planex.model.layer.LayerRecord;
import org.planex.model.layer.LayerSchema;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;
import org.planex.spi.RecordCursor;

/**
 * Streams the features of a GeoJSON file one at a time: memory holds one feature, whatever the file size.
 * After a failure the cursor is closed and refuses further reads.
 *
 * <p><b>Thread safety:</b> used by one thread at a time.
 */
final class GeoJsonRecordCursor implements RecordCursor {

    /** How the features are laid out in the file. */
    enum Layout {
        /** In the {@code features} array of a FeatureCollection. */
        COLLECTION,
        /** One Feature as the whole document. */
        SINGLE_FEATURE,
        /** A text sequence of Features. */
        SEQUENCE
    }

    private final GeoJsonSource source;
    private final LayerSchema schema;
    private final GeoJsonFeatureParser features;
    private final PropertyTyper typer;
    private final Layout layout;
    private JsonParser parser;
    private long index;
    private boolean done;
    private boolean failed;

    GeoJsonRecordCursor(GeoJsonSource source, LayerSchema schema, GeoJsonFeatureParser features, PropertyTyper typer,
            Layout layout) {
        this.source = source;
        this.schema = schema;
        this.features = features;
        this.typer = typer;
        this.layout = layout;
    }

    @Override
    public LayerRecord read() throws PlanexException {
        if (failed) {
            throw new IllegalStateException("cursor failed or closed; open the layer again");
        }
        if (done) {
            return null;
        }
        try {
            if (parser == null) {
                parser = source.open();
                if (layout == Layout.COLLECTION && !toFeatures()) {
                    return end();
                }
            }
            JsonToken t = parser.nextToken();
            boolean atFeature = switch (layout) {
                case COLLECTION -> t != JsonToken.END_ARRAY;
                case SINGLE_FEATURE -> index == 0;
                case SEQUENCE -> t != null;
            };
            if (!atFeature) {
                return end();
            }
            index++;
            ParsedFeature f = features.parse(parser, null);
            Location where = Location.of(source.file(), f.line(), f.column()).atRecord(index).withFeature(f.id());
            Attributes attributes = typer.type(f, where);
            return new LayerRecord(schema.name(), index, f.id(), f.geometry(), attributes);
        } catch (IOException e) {
            PlanexException pe = source.failure(e, index, null);
            close();
            failed = true;
            throw pe;
        }
    }

    /** Moves the parser into the features array; false when the collection has none. */
    private boolean toFeatures() throws IOException {
        parser.nextToken();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String member = parser.currentName();
            parser.nextToken();
            if (member.equals("features")) {
                if (parser.currentToken() != JsonToken.START_ARRAY) {
                    throw new JsonParseException(parser, "\"features\" must be an array");
                }
                return true;
            }
            parser.skipChildren();
        }
        return false;
    }

    private LayerRecord end() {
        done = true;
        close();
        return null;
    }

    @Override
    public void close() {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException e) {
                failed = true;
            }
            parser = null;
        }
        if (!done) {
            failed = true;
        }
    }
}
