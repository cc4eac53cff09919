package org.planex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.planex.spi.ExitCode;
import org.planex.testkit.ExternalResources;
import picocli.CommandLine;

/**
 * A new user's first contact: datasets planex has never seen (GeoTools samples, a web tool's GeoJSON, files
 * written by {@code ogr2ogr} in other CRSs) convert to a plan package and to a GeoPackage with one command and
 * no mapping options, and validate with one command; every command answers {@code --help}.
 */
class FirstContactTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static Stream<List<String>> commands() {
        List<List<String>> out = new ArrayList<>();
        collect(new CommandLine(new PlanexCommand()), new ArrayList<>(), out);
        return out.stream();
    }

    private static void collect(CommandLine cl, List<String> path, List<List<String>> out) {
        for (var e : cl.getSubcommands().entrySet()) {
            List<String> p = new ArrayList<>(path);
            p.add(e.getKey());
            out.add(p);
            collect(e.getValue(), p, out);
        }
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyCommandAnswersHelp(List<String> command) {
        List<String> args = new ArrayList<>(command);
        args.add("--help");
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("Usage: planex " + String.join(" ", command));
        assertThat(r.err()).isEmpty();
    }

    @Test
    void helpCommandNamesTheSubcommand() {
        CliRun r = CliRun.of("help", "validate");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("Usage: planex validate").contains("--layer-role", "--s-srs", "--code-field");
        assertThat(commands()).hasSizeGreaterThan(8);
    }

    @Test
    void chinesePolyConvertsAndValidatesWithoutOptions() throws IOException {
        Path shp = ExternalResources.shared("testdata/shapefile/geotools/sample-data-shapes/chinese_poly.shp");
        JsonNode info = toPackage(shp);
        assertThat(info.at("/counts/zone").asInt()).isEqualTo(1);
        assertThat(info.at("/crs/epsg").asInt()).isEqualTo(4326);
        assertThat(info.at("/jurisdiction/code").asText()).isEqualTo("chinese_poly");

        Path gpkg = dir.resolve("cp.gpkg");
        CliRun r = CliRun.of("convert", shp.toString(), "-o", gpkg.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("layers copied as they are: chinese_poly 1");
        JsonNode layers = info(gpkg).at("/layers");
        assertThat(layers).hasSize(1);
        assertThat(layers.get(0).at("/name").asText()).isEqualTo("chinese_poly");
        assertThat(layers.get(0).at("/records").asInt()).isEqualTo(1);
        assertThat(layers.get(0).at("/fields").toString()).contains("ADCODE93", "ADCODE99", "NAME");

        CliRun v = CliRun.of("validate", shp.toString(), "--report", "json");
        assertThat(v.exitCode()).as(v.out() + v.err()).isZero();
        assertThat(v.out()).contains("CODE.MISSING");
    }

    @Test
    void validateTakesTheInputOptionsOfConvert() throws IOException {
        Path shp = ExternalResources.shared("testdata/shapefile/geotools/sample-data-shapes/chinese_poly.shp");
        CliRun v = CliRun.of("validate", shp.toString(), "--report", "json", "--code-field", "NAME",
                "--jurisdiction", "230000", "--jurisdiction-name", "黑龙江省");
        assertThat(v.exitCode()).as(v.err()).isEqualTo(ExitCode.INVALID_DATA.code());
        JsonNode report = JSON.readTree(v.out());
        assertThat(report.at("/packages/0/jurisdiction").asText()).isEqualTo("230000 黑龙江省");
        assertThat(v.out()).contains("CODE.UNKNOWN", "黑龙江省").doesNotContain("CODE.MISSING");

        Path qingpu = Path.of(System.getProperty("planex.root", "../.."), "examples", "qingpu-310118");
        CliRun declared = CliRun.of("validate", qingpu.toString(), "--s-srs", "EPSG:4549", "--rules", "CRS.*");
        assertThat(declared.exitCode()).as(declared.out()).isEqualTo(ExitCode.INVALID_DATA.code());
        assertThat(declared.out()).contains("CRS.GEOGRAPHIC_AS_PROJECTED");
    }

    @Test
    void aLayerCopyReprojectsEveryRecord() throws IOException {
        Path shp = ExternalResources.shared("testdata/shapefile/geotools/sample-data-shapes/chinese_poly.shp");
        Path gpkg = dir.resolve("cp-3857.gpkg");
        CliRun r = CliRun.of("convert", shp.toString(), "-o", gpkg.toString(), "--t-srs", "EPSG:3857");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode layer = info(gpkg).at("/layers/0");
        assertThat(layer.at("/crs").asText()).isEqualTo("EPSG:3857");
        double metresPerDegree = 6378137.0 * Math.PI / 180;
        assertThat(layer.at("/extent/minEast").asDouble()).isCloseTo(121.18431854248047 * metresPerDegree,
                org.assertj.core.api.Assertions.within(0.01));
        assertThat(layer.at("/records").asInt()).isEqualTo(1);
    }

    @Test
    void aWebToolGeoJsonOfMixedGeometryReadsEachFeatureByItsGeometry() throws IOException {
        Path geojson = dir.resolve("map.geojson");
        Files.writeString(geojson, """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{"name":"新城","stroke":"#555555","fill-opacity":0.5},
                  "geometry":{"type":"Polygon","coordinates":[[[121.0,31.0],[121.01,31.0],[121.01,31.01],[121.0,31.01],[121.0,31.0]]]}},
                 {"type":"Feature","properties":{"name":"school","marker-color":"#7e7e7e"},
                  "geometry":{"type":"Point","coordinates":[121.005,31.005]}},
                 {"type":"Feature","properties":{"name":"road"},
                  "geometry":{"type":"LineString","coordinates":[[121.0,31.02],[121.02,31.02]]}}]}
                """, StandardCharsets.UTF_8);
        JsonNode info = toPackage(geojson);
        assertThat(info.at("/counts/zone").asInt()).isEqualTo(1);
        assertThat(info.at("/counts/facility").asInt()).isEqualTo(1);
        assertThat(info.at("/counts/corridor").asInt()).isEqualTo(1);
        assertThat(info.at("/crs/epsg").asInt()).isEqualTo(4326);

        CliRun v = CliRun.of("validate", geojson.toString());
        assertThat(v.exitCode()).as(v.out() + v.err()).isZero();

        Path gpkg = dir.resolve("map.gpkg");
        assertThat(CliRun.of("convert", geojson.toString(), "-o", gpkg.toString()).exitCode()).isZero();
        assertThat(info(gpkg).at("/layers/0/records").asInt()).isEqualTo(3);
        CliRun shp = CliRun.of("convert", geojson.toString(), "-o", dir.resolve("shp").toString(), "-f", "shapefile");
        assertThat(shp.exitCode()).isEqualTo(ExitCode.INVALID_DATA.code());
        assertThat(shp.err()).contains("record 2", "a shapefile holds one geometry type");
        assertThat(dir.resolve("shp")).doesNotExist();
    }

    static Stream<Arguments> ogrMade() {
        return Stream.of(
                Arguments.of("statepop", "geotools/sample-data-shapes/statepop.shp", null, 4269),
                Arguments.of("state-plane-ca", "geotools/sample-data-shapes/statepop.shp", "EPSG:2227", 2227),
                Arguments.of("xian80-gk", "geotools/sample-data-shapes/chinese_poly.shp", "EPSG:2387", 2387),
                Arguments.of("etrs89-laea", null, "EPSG:3035", 3035));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ogrMade")
    void datasetsInOtherCrssConvertAndValidate(String name, String sample, String targetCrs, int epsg)
            throws IOException {
        Path source = sample == null ? europeanZones() : ExternalResources.shared("testdata/shapefile/" + sample);
        Path input = source;
        if (targetCrs != null) {
            Path made = dir.resolve(name);
            Files.createDirectories(made);
            input = made.resolve(name + (sample == null ? ".gpkg" : ".shp"));
            List<String> cmd = new ArrayList<>(List.of("ogr2ogr", "-t_srs", targetCrs));
            if (name.equals("state-plane-ca")) {
                cmd.addAll(List.of("-where", "STATE_ABBR = 'CA'"));
            }
            cmd.addAll(List.of(input.toString(), source.toString()));
            ExternalResources.run(cmd.toArray(String[]::new));
        }
        JsonNode info = toPackage(input);
        assertThat(info.at("/crs/epsg").asInt()).isEqualTo(epsg);
        assertThat(info.at("/counts/zone").asInt()).isPositive();

        Path gpkg = dir.resolve(name + "-out.gpkg");
        CliRun r = CliRun.of("convert", input.toString(), "-o", gpkg.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode layers = info(gpkg).at("/layers");
        assertThat(layers.get(0).at("/crs").asText()).isEqualTo("EPSG:" + epsg);

        CliRun v = CliRun.of("validate", input.toString(), "--report", "json", "--skip", "CODE.*");
        assertThat(v.exitCode()).as(v.out() + v.err()).isIn(0, 3);
        assertThat(JSON.readTree(v.out()).at("/packages")).hasSize(1);
    }

    static Stream<Path> sharedShapefiles() throws IOException {
        try (Stream<Path> s = Files.walk(ExternalResources.shared("testdata/shapefile"))) {
            return s.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".shp"))
                    .sorted().toList().stream();
        }
    }

    /**
     * Every shapefile of the shared edge-case suites, with no option: converted to GeoPackage and validated,
     * each either works or fails with a clear error of its kind (exit 2 to 5); never an internal error.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("sharedShapefiles")
    void everySharedShapefileConvertsAndValidatesOrSaysWhy(Path shp) {
        Path gpkg = dir.resolve("out.gpkg");
        CliRun c = CliRun.of("convert", shp.toString(), "-o", gpkg.toString());
        assertThat(c.exitCode()).as(c.err()).isNotEqualTo(ExitCode.INTERNAL_ERROR.code());
        assertThat(c.err()).doesNotContain("internal error", "Exception");
        if (c.exitCode() != 0) {
            assertThat(gpkg).doesNotExist();
            assertThat(c.err()).contains(shp.getFileName().toString().replaceAll("\\.shp$", ""));
        }
        CliRun v = CliRun.of("validate", shp.toString(), "--report", "json");
        assertThat(v.exitCode()).as(v.err()).isIn(ExitCode.OK.code(), ExitCode.INVALID_DATA.code());
        assertThat(v.out()).doesNotContain("internal error", "IllegalArgumentException");
    }

    @Test
    void aFolderOfDatasetsSaysBatch() throws IOException {
        Path folder = dir.resolve("many");
        Files.createDirectories(folder);
        Path zones = europeanZones();
        for (String n : List.of("a", "b")) {
            assertThat(CliRun.of("convert", zones.toString(), "-o", folder.resolve(n + ".planex.zip").toString())
                    .exitCode()).isZero();
        }
        CliRun r = CliRun.of("convert", folder.toString(), "-o", dir.resolve("x.gpkg").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.UNREADABLE_INPUT.code());
        assertThat(r.err()).contains("a folder of 2 datasets (a.planex.zip, b.planex.zip)", "--batch");
    }

    /** A GeoJSON of two adjacent zones in Germany, as an INSPIRE ETRS89 dataset would be reprojected from. */
    private Path europeanZones() throws IOException {
        Path p = dir.resolve("zoning.geojson");
        Files.writeString(p, """
                {"type":"FeatureCollection","name":"ZoningElement","features":[
                 {"type":"Feature","properties":{"localId":"ZE-1","hilucsLandUse":"5_1_PermanentResidentialUse"},
                  "geometry":{"type":"Polygon","coordinates":[[[13.40,52.50],[13.41,52.50],[13.41,52.51],[13.40,52.51],[13.40,52.50]]]}},
                 {"type":"Feature","properties":{"localId":"ZE-2","hilucsLandUse":"2_3_LightEndProductIndustry"},
                  "geometry":{"type":"Polygon","coordinates":[[[13.41,52.50],[13.42,52.50],[13.42,52.51],[13.41,52.51],[13.41,52.50]]]}}]}
                """, StandardCharsets.UTF_8);
        return p;
    }

    private JsonNode toPackage(Path input) throws IOException {
        Path out = dir.resolve(input.getFileName() + ".planex.zip");
        CliRun r = CliRun.of("convert", input.toString(), "-o", out.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("--jurisdiction");
        return info(out);
    }

    private static JsonNode info(Path input) throws IOException {
        CliRun r = CliRun.of("info", input.toString(), "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }
}
