package org.planex.format.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.planex.model.AttributeType;
import org.planex.model.AttributeValue;
import org.planex.model.Attributes;
import org.planex.model.CrsRef;
import org.planex.model.layer.FieldDef;
import org.planex.model.layer.GeometryKind;
import org.planex.model.layer.LayerRecord;
import org.planex.model.layer.LayerSchema;
import org.planex.spi.ErrorKind;
import org.planex.spi.FormatOptions;
import org.planex.spi.LayerReader;
import org.planex.spi.LayerSink;
import org.planex.spi.LayerWriter;
import org.planex.spi.PlanexException;
import org.planex.spi.WriteContext;

/** The files the GeoJSON writer produces: layout, CRS members, ids, numbers, atomic output. */
class GeoJsonLayerWriterTest {

    private static final GeometryFactory GF = new GeometryFactory();
    private static final LayerSchema POINTS = new LayerSchema("points", GeometryKind.POINT,
            List.of(FieldDef.of("v", AttributeType.DECIMAL)), CrsRef.CGCS2000);

    @TempDir
    Path dir;

    private static LayerRecord point(long i, String fid, double x, double y, String v) {
        return new LayerRecord("points", i, fid, GF.createPoint(new Coordinate(x, y)),
                Attributes.builder().put("v", AttributeValue.parse(AttributeType.DECIMAL, v)).build());
    }

    private LayerWriter writer(Path target, Map<String, String> options) throws PlanexException {
        GeoJsonFormatProvider p = new GeoJsonFormatProvider();
        return p.openLayerWriter(new WriteContext(target, FormatOptions.parse(p.descriptor().options(), options), null));
    }

    @Test
    void writesLegacyCrsFieldTypesAndExactNumbers() throws Exception {
        Path file = dir.resolve("p.geojson");
        try (LayerWriter w = writer(file, Map.of())) {
            LayerSink s = w.createLayer(POINTS);
            s.write(point(1, "17", 121.123456789012345, 31.1, "1.50"));
            s.write(point(2, "A-2", 40_512_345.678, 0.1 + 0.2, "-0.000"));
            w.finish();
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("{\"type\":\"FeatureCollection\",\"name\":\"points\",\"crs\":{\"type\":\"name\","
                + "\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::4490\"}},\"planex:geometryKind\":\"point\","
                + "\"planex:fields\":[{\"name\":\"v\",\"type\":\"decimal\"}],\"features\":[");
        assertThat(text).contains("\"id\":17,", "\"id\":\"A-2\"", "[121.12345678901235,31.1]",
                "[40512345.678,0.30000000000000004]", "\"v\":1.50", "\"v\":0.000");
        try (LayerReader r = GeoJsonFixtures.open(file, FormatOptions.none(), null)) {
            List<LayerRecord> back = GeoJsonFixtures.readAll(r);
            assertThat(back.get(1).geometry().getCoordinate()).isEqualTo(new Coordinate(40_512_345.678, 0.1 + 0.2));
            assertThat(back.get(1).attributes().get("v").orElseThrow().lexical()).isEqualTo("0.000");
        }
    }

    @Test
    void wgs84HasNoCrsMemberAndPrecisionRounds() throws Exception {
        Path file = dir.resolve("w.geojson");
        LayerSchema wgs = new LayerSchema("w", GeometryKind.POINT, List.of(), CrsRef.WGS84);
        try (LayerWriter w = writer(file, Map.of("coordinate-precision", "3"))) {
            w.createLayer(wgs).write(new LayerRecord("w", 1, null, GF.createPoint(new Coordinate(1.23456, 2.0005)),
                    null));
            w.finish();
        }
        String text = Files.readString(file);
        assertThat(text).doesNotContain("\"crs\"").contains("[1.235,2]");
    }

    @Test
    void severalLayersGoToAFolderAndASingleFileRefusesASecondLayer() throws Exception {
        Path folder = dir.resolve("out");
        LayerSchema other = new LayerSchema("a/b", GeometryKind.NONE, List.of(), null);
        try (LayerWriter w = writer(folder, Map.of("seq", "true"))) {
            w.createLayer(POINTS).write(point(1, null, 1, 2, "3"));
            w.createLayer(other);
            w.finish();
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("points.geojsons",
                    "a_b.geojsons");
        }
        assertThat(Files.readAllBytes(folder.resolve("points.geojsons"))[0]).isEqualTo((byte) 0x1E);
        try (LayerReader r = GeoJsonFixtures.open(folder.resolve("points.geojsons"), FormatOptions.none(), null)) {
            assertThat(r.layers()).containsExactly(POINTS);
        }
        try (LayerWriter w = writer(dir.resolve("one.geojson"), Map.of())) {
            w.createLayer(POINTS);
            assertThatThrownBy(() -> w.createLayer(other)).isInstanceOfSatisfying(PlanexException.class,
                    e -> assertThat(e.getKind()).isEqualTo(ErrorKind.OUTPUT_NOT_WRITABLE));
        }
    }

    @Test
    void nothingAppearsWithoutFinish() throws Exception {
        try (LayerWriter w = writer(dir.resolve("gone.geojson"), Map.of())) {
            w.createLayer(POINTS).write(point(1, null, 1, 2, "3"));
        }
        try (LayerWriter w = writer(dir.resolve("gone-folder"), Map.of())) {
            w.createLayer(POINTS).write(point(1, null, 1, 2, "3"));
            w.abort();
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aValueOfTheWrongTypeIsRefused() throws Exception {
        try (LayerWriter w = writer(dir.resolve("t.geojson"), Map.of())) {
            LayerSink s = w.createLayer(POINTS);
            LayerRecord bad = new LayerRecord("points", 4, "x", null, Attributes.builder().put("v", "text").build());
            assertThatThrownBy(() -> s.write(bad)).isInstanceOfSatisfying(PlanexException.class, e -> {
                assertThat(e.getKind()).isEqualTo(ErrorKind.INVALID_DATA);
                assertThat(e.getMessage()).contains("record 4", "feature x", "'v'");
            });
        }
    }
}
