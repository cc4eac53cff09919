package org.planex.format.geojson;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.GeometryFactory;
import org.planex.model.CrsRef;
import org.planex.model.PlanHeader;
import org.planex.model.layer.LayerSchema;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;
import org.planex.spi.ReadContext;
import org.planex.spi.RecordCursor;
import org.planex.spi.WarningListener;
import org.planex.spi.io.AbstractLayerReader;

/**
 * Reads a GeoJSON file as one layer: a FeatureCollection, a single Feature, or a text sequence of Features
 * (RFC 8142, or one Feature per line). The layer is named by the top-level {@code name} member (as GDAL writes
 * it), else by the file's base name. Its CRS is the legacy {@code crs} member's, else WGS 84 (EPSG:4326), as
 * RFC 7946 prescribes; coordinates are always x = east (longitude), y = north (latitude).
 *
 * <p>Field types come from the {@code planex:fields} member when the file has one (planex writes it), else
 * they are inferred from the first {@code infer-sample} features (1000 by default; 0 means every feature,
 * which reads the file twice) by the rules of {@link FieldTypeInferrer}. Opening reads only the members before
 * the features and the sample, so a large file opens quickly; members after the {@code features} array are not
 * seen.
 *
 * <p><b>Thread safety:</b> a reader and its cursors are used by one thread at a time.
 */
final class GeoJsonLayerReader extends AbstractLayerReader {

    private final GeoJsonSource source;
    private final WarningListener warnings;
    private final GeoJsonFeatureParser features;
    private final LayerSchema schema;
    private final String typingSource;
    private boolean singleFeature;

    /**
     * Opens the file of {@code context} and determines its layer.
     *
     * @param sample how many features to infer field types from; 0 for all
     * @throws PlanexException if the file is not readable GeoJSON
     */
    GeoJsonLayerReader(ReadContext context, long sample) throws PlanexException {
        this.source = GeoJsonSource.of(context.source());
        this.warnings = context.warnings();
        this.features = new GeoJsonFeatureParser(new GeoJsonGeometryReader(new GeometryFactory()), GeoJsonSource.JSON);
        LayerHeader header = new LayerHeader();
        FieldTypeInferrer inferrer = new FieldTypeInferrer();
        try (JsonParser p = source.open()) {
            if (source.isSequence()) {
                scanSequence(p, header, inferrer, sample);
            } else {
                scanDocument(p, header, inferrer, sample);
            }
        } catch (IOException e) {
            throw source.failure(e, -1, null);
        }
        if (singleFeature) {
            try (JsonParser p = source.open()) {
                p.nextToken();
                inferrer.add(features.parse(p, header));
            } catch (IOException e) {
                throw source.failure(e, 1, null);
            }
        }
        String name = header.name != null && !header.name.isBlank() ? header.name : baseName(source);
        this.typingSource = header.fields != null ? GeoJsonFeatureParser.FIELDS_MEMBER
                : sample <= 0 ? "every feature" : "the first " + sample + " features";
        try {
            this.schema = new LayerSchema(name,
                    header.geometryKind != null ? header.geometryKind : inferrer.geometryKind(),
                    header.fields != null ? header.fields : inferrer.fields(),
                    header.crs != null ? header.crs : CrsRef.WGS84);
        } catch (IllegalArgumentException e) {
            throw PlanexException.unreadable(Location.of(source.file()), "invalid layer description: "
                    + e.getMessage(), e);
        }
    }

    private void scanDocument(JsonParser p, LayerHeader header, FieldTypeInferrer inferrer, long sample)
            throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new JsonParseException(p, "expected a GeoJSON object");
        }
        String type = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String member = p.currentName();
            p.nextToken();
            if (member.equals("type")) {
                type = GeoJsonFeatureParser.requireString(p, "type");
                if (type.equals("Feature")) {
                    singleFeature = true;
                    return;
                }
                if (!type.equals("FeatureCollection")) {
                    throw new JsonParseException(p, "expected a FeatureCollection or a Feature, found a " + type);
                }
            } else if (member.equals("features")) {
                if (p.currentToken() != JsonToken.START_ARRAY) {
                    throw new JsonParseException(p, "\"features\" must be an array");
                }
                if (header.fields == null || header.geometryKind == null) {
                    while ((sample <= 0 || inferrer.count() < sample) && p.nextToken() == JsonToken.START_OBJECT) {
                        inferrer.add(features.parse(p, null));
                    }
                }
                return;
            } else if (!features.readLayerMember(p, member, header)) {
                p.skipChildren();
            }
        }
        if (type == null) {
            throw new JsonParseException(p, "not GeoJSON: the object has no \"type\" member");
        }
    }

    private void scanSequence(JsonParser p, LayerHeader header, FieldTypeInferrer inferrer, long sample)
            throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return;
        }
        inferrer.add(features.parse(p, header));
        if (header.fields == null || header.geometryKind == null) {
            while ((sample <= 0 || inferrer.count() < sample) && p.nextToken() == JsonToken.START_OBJECT) {
                inferrer.add(features.parse(p, null));
            }
        }
    }

    private static String baseName(GeoJsonSource source) {
        String name = source.file().getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    @Override
    public List<LayerSchema> layers() {
        return List.of(schema);
    }

    @Override
    public Optional<PlanHeader> planHeader() {
        return Optional.empty();
    }

    @Override
    protected Location location() {
        return Location.of(source.file());
    }

    @Override
    protected RecordCursor openLayer(String layerName) {
        GeoJsonRecordCursor.Layout layout = source.isSequence() ? GeoJsonRecordCursor.Layout.SEQUENCE
                : singleFeature ? GeoJsonRecordCursor.Layout.SINGLE_FEATURE : GeoJsonRecordCursor.Layout.COLLECTION;
        return new GeoJsonRecordCursor(source, schema, features, new PropertyTyper(schema.fields(), warnings,
                typingSource), layout);
    }

    @Override
    protected void release() {
        // the cursors hold the open files; the source itself holds none
    }
}
