package org.planex.format.shapefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.io.WKBWriter;
import org.planex.model.AttributeType;
import org.planex.model.AttributeValue;
import org.planex.model.layer.FieldDef;
import org.planex.model.layer.LayerSchema;
import org.planex.model.layer.LayerRecord;
import org.planex.spi.FormatOptions;
import org.planex.spi.LayerReader;
import org.planex.spi.LayerSink;
import org.planex.spi.LayerWriter;
import org.planex.spi.PlanexException;
import org.planex.spi.ReadContext;
import org.planex.spi.RecordCursor;
import org.planex.spi.Sha256;
import org.planex.spi.WriteContext;

/**
 * Round trips of 100,000 generated zones with Chinese text and every attribute type, in GBK and UTF-8, to a
 * folder and to a ZIP: the SHA-256 over every record read back (index, normalised geometry, attribute names,
 * types and values) equals the one over the records written.
 */
class RoundTripTest {

    private static final int ZONES = 100_000;

    @ParameterizedTest
    @CsvSource({"GBK, zones, 100000", "UTF-8, zones.zip, 20000"})
    void everyFeatureAttributeAndTypeSurvives(String encoding, String target, int count, @TempDir Path dir)
            throws IOException {
        ShapefileFormatProvider p = new ShapefileFormatProvider();
        FormatOptions options = FormatOptions.parse(p.descriptor().options(), Map.of("encoding", encoding));
        Path out = dir.resolve(target);
        List<String> warnings = new ArrayList<>();
        Checksum written = new Checksum();
        try (LayerWriter w = p.openLayerWriter(new WriteContext(out, options, (l, m) -> warnings.add(m)))) {
            LayerSink sink = w.createLayer(ShapefileSampleZones.SCHEMA);
            ShapefileSampleZones zones = new ShapefileSampleZones(7);
            for (long i = 1; i <= count; i++) {
                LayerRecord r = zones.next(i);
                written.add(r);
                sink.write(r);
            }
            w.finish();
        }
        assertThat(warnings).as("only the long field name is reported")
                .singleElement().asString().contains("PlanningAuthorityName").contains("PlanningAu");
        Checksum read = new Checksum();
        try (LayerReader r = p.openLayerReader(ReadContext.of(out))) {
            List<FieldDef> fields = new ArrayList<>(ShapefileSampleZones.SCHEMA.fields());
            fields.set(4, new FieldDef("MJ", AttributeType.DECIMAL, DbfFieldPlanner.DEFAULT_DECIMAL_WIDTH, 0));
            assertThat(r.layers()).as("the undeclared width of MJ becomes the default width").singleElement()
                    .isEqualTo(new LayerSchema(ShapefileSampleZones.SCHEMA.name(), ShapefileSampleZones.SCHEMA.geometryKind(), fields,
                            ShapefileSampleZones.SCHEMA.crs()));
            try (RecordCursor c = r.open(ShapefileSampleZones.SCHEMA.name())) {
                for (LayerRecord rec = c.read(); rec != null; rec = c.read()) {
                    read.add(rec);
                }
            }
        }
        assertThat(read.count).isEqualTo(count);
        assertThat(read.hex()).isEqualTo(written.hex());
        assertThat(ZONES).isGreaterThanOrEqualTo(count);
    }

    /** A SHA-256 over records in a canonical form. */
    static final class Checksum {
        private final Sha256 digest = new Sha256();
        private final WKBWriter wkb = new WKBWriter(2);
        long count;

        Checksum() {
        }

        void add(LayerRecord r) throws PlanexException {
            count++;
            digest.update(Long.toString(r.index()).getBytes(StandardCharsets.UTF_8));
            if (r.geometry() != null) {
                digest.update(wkb.write(r.geometry().norm()));
            }
            for (Map.Entry<String, AttributeValue> a : r.attributes().asMap().entrySet()) {
                AttributeValue v = a.getValue();
                digest.update((a.getKey() + "=" + v.type().token() + ":" + v.lexical() + ";")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }

        String hex() {
            return digest.hex();
        }
    }
}
