package org.planex.format.shapefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.planex.model.AttributeType;
import org.planex.model.AttributeValue;
import org.planex.model.layer.LayerRecord;
import org.planex.spi.LayerSink;
import org.planex.spi.LayerWriter;
import org.planex.spi.WriteContext;
import org.planex.testkit.ExternalResources;

/**
 * Interoperability with GDAL, run when {@code ogr2ogr} is on the PATH: shapefiles written by planex read in
 * GDAL with the same features, values (Chinese text included) and geometries; shapefiles written by GDAL in
 * GBK, UTF-8 and CP936 read in planex with the same values.
 */
class GdalInteropTest {

    private static final int ZONES = 500;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final GeometryFactory factory = new GeometryFactory();

    @BeforeAll
    static void needsGdal() {
        ExternalResources.requireTool("ogr2ogr");
        ExternalResources.requireTool("ogrinfo");
    }

    @Test
    void gdalReadsWhatPlanexWrites(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        List<LayerRecord> written = new ArrayList<>();
        try (LayerWriter w = new ShapefileFormatProvider().openLayerWriter(WriteContext.of(out))) {
            LayerSink sink = w.createLayer(ShapefileSampleZones.SCHEMA);
            ShapefileSampleZones zones = new ShapefileSampleZones(11);
            for (long i = 1; i <= ZONES; i++) {
                LayerRecord r = zones.next(i);
                written.add(r);
                sink.write(r);
            }
            w.finish();
        }
        Path shp = out.resolve(ShapefileSampleZones.SCHEMA.name() + ".shp");
        String summary = ShapefileTestData.run(List.of("ogrinfo", "-ro", "-so", "-al", shp.toString()));
        assertThat(summary).contains("Feature Count: " + ZONES).contains("PlanningAu: String (40.0)").contains("YDYHFLMC: String (60.0)");
        JsonNode features = geoJson(shp).get("features");
        assertThat(features).hasSize(ZONES);
        for (int i = 0; i < ZONES; i++) {
            LayerRecord want = written.get(i);
            JsonNode props = features.get(i).get("properties");
            for (Map.Entry<String, AttributeValue> a : want.attributes().asMap().entrySet()) {
                String gdalName = a.getKey().equals("PlanningAuthorityName") ? "PlanningAu" : a.getKey();
                assertValue(props.get(gdalName), a.getValue(), "record " + (i + 1) + " " + a.getKey());
            }
            Geometry g = geometry(features.get(i).get("geometry"));
            assertThat(g.norm().equalsExact(want.geometry().norm())).as("geometry of record %d", i + 1).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"GBK", "UTF-8", "CP936"})
    void planexReadsWhatGdalWrites(String encoding, @TempDir Path dir) throws Exception {
        ObjectNode fc = JSON.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = fc.putArray("features");
        String[] names = {"黑龙江省", "香港特别行政区", "苏州市吴江区", "深圳市福田区"};
        for (int i = 0; i < names.length; i++) {
            ObjectNode f = features.addObject().put("type", "Feature");
            f.putObject("properties").put("名称", names[i]).put("code", 100 + i).put("ratio", 1.25 * i)
                    .put("day", "2024-0" + (i + 1) + "-1" + i);
            ArrayNode ring = f.putObject("geometry").put("type", "Polygon").putArray("coordinates").addArray();
            double x = 120 + i;
            for (double[] c : new double[][] {{x, 30}, {x + 0.5, 30}, {x + 0.5, 30.5}, {x, 30.5}, {x, 30}}) {
                ring.addArray().add(c[0]).add(c[1]);
            }
        }
        Path in = dir.resolve("in.geojson");
        Files.writeString(in, JSON.writeValueAsString(fc), StandardCharsets.UTF_8);
        Path out = dir.resolve("gdal");
        ShapefileTestData.run(List.of("ogr2ogr", "-f", "ESRI Shapefile", "-lco", "ENCODING=" + encoding, out.toString(),
                in.toString()));
        List<ShapefileTestData.Layer> layers = ShapefileTestData.readAll(out);
        assertThat(layers).hasSize(1);
        List<LayerRecord> records = layers.get(0).records();
        assertThat(records).hasSize(names.length);
        for (int i = 0; i < names.length; i++) {
            LayerRecord r = records.get(i);
            assertThat(r.attributes().get("名称")).contains(AttributeValue.of(names[i]));
            assertThat(r.attributes().get("code")).contains(AttributeValue.of(100L + i));
            assertThat(new BigDecimal(r.attributes().get("ratio").orElseThrow().lexical()))
                    .isEqualByComparingTo(BigDecimal.valueOf(1.25 * i));
            assertThat(r.attributes().get("day").orElseThrow().lexical()).isEqualTo("2024-0" + (i + 1) + "-1" + i);
            assertThat(r.geometry().getArea()).isEqualTo(0.25);
        }
    }

    private static JsonNode geoJson(Path shp) throws Exception {
        return JSON.readTree(ShapefileTestData.run(List.of("ogr2ogr", "-f", "GeoJSON", "/vsistdout/", shp.toString())));
    }

    private static void assertValue(JsonNode got, AttributeValue want, String where) {
        if (want instanceof AttributeValue.Null) {
            assertThat(got == null || got.isNull()).as(where + " is null in GDAL").isTrue();
            return;
        }
        assertThat(got).as(where).isNotNull();
        if (want.type() == AttributeType.INTEGER || want.type() == AttributeType.DECIMAL) {
            assertThat(got.decimalValue()).as(where).isEqualByComparingTo(new BigDecimal(want.lexical()));
        } else if (want.type() == AttributeType.BOOLEAN) {
            boolean b = ((AttributeValue.Bool) want).value();
            assertThat(got.asText()).as(where).isIn(want.lexical(), b ? "1" : "0", b ? "T" : "F");
        } else if (want.type() == AttributeType.DATE) {
            assertThat(got.asText().replace('/', '-')).as(where).isEqualTo(want.lexical());
        } else {
            assertThat(got.asText()).as(where).isEqualTo(want.lexical());
        }
    }

    private Geometry geometry(JsonNode g) {
        JsonNode c = g.get("coordinates");
        if (g.get("type").asText().equals("Polygon")) {
            return polygon(c);
        }
        Polygon[] parts = new Polygon[c.size()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = polygon(c.get(i));
        }
        return factory.createMultiPolygon(parts);
    }

    private Polygon polygon(JsonNode rings) {
        LinearRing[] r = new LinearRing[rings.size()];
        for (int i = 0; i < r.length; i++) {
            JsonNode ring = rings.get(i);
            Coordinate[] cs = new Coordinate[ring.size()];
            for (int j = 0; j < cs.length; j++) {
                cs[j] = new Coordinate(ring.get(j).get(0).doubleValue(), ring.get(j).get(1).doubleValue());
            }
            r[i] = factory.createLinearRing(cs);
        }
        LinearRing[] holes = new LinearRing[r.length - 1];
        System.arraycopy(r, 1, holes, 0, holes.length);
        return factory.createPolygon(r[0], holes);
    }
}
