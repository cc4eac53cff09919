package org.planex.format.vct;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planex.model.AttributeType;
import org.planex.model.layer.FieldDef;
import org.planex.model.layer.LayerRecord;
import org.planex.model.layer.LayerSchema;
import org.planex.spi.FormatOptions;
import org.planex.spi.LayerReader;
import org.planex.spi.LayerSink;
import org.planex.spi.LayerWriter;
import org.planex.spi.ReadContext;
import org.planex.spi.RecordCursor;
import org.planex.spi.WriteContext;
import org.planex.testkit.SampleLayers;

/**
 * Layers written as VCT read back the same: every record, its exact geometry (polygons with holes and
 * multi-polygons through ring lines), every attribute value and type with Chinese text, quotes, tabs and
 * line feeds, in GBK and in UTF-8. Feature ids that are not whole numbers are renumbered with a warning.
 */
class VctRoundTripTest {

    @ParameterizedTest
    @CsvSource({"GBK, 2000", "UTF-8, 2000"})
    void everyRecordValueAndTypeSurvives(String encoding, int count, @TempDir Path dir) throws IOException {
        VctFormatProvider p = new VctFormatProvider();
        Path out = dir.resolve("plan.vct");
        List<String> warnings = new ArrayList<>();
        FormatOptions options = FormatOptions.parse(p.descriptor().options(), Map.of("encoding", encoding));
        SampleLayers gen = new SampleLayers(5);
        List<LayerRecord> written = LongStream.rangeClosed(1, count).mapToObj(gen::record).toList();
        try (LayerWriter w = p.openLayerWriter(new WriteContext(out, options, (l, m) -> warnings.add(m)))) {
            LayerSink sink = w.createLayer(SampleLayers.SCHEMA);
            for (LayerRecord r : written) {
                sink.write(r);
            }
            w.finish();
        }
        assertThat(warnings).as("the renumbered ids are reported, once").singleElement().asString()
                .contains("ZONE-").contains(SampleLayers.LAYER);
        byte[] bytes = Files.readAllBytes(out);
        assertThat((bytes[0] & 0xFF) == 0xEF).as("a UTF-8 file starts with a BOM").isEqualTo(encoding.equals("UTF-8"));
        List<LayerRecord> read = new ArrayList<>();
        try (LayerReader r = p.openLayerReader(ReadContext.of(out))) {
            LayerSchema schema = r.layers().get(0);
            assertThat(schema.name()).isEqualTo(SampleLayers.LAYER);
            assertThat(schema.geometryKind()).isEqualTo(SampleLayers.SCHEMA.geometryKind());
            assertThat(schema.crs()).isEqualTo(SampleLayers.SCHEMA.crs());
            assertThat(schema.fields()).containsExactly(new FieldDef("YDYHFLDM", AttributeType.STRING, 6, 0),
                    new FieldDef("名称", AttributeType.STRING, 50, 0), new FieldDef("BSM", AttributeType.INTEGER, 10, 0),
                    new FieldDef("RJL", AttributeType.DECIMAL, 10, 2), new FieldDef("KFQ", AttributeType.BOOLEAN, 1, 0),
                    new FieldDef("PZRQ", AttributeType.DATE, 8, 0));
            try (RecordCursor c = r.open(schema.name())) {
                for (LayerRecord rec = c.read(); rec != null; rec = c.read()) {
                    read.add(rec);
                }
            }
        }
        assertThat(read).hasSize(count);
        for (int i = 0; i < count; i++) {
            LayerRecord before = written.get(i);
            LayerRecord after = read.get(i);
            assertThat(after.index()).isEqualTo(before.index());
            assertThat(after.geometry().equalsExact(before.geometry())).as("geometry of record %d", i + 1).isTrue();
            assertThat(after.geometry().getGeometryType()).isEqualTo(before.geometry().getGeometryType());
            assertThat(after.attributes()).as("attributes of record %d", i + 1).isEqualTo(before.attributes());
            if (before.hasIntegerFid()) {
                assertThat(after.fid()).isEqualTo(before.fid());
            }
        }
        assertThat(read).extracting(LayerRecord::fid).doesNotHaveDuplicates();
    }
}
