package org.planex.format.geojson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.model.AttributeType;
import org.planex.model.AttributeValue;
import org.planex.model.layer.LayerRecord;
import org.planex.spi.FormatOptions;
import org.planex.spi.LayerReader;
import org.planex.spi.LayerSink;
import org.planex.spi.LayerWriter;
import org.planex.spi.WriteContext;
import org.planex.testkit.SampleLayers;
import org.planex.testkit.ExternalResources;

/**
 * GDAL opens planex GeoJSON with the same features, values and geometries, and planex reads what GDAL writes
 * (from planex's own output) with the same values. Skipped when GDAL's command line tools are not installed.
 */
class GeoJsonGdalInteropTest {

    private static final int COUNT = 1_000;

    @TempDir
    Path dir;

    @BeforeAll
    static void needsGdal() {
        ExternalResources.requireTool("ogrinfo");
        ExternalResources.requireTool("ogr2ogr");
    }

    private List<LayerRecord> writeZones(Path file) throws IOException {
        SampleLayers gen = new SampleLayers(7);
        List<LayerRecord> records = new ArrayList<>();
        try (LayerWriter w = new GeoJsonFormatProvider().openLayerWriter(WriteContext.of(file))) {
            LayerSink sink = w.createLayer(SampleLayers.SCHEMA);
            for (long i = 1; i <= COUNT; i++) {
                LayerRecord r = gen.record(i);
                sink.write(r);
                records.add(r);
            }
            w.finish();
        }
        return records;
    }

    @Test
    void gdalSeesPlanexFeaturesAndPlanexReadsGdalOutput() throws Exception {
        Path planex = dir.resolve("planex.geojson");
        List<LayerRecord> expected = writeZones(planex);
        String info = ExternalResources.run("ogrinfo", "-ro", "-so", "-al", planex.toString());
        assertThat(info).contains("Layer name: " + SampleLayers.LAYER, "Feature Count: " + COUNT,
                "ID[\"EPSG\",4527]", "名称: String");

        Path gdal = dir.resolve("gdal.geojson");
        ExternalResources.run("ogr2ogr", "-oo", "NATIVE_DATA=NO", "-lco", "SIGNIFICANT_FIGURES=17", "-f", "GeoJSON", gdal.toString(),
                planex.toString());
        assertThat(Files.readString(gdal)).doesNotContain("planex:fields");
        try (LayerReader r = GeoJsonFixtures.open(gdal, FormatOptions.none(), null)) {
            assertThat(r.layers().get(0).name()).isEqualTo(SampleLayers.LAYER);
            assertThat(r.layers().get(0).crs().epsg()).isEqualTo(4527);
            List<LayerRecord> actual = GeoJsonFixtures.readAll(r);
            assertThat(actual).hasSize(COUNT);
            for (int i = 0; i < COUNT; i++) {
                LayerRecord e = expected.get(i);
                LayerRecord a = actual.get(i);
                assertThat(a.geometry().equalsExact(e.geometry())).as("geometry of record %d", i + 1).isTrue();
                assertSameValues(e.attributes().asMap(), a.attributes().asMap(), i + 1);
            }
        }
    }

    @Test
    void planexReadsGdalTextSequences() throws Exception {
        Path planex = dir.resolve("planex.geojson");
        List<LayerRecord> expected = writeZones(planex);
        Path seq = dir.resolve("gdal.geojsons");
        ExternalResources.run("ogr2ogr", "-f", "GeoJSONSeq", "-lco", "RS=YES", seq.toString(), planex.toString());
        try (LayerReader r = GeoJsonFixtures.open(seq, FormatOptions.none(), null)) {
            List<LayerRecord> actual = GeoJsonFixtures.readAll(r);
            assertThat(actual).hasSize(COUNT);
            for (int i = 0; i < COUNT; i++) {
                assertThat(actual.get(i).fid()).isEqualTo(expected.get(i).fid());
                assertSameValues(expected.get(i).attributes().asMap(), actual.get(i).attributes().asMap(), i + 1);
            }
        }
    }

    /** GDAL keeps values but not types GeoJSON cannot state: decimals lose trailing zeros, dates become text. */
    private static void assertSameValues(Map<String, AttributeValue> expected, Map<String, AttributeValue> actual,
            int record) {
        assertThat(actual.keySet()).as("fields of record %d", record).containsExactlyElementsOf(expected.keySet());
        for (Map.Entry<String, AttributeValue> e : expected.entrySet()) {
            AttributeValue want = e.getValue();
            AttributeValue got = actual.get(e.getKey());
            String what = e.getKey() + " of record " + record;
            if (want.lexical() == null) {
                assertThat(got.lexical()).as(what).isNull();
            } else if (want.type() == AttributeType.DECIMAL) {
                assertThat(new BigDecimal(got.lexical())).as(what).isEqualByComparingTo(new BigDecimal(want.lexical()));
            } else {
                assertThat(got.lexical()).as(what).isEqualTo(want.lexical());
                if (want.type() != AttributeType.DATE) {
                    assertThat(got.type()).as(what).isEqualTo(want.type());
                }
            }
        }
    }
}
