package org.planex.format.shapefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.planex.model.AttributeValue;
import org.planex.model.layer.LayerRecord;
import org.planex.spi.PlanexException;

/**
 * Every case of the shared shapefile test data: the mbostock cases match their expected {@code .json}; every
 * other {@code .shp} and ZIP either reads completely or is refused with a one-line exit-4 error, and the cases
 * known to be broken are refused.
 */
class TestDataCasesTest {

    /** Inputs that must be refused: corrupt records, garbage bytes, HTML in .prj or .cpg, no shapefile. */
    private static final Set<String> REFUSED = Set.of("shapefile-js/test/data/bad.shp",
            "shapefile-js/test/data/htmlcpg.shp", "shapefile-js/test/data/htmlprj.shp",
            "shapefile-js/test/data/noshp.zip", "pyshp/tests/shapefiles/empty_zipfile.zip");

    static Stream<String> cases() throws IOException {
        Path root = ShapefileTestData.shapefiles();
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.endsWith(".shp") || n.endsWith(".zip");
            }).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void readsOrRefusesCleanly(String name) throws IOException {
        Path input = ShapefileTestData.shapefiles().resolve(name);
        if (REFUSED.contains(name)) {
            PlanexException e = catchThrowableOfType(PlanexException.class, () -> ShapefileTestData.readAll(input));
            assertThat(e).as(name + " must be refused").isNotNull();
            ShapefileTestData.assertRefused(e);
            return;
        }
        List<ShapefileTestData.Layer> layers;
        try {
            layers = ShapefileTestData.readAll(input);
        } catch (PlanexException e) {
            ShapefileTestData.assertRefused(e);
            throw new AssertionError(name + " should be readable but was refused: " + e.getMessage(), e);
        }
        assertThat(layers).isNotEmpty();
        Path json = input.resolveSibling(input.getFileName().toString().replaceFirst("\\.shp$", ".json"));
        if (name.startsWith("mbostock") && Files.exists(json)) {
            assertThat(layers).hasSize(1);
            matchesGeoJson(layers.get(0).records(), new ObjectMapper().readTree(json.toFile()));
        }
    }

    private static void matchesGeoJson(List<LayerRecord> records, JsonNode expected) {
        JsonNode features = expected.get("features");
        assertThat(records).hasSize(features.size());
        for (int i = 0; i < records.size(); i++) {
            LayerRecord r = records.get(i);
            JsonNode f = features.get(i);
            JsonNode props = f.get("properties");
            for (Map.Entry<String, AttributeValue> a : r.attributes().asMap().entrySet()) {
                JsonNode want = props.get(a.getKey());
                AttributeValue got = a.getValue();
                if (want == null && a.getKey().equals("FID")) {
                    // ogr2ogr gives attribute-less layers a FID field numbering the records; the expected
                    // GeoJSON of these cases leaves it out
                    assertThat(got).isEqualTo(AttributeValue.of((long) i));
                } else if (want == null || want.isNull()) {
                    assertThat(got).as("record %d %s", i + 1, a.getKey()).isInstanceOf(AttributeValue.Null.class);
                } else if (want.isNumber()) {
                    assertThat(new BigDecimal(got.lexical())).as("record %d %s", i + 1, a.getKey())
                            .isEqualByComparingTo(want.decimalValue());
                } else if (want.isBoolean()) {
                    assertThat(got).isEqualTo(AttributeValue.of(want.booleanValue()));
                } else if (got instanceof AttributeValue.Date) {
                    assertThat(got.lexical().replace("-", "")).isEqualTo(want.asText());
                } else {
                    assertThat(got.lexical()).as("record %d %s", i + 1, a.getKey()).isEqualTo(want.asText());
                }
            }
            Iterator<String> names = props.fieldNames();
            while (names.hasNext()) {
                assertThat(r.attributes().names()).contains(names.next());
            }
            assertGeometry(r.geometry(), f.get("geometry"), "record " + (i + 1));
        }
    }

    private static void assertGeometry(Geometry g, JsonNode want, String where) {
        if (want == null || want.isNull()) {
            assertThat(g).as(where).isNull();
            return;
        }
        assertThat(g.getGeometryType()).as(where).isEqualTo(want.get("type").asText());
        assertThat(coordinates(g)).as(where).isEqualTo(flatten(want.get("coordinates")));
    }

    private static List<Double> coordinates(Geometry g) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon p) {
                add(out, p.getExteriorRing());
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    add(out, p.getInteriorRingN(h));
                }
            } else if (part instanceof LineString l) {
                add(out, l);
            } else if (part instanceof Point p) {
                out.add(p.getX());
                out.add(p.getY());
            }
        }
        return out;
    }

    private static void add(List<Double> out, LineString l) {
        for (int i = 0; i < l.getNumPoints(); i++) {
            out.add(l.getCoordinateN(i).x);
            out.add(l.getCoordinateN(i).y);
        }
    }

    private static List<Double> flatten(JsonNode n) {
        List<Double> out = new ArrayList<>();
        if (n.isNumber()) {
            out.add(n.doubleValue());
        } else {
            n.forEach(c -> out.addAll(flatten(c)));
        }
        return out;
    }
}
