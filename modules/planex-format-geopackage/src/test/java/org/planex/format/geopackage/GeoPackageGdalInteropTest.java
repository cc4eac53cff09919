package org.planex.format.geopackage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.model.AttributeType;
import org.planex.model.AttributeValue;
import org.planex.model.CrsRef;
import org.planex.model.layer.FieldDef;
import org.planex.model.layer.GeometryKind;
import org.planex.model.layer.LayerRecord;
import org.planex.model.layer.LayerSchema;
import org.planex.spi.LayerReader;
import org.planex.spi.LayerSink;
import org.planex.spi.LayerWriter;
import org.planex.spi.ReadContext;
import org.planex.spi.RecordCursor;
import org.planex.spi.WriteContext;
import org.planex.testkit.SampleLayers;
import org.planex.testkit.ExternalResources;

/**
 * GDAL opens planex GeoPackages (same count, values, geometries, SRS, a complete R-tree) and planex reads
 * GeoPackages GDAL wrote, with types from the column declarations. Skipped without GDAL's command line tools.
 */
class GeoPackageGdalInteropTest {

    private static final int COUNT = 2_000;

    @TempDir
    Path dir;

    @BeforeAll
    static void needsGdal() {
        ExternalResources.requireTool("ogrinfo");
        ExternalResources.requireTool("ogr2ogr");
    }

    private List<LayerRecord> writeZones(Path file) throws IOException {
        SampleLayers gen = new SampleLayers(3);
        List<LayerRecord> records = new ArrayList<>();
        try (LayerWriter w = new GeoPackageFormatProvider().openLayerWriter(WriteContext.of(file))) {
            w.writePlanHeader(GeoPackagePlanHeaderTest.fullHeader());
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

    private static List<LayerRecord> readAll(Path file, String layer) throws IOException {
        List<LayerRecord> list = new ArrayList<>();
        try (LayerReader r = new GeoPackageFormatProvider().openLayerReader(ReadContext.of(file));
                RecordCursor c = r.open(layer)) {
            for (LayerRecord rec = c.read(); rec != null; rec = c.read()) {
                list.add(rec);
            }
        }
        return list;
    }

    @Test
    void gdalOpensPlanexGeoPackagesAndPlanexReadsGdalCopies() throws Exception {
        Path planex = dir.resolve("planex.gpkg");
        List<LayerRecord> expected = writeZones(planex);
        String layer = SampleLayers.LAYER;
        String info = ExternalResources.run("ogrinfo", "-ro", "-so", planex.toString(), layer);
        assertThat(info).contains("Feature Count: " + COUNT, "ID[\"EPSG\",4527]", "名称: String (50.0)",
                "BSM: Integer64", "KFQ: Integer(Boolean)", "PZRQ: Date").doesNotContain("ERROR");
        long withGeometry = expected.stream().filter(r -> r.geometry() != null && !r.geometry().isEmpty()).count();
        String rtree = ExternalResources.run("ogrinfo", "-ro", planex.toString(), "-sql",
                "SELECT COUNT(*) AS n FROM \"rtree_" + layer + "_geom\"");
        assertThat(rtree).contains("n (Integer) = " + withGeometry);
        String spatial = ExternalResources.run("ogrinfo", "-ro", "-so", "-spat", "40500000", "3400000", "40525000", "3425000",
                planex.toString(), layer);
        assertThat(spatial).containsPattern("Feature Count: [1-9]");

        Path gdal = dir.resolve("gdal.gpkg");
        ExternalResources.run("ogr2ogr", "-f", "GPKG", "-preserve_fid", gdal.toString(), planex.toString(), layer);
        List<LayerRecord> actual = readAll(gdal, layer);
        assertThat(actual).hasSize(COUNT);
        try (LayerReader r = new GeoPackageFormatProvider().openLayerReader(ReadContext.of(gdal))) {
            LayerSchema s = r.layers().get(0);
            assertThat(s.crs()).isEqualTo(CrsRef.epsg(4527));
            assertThat(s.geometryKind()).isEqualTo(GeometryKind.MULTIPOLYGON);
            assertThat(s.fields()).extracting(FieldDef::type).containsExactly(AttributeType.STRING,
                    AttributeType.STRING, AttributeType.INTEGER, AttributeType.STRING, AttributeType.BOOLEAN,
                    AttributeType.DATE, AttributeType.STRING);
            assertThat(s.fields().get(6).name()).isEqualTo("planex_fid");
            assertThat(r.planHeader()).isEmpty();
        }
        for (int i = 0; i < COUNT; i++) {
            LayerRecord e = expected.get(i);
            LayerRecord a = actual.get(i);
            assertThat((Object) a.geometry()).as("geometry of record %d", i + 1).isEqualTo(e.geometry());
            Map<String, AttributeValue> values = new LinkedHashMap<>(a.attributes().asMap());
            AttributeValue textFid = values.remove("planex_fid");
            assertThat(e.fid().matches("\\d+") ? a.fid() : textFid.lexical()).isEqualTo(e.fid());
            assertSameValues(e.attributes().asMap(), values, i + 1);
        }
    }

    @Test
    void planexReadsWhatGdalCreates() throws Exception {
        Path json = dir.resolve("src.geojson");
        Files.writeString(json, """
                {"type":"FeatureCollection","name":"控制线",
                 "crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::4490"}},
                 "features":[
                 {"type":"Feature","id":7,"properties":{"名称":"生态保护红线","面积":12.5,"批准":"2024-02-29","有效":true,
                  "编号":42},"geometry":{"type":"Polygon","coordinates":[[[120.5,31.0],[120.6,31.0],[120.6,31.1],
                  [120.5,31.0]]]}},
                 {"type":"Feature","id":8,"properties":{"名称":null,"面积":0.1,"批准":null,"有效":false,"编号":null},
                  "geometry":null}]}
                """, StandardCharsets.UTF_8);
        Path gdal = dir.resolve("gdal.gpkg");
        ExternalResources.run("ogr2ogr", "-f", "GPKG", "-preserve_fid", gdal.toString(), json.toString());
        try (LayerReader r = new GeoPackageFormatProvider().openLayerReader(ReadContext.of(gdal))) {
            assertThat(r.layers()).singleElement().satisfies(s -> {
                assertThat(s.name()).isEqualTo("控制线");
                assertThat(s.crs()).isEqualTo(CrsRef.CGCS2000);
                assertThat(s.geometryKind()).isEqualTo(GeometryKind.POLYGON);
                assertThat(s.fields()).extracting(FieldDef::type).containsExactly(AttributeType.STRING,
                        AttributeType.DECIMAL, AttributeType.DATE, AttributeType.BOOLEAN, AttributeType.INTEGER);
            });
        }
        List<LayerRecord> records = readAll(gdal, "控制线");
        assertThat(records).extracting(LayerRecord::fid).containsExactly("7", "8");
        Map<String, AttributeValue> first = records.get(0).attributes().asMap();
        assertThat(first.get("名称")).isEqualTo(AttributeValue.of("生态保护红线"));
        assertThat(first.get("面积")).isEqualTo(AttributeValue.of(new BigDecimal("12.5")));
        assertThat(first.get("批准").lexical()).isEqualTo("2024-02-29");
        assertThat(first.get("有效")).isEqualTo(AttributeValue.of(true));
        assertThat(first.get("编号")).isEqualTo(AttributeValue.of(42));
        assertThat(records.get(0).geometry().getCoordinates()[1].x).isEqualTo(120.6);
        assertThat((Object) records.get(1).geometry()).isNull();
        assertThat(records.get(1).attributes().get("编号").orElseThrow())
                .isEqualTo(new AttributeValue.Null(AttributeType.INTEGER));
    }

    /** Decimals are TEXT columns in planex files, so GDAL copies them as text with the same digits. */
    private static void assertSameValues(Map<String, AttributeValue> expected, Map<String, AttributeValue> actual,
            int record) {
        assertThat(actual.keySet()).as("fields of record %d", record).containsExactlyElementsOf(expected.keySet());
        for (Map.Entry<String, AttributeValue> e : expected.entrySet()) {
            AttributeValue want = e.getValue();
            AttributeValue got = actual.get(e.getKey());
            String what = e.getKey() + " of record " + record;
            assertThat(got.lexical()).as(what).isEqualTo(want.lexical());
            if (want.type() == AttributeType.DECIMAL && want.lexical() != null) {
                assertThat(new BigDecimal(got.lexical())).as(what).isEqualTo(new BigDecimal(want.lexical()));
            } else if (want.type() != AttributeType.DECIMAL) {
                assertThat(got.type()).as(what).isEqualTo(want.type());
            }
        }
    }
}
