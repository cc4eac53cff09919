package org.planex.format.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.model.AttributeType;
import org.planex.model.AttributeValue;
import org.planex.model.CrsRef;
import org.planex.model.layer.FieldDef;
import org.planex.model.layer.GeometryKind;
import org.planex.model.layer.LayerRecord;
import org.planex.model.layer.LayerSchema;
import org.planex.spi.ErrorKind;
import org.planex.spi.FormatOptions;
import org.planex.spi.LayerReader;
import org.planex.spi.PlanexException;
import org.planex.spi.RecordCursor;
import org.planex.spi.WarningListener;

/** Reading GeoJSON not written by planex: typing, CRS, layout, and the errors on bad input. */
class GeoJsonLayerReaderTest {

    @TempDir
    Path dir;

    @Test
    void infersFieldTypesFromValuesAndReadsTheLegacyCrs() throws Exception {
        Path file = GeoJsonFixtures.write(dir, "zones.geojson", """
                {"type":"FeatureCollection","name":"控规地块",
                 "crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::4490"}},
                 "features":[
                 {"type":"Feature","id":1,"geometry":{"type":"Point","coordinates":[121.5,31.25]},
                  "properties":{"code":"070101","n":3,"far":2,"ok":true,"note":null,"mix":1,"obj":{"a":[1,2]}}},
                 {"type":"Feature","id":"b-2","geometry":{"type":"MultiPoint","coordinates":[[121.5,31.25]]},
                  "properties":{"code":"用地","n":4,"far":2.50,"ok":false,"note":null,"mix":"x","obj":null}}
                ]}
                """);
        try (LayerReader r = GeoJsonFixtures.open(file, FormatOptions.none(), null)) {
            assertThat(r.layers()).containsExactly(new LayerSchema("控规地块", GeometryKind.MULTIPOINT, List.of(
                    FieldDef.of("code", AttributeType.STRING), FieldDef.of("n", AttributeType.INTEGER),
                    FieldDef.of("far", AttributeType.DECIMAL), FieldDef.of("ok", AttributeType.BOOLEAN),
                    FieldDef.of("note", AttributeType.STRING), FieldDef.of("mix", AttributeType.STRING),
                    FieldDef.of("obj", AttributeType.STRING)), CrsRef.CGCS2000));
            List<LayerRecord> records = GeoJsonFixtures.readAll(r);
            assertThat(records).extracting(LayerRecord::fid).containsExactly("1", "b-2");
            Map<String, AttributeValue> first = records.get(0).attributes().asMap();
            assertThat(first.get("far")).isEqualTo(AttributeValue.of(new BigDecimal("2")));
            assertThat(first.get("mix")).isEqualTo(AttributeValue.of("1"));
            assertThat(first.get("obj")).isEqualTo(AttributeValue.of("{\"a\":[1,2]}"));
            assertThat(first.get("note")).isEqualTo(new AttributeValue.Null(AttributeType.STRING));
            Map<String, AttributeValue> second = records.get(1).attributes().asMap();
            assertThat(second.get("far")).isEqualTo(AttributeValue.of(new BigDecimal("2.50")));
            assertThat(second.get("obj")).isEqualTo(new AttributeValue.Null(AttributeType.STRING));
            assertThat(records.get(0).geometry().getCoordinate().x).isEqualTo(121.5);
        }
    }

    @Test
    void withoutNameOrCrsTheLayerIsTheFileInWgs84() throws Exception {
        Path file = GeoJsonFixtures.write(dir, "parks.geojson", """
                {"features":[{"type":"Feature","geometry":null,"properties":{}}],"type":"FeatureCollection"}
                """);
        try (LayerReader r = GeoJsonFixtures.open(file, FormatOptions.none(), null)) {
            assertThat(r.layers()).containsExactly(
                    new LayerSchema("parks", GeometryKind.NONE, List.of(), CrsRef.WGS84));
            assertThat(GeoJsonFixtures.readAll(r)).singleElement().satisfies(rec -> {
                assertThat((Object) rec.geometry()).isNull();
                assertThat(rec.fid()).isNull();
            });
        }
    }

    @Test
    void readsASingleFeatureDocument() throws Exception {
        Path file = GeoJsonFixtures.write(dir, "one.json", """
                {"properties":{"a":"x"},"geometry":{"coordinates":[[[0,0],[1,0],[1,1],[0,0]]],"type":"Polygon"},
                 "type":"Feature"}
                """);
        try (LayerReader r = GeoJsonFixtures.open(file, FormatOptions.none(), null)) {
            assertThat(r.layers().get(0).geometryKind()).isEqualTo(GeometryKind.POLYGON);
            assertThat(GeoJsonFixtures.readAll(r)).singleElement()
                    .satisfies(rec -> assertThat(rec.geometry().getArea()).isEqualTo(0.5));
        }
    }

    @Test
    void readsATextSequenceWithAndWithoutRecordSeparators() throws Exception {
        String f1 = "{\"type\":\"Feature\",\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[0,0],[2,1,5]]},"
                + "\"properties\":{\"k\":1}}";
        String f2 = "{\"type\":\"Feature\",\"geometry\":null,\"properties\":{\"k\":2}}";
        Path rs = GeoJsonFixtures.write(dir, "lines.geojsons", "\u001E" + f1 + "\n\u001E" + f2 + "\n");
        Path nl = GeoJsonFixtures.write(dir, "lines.geojsonl", f1 + "\n" + f2 + "\n");
        for (Path file : List.of(rs, nl)) {
            try (LayerReader r = GeoJsonFixtures.open(file, FormatOptions.none(), null)) {
                List<LayerRecord> records = GeoJsonFixtures.readAll(r);
                assertThat(records).extracting(rec -> rec.attributes().get("k").orElseThrow())
                        .containsExactly(AttributeValue.of(1), AttributeValue.of(2));
                assertThat(records.get(0).geometry().getCoordinates()[1].getZ()).isEqualTo(5.0);
            }
        }
    }

    @Test
    void aValueThatDoesNotFitTheInferredTypeStopsWithAHint() throws Exception {
        Path file = GeoJsonFixtures.write(dir, "mixed.geojson", """
                {"type":"FeatureCollection","features":[
                {"type":"Feature","geometry":null,"properties":{"h":10}},
                {"type":"Feature","id":"f2","geometry":null,"properties":{"h":10.5}}]}
                """);
        FormatOptions sampleOne = FormatOptions.parse(new GeoJsonFormatProvider().descriptor().options(),
                Map.of("infer-sample", "1"));
        try (LayerReader r = GeoJsonFixtures.open(file, sampleOne, null)) {
            assertThatThrownBy(() -> GeoJsonFixtures.readAll(r)).isInstanceOfSatisfying(PlanexException.class, e -> {
                assertThat(e.getKind()).isEqualTo(ErrorKind.UNREADABLE_INPUT);
                assertThat(e.getLocation().record()).isEqualTo(2);
                assertThat(e.getLocation().featureId()).isEqualTo("f2");
                assertThat(e.getLocation().line()).isEqualTo(3);
                assertThat(e.getMessage()).contains("'h'", "infer-sample=0").doesNotContain("\n");
            });
        }
        FormatOptions all = FormatOptions.parse(new GeoJsonFormatProvider().descriptor().options(),
                Map.of("infer-sample", "0"));
        try (LayerReader r = GeoJsonFixtures.open(file, all, null)) {
            assertThat(r.layers().get(0).field("h").orElseThrow().type()).isEqualTo(AttributeType.DECIMAL);
            assertThat(GeoJsonFixtures.readAll(r)).hasSize(2);
        }
    }

    @Test
    void undeclaredPropertiesAreDroppedWithOneWarning() throws Exception {
        Path file = GeoJsonFixtures.write(dir, "typed.geojson", """
                {"type":"FeatureCollection","planex:fields":[{"name":"a","type":"date"}],"features":[
                {"type":"Feature","geometry":null,"properties":{"a":"2024-02-29","extra":1}},
                {"type":"Feature","geometry":null,"properties":{"extra":2}}]}
                """);
        List<String> warnings = new ArrayList<>();
        WarningListener listener = (where, message) -> warnings.add(message);
        try (LayerReader r = GeoJsonFixtures.open(file, FormatOptions.none(), listener)) {
            List<LayerRecord> records = GeoJsonFixtures.readAll(r);
            assertThat(records.get(0).attributes().asMap()).containsOnlyKeys("a");
            assertThat(records.get(0).attributes().get("a").orElseThrow().lexical()).isEqualTo("2024-02-29");
            assertThat(records.get(1).attributes().get("a").orElseThrow())
                    .isEqualTo(new AttributeValue.Null(AttributeType.DATE));
        }
        assertThat(warnings).singleElement().asString().contains("'extra'");
    }

    @Test
    void syntaxErrorsGiveLineAndColumnOnOneLine() throws Exception {
        Path file = GeoJsonFixtures.write(dir, "broken.geojson", """
                {"type":"FeatureCollection","features":[
                {"type":"Feature","geometry":{"type":"Point","coordinates":[1,2]},"properties":{}},
                {"type":"Feature","geometry":{"type":"Point","coordinates":[1,}},"properties":{}}]}
                """);
        assertThatThrownBy(() -> GeoJsonFixtures.open(file, FormatOptions.none(), null))
                .hasMessageStartingWith(file + ":3:63: invalid GeoJSON: Unexpected character");
        FormatOptions sampleOne = FormatOptions.parse(new GeoJsonFormatProvider().descriptor().options(),
                Map.of("infer-sample", "1"));
        try (LayerReader r = GeoJsonFixtures.open(file, sampleOne, null)) {
            RecordCursor c = r.open("broken");
            assertThat(c.read()).isNotNull();
            assertThatThrownBy(c::read).isInstanceOfSatisfying(PlanexException.class, e -> {
                assertThat(e.getKind()).isEqualTo(ErrorKind.UNREADABLE_INPUT);
                assertThat(e.getLocation().line()).isEqualTo(3);
                assertThat(e.getLocation().column()).isGreaterThan(40);
                assertThat(e.getLocation().record()).isEqualTo(2);
                assertThat(e.getMessage()).startsWith(file.toString() + ":3:").doesNotContain("\n");
            });
            assertThatThrownBy(c::read).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void invalidGeometriesAreUnreadableInput() throws Exception {
        for (String geometry : List.of("{\"type\":\"Circle\",\"coordinates\":[1,2]}",
                "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,0],[1,1],[2,2]]]}",
                "{\"type\":\"Polygon\",\"coordinates\":[[0,0],[1,0],[1,1],[0,0]]}",
                "{\"type\":\"Point\"}", "[1,2]")) {
            Path file = GeoJsonFixtures.write(dir, "bad.geojson", "{\"type\":\"Feature\",\"geometry\":" + geometry
                    + ",\"properties\":{}}");
            assertThatThrownBy(() -> GeoJsonFixtures.open(file, FormatOptions.none(), null))
                    .as(geometry).isInstanceOfSatisfying(PlanexException.class, e -> {
                        assertThat(e.getKind()).isEqualTo(ErrorKind.UNREADABLE_INPUT);
                        assertThat(e.getLocation().line()).isEqualTo(1);
                        assertThat(e.getReason()).startsWith("invalid GeoJSON: ").doesNotContain("\n");
                    });
        }
    }

    @Test
    void notGeoJsonIsRefusedAtOpen() throws Exception {
        for (String text : List.of("", "hello", "[1,2]", "{\"type\":\"Point\",\"coordinates\":[1,2]}", "{\"a\":1}",
                "{\"type\":\"FeatureCollection\",\"planex:fields\":[{\"name\":\"a\",\"type\":\"string\"},"
                        + "{\"name\":\"a\",\"type\":\"integer\"}],\"features\":[]}",
                "{\"type\":\"FeatureCollection\",\"planex:fields\":[{\"name\":\"a\",\"type\":\"text\"}]}")) {
            Path file = GeoJsonFixtures.write(dir, "x.geojson", text);
            assertThatThrownBy(() -> GeoJsonFixtures.open(file, FormatOptions.none(), null)).as(text)
                    .isInstanceOfSatisfying(PlanexException.class,
                            e -> assertThat(e.getKind()).isEqualTo(ErrorKind.UNREADABLE_INPUT));
        }
    }

    @Test
    void aMissingLayerIsAnError() throws Exception {
        Path file = GeoJsonFixtures.write(dir, "a.geojson", "{\"type\":\"FeatureCollection\",\"features\":[]}");
        try (LayerReader r = GeoJsonFixtures.open(file, FormatOptions.none(), null)) {
            assertThat(GeoJsonFixtures.readAll(r)).isEmpty();
            assertThatThrownBy(() -> r.open("b")).isInstanceOf(PlanexException.class).hasMessageContaining("'a'");
        }
    }
}
