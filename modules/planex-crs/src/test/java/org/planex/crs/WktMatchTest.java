package org.planex.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.planex.model.CrsRef;
import org.planex.spi.crs.CrsDefinitions;
import org.planex.spi.crs.CrsMatch;

/** WKT of every family to its EPSG code: recorded .prj files, live ogr2ogr output, the whole catalogue. */
class WktMatchTest {

    static Stream<Integer> codes() throws IOException {
        try (InputStream in = WktMatchTest.class.getResourceAsStream("prj-codes.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> Integer.parseInt(l.split("\t")[0])).toList().stream();
        }
    }

    private static String recorded(int code) throws IOException {
        try (InputStream in = WktMatchTest.class.getResourceAsStream("prj/EPSG_" + code + ".prj")) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @ParameterizedTest(name = "EPSG:{0}")
    @MethodSource("codes")
    void prjRecordedFromOgr2ogrMatchesItsCode(int code) throws IOException {
        CrsMatch m = CrsDefinitions.provider().match(recorded(code)).orElseThrow();
        assertThat(m.crs()).isEqualTo(CrsRef.epsg(code));
        assertThat(m.basis()).isEqualTo(CrsMatch.Basis.NAME);
    }

    @ParameterizedTest(name = "EPSG:{0}")
    @MethodSource("codes")
    void planexWritesWhatOgr2ogrWrites(int code) throws IOException {
        assertThat(CrsWktCatalog.esri(CrsRef.epsg(code))).contains(recorded(code).strip());
    }

    @Test
    void prjWrittenByOgr2ogrNowMatchesItsCode(@TempDir Path dir) throws Exception {
        ExternalTools.require("ogr2ogr");
        Path geojson = dir.resolve("p.geojson");
        Files.writeString(geojson, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                + "\"properties\":{\"id\":1},\"geometry\":{\"type\":\"Point\",\"coordinates\":[116.4,39.9]}}]}");
        for (int code : codes().toList()) {
            Path shp = dir.resolve("a" + code + ".shp");
            ExternalTools.run(List.of("ogr2ogr", "-f", "ESRI Shapefile", "-a_srs", "EPSG:" + code, shp.toString(),
                    geojson.toString()), null);
            String prj = Files.readString(dir.resolve("a" + code + ".prj"), StandardCharsets.ISO_8859_1);
            assertThat(EpsgCodeFinder.find(prj)).as("EPSG:%d", code).contains(CrsRef.epsg(code));
        }
        Path reprojected = dir.resolve("t2227.shp");
        ExternalTools.run(List.of("ogr2ogr", "-f", "ESRI Shapefile", "-s_srs", "EPSG:4326", "-t_srs", "EPSG:2227",
                reprojected.toString(), geojson.toString()), null);
        assertThat(EpsgCodeFinder.find(Files.readString(dir.resolve("t2227.prj")))).contains(CrsRef.epsg(2227));
    }

    @Test
    void everyEsriAndOgcWktOfTheCatalogueMatchesBackToItsCode() {
        List<String> wrong = new ArrayList<>();
        int[] checked = {0};
        List<Integer> codes = new ArrayList<>();
        EpsgCatalog.standard().scan(e -> codes.add(e.code()));
        EpsgCatalog.standard().getAll(codes);
        EpsgCatalog.standard().scan(e -> {
            if (e.deprecated() || e.code() == 9895) {
                return;
            }
            String ogcWithoutAuthorities = e.ogcWkt().replaceAll(",AUTHORITY\\[\"EPSG\",\"\\d+\"\\]", "");
            for (String wkt : new String[] {e.esriWkt(), ogcWithoutAuthorities}) {
                if (!wkt.isEmpty()) {
                    checked[0]++;
                    int got = EpsgCodeFinder.find(wkt).map(CrsRef::epsg).orElse(0);
                    if (got != e.code()) {
                        wrong.add(e.code() + " " + e.name() + " -> " + got);
                    }
                }
            }
        });
        assertThat(checked[0]).isGreaterThan(11_000);
        assertThat(wrong).isEmpty();
    }

    @Test
    void geoToolsSamplesResolve() throws IOException {
        Path statepop = ExternalTools.shared("shapefile/geotools/sample-data-shapes/statepop.prj");
        assertThat(EpsgCodeFinder.match(Files.readString(statepop))).hasValueSatisfying(m -> {
            assertThat(m.crs()).isEqualTo(CrsRef.epsg(4269));
            assertThat(m.reason()).contains("GCS_North_American_1983");
        });
        Path chinese = ExternalTools.shared("shapefile/geotools/sample-data-shapes/chinese_poly.prj");
        assertThat(EpsgCodeFinder.find(Files.readString(chinese))).contains(CrsRef.WGS84);
    }

    @Test
    void unnamedGaussKrugerOnASixDegreeMeridianIsTheThreeDegreeCrs() {
        String cm87 = CrsWktCatalog.esri(CrsRef.epsg(4538)).orElseThrow()
                .replace("CGCS2000_3_Degree_GK_CM_87E", "unnamed");
        CrsMatch m = EpsgCodeFinder.match(cm87).orElseThrow();
        assertThat(m.crs()).isEqualTo(CrsRef.epsg(4538));
        assertThat(m.basis()).isEqualTo(CrsMatch.Basis.PARAMETERS);
        assertThat(m.reason()).contains("other EPSG CRS(s) have the same parameters");
        assertThat(EpsgCodeFinder.find(cm87.replace("unnamed", "CGCS2000_GK_CM_87E"))).contains(CrsRef.epsg(4504));
        assertThat(EpsgCodeFinder.find(unnamed(2340))).contains(CrsRef.epsg(2374));
        assertThat(EpsgCodeFinder.find(unnamed(21455))).contains(CrsRef.epsg(2426));
        assertThat(EpsgCodeFinder.find(CrsWktCatalog.esri(CrsRef.epsg(21455)).orElseThrow()))
                .contains(CrsRef.epsg(21455));
    }

    /** The ESRI WKT of a code with its name replaced by one that tells nothing. */
    private static String unnamed(int code) {
        return CrsWktCatalog.esri(CrsRef.epsg(code)).orElseThrow().replaceFirst("^PROJCS\\[\"[^\"]*\"",
                "PROJCS[\"unnamed\"");
    }

    @Test
    void aDeprecatedCodeIsReadAsTheCurrentCrsWithTheSameDefinition() {
        String gdalFor21483 = CrsWktCatalog.esri(CrsRef.epsg(21483)).orElseThrow();
        assertThat(gdalFor21483).startsWith("PROJCS[\"Beijing_1954_Gauss_Kruger_CM_135E\"");
        assertThat(CrsDefinitions.provider().find(CrsRef.epsg(21483)).orElseThrow().deprecated()).isTrue();
        assertThat(EpsgCodeFinder.find(gdalFor21483)).contains(CrsRef.epsg(21463));
        assertThat(EpsgCodeFinder.match(CrsWktCatalog.ogc(CrsRef.epsg(21483)).orElseThrow())).hasValueSatisfying(
                m -> assertThat(m.reason()).isEqualTo("by its authority EPSG:21463"));
    }

    @Test
    void parametersInFeetAndOtherWritersSpellings() {
        String esriStyle = "PROJCS[\"my_state_plane\",GEOGCS[\"GCS_North_American_1983\",DATUM["
                + "\"D_North_American_1983\",SPHEROID[\"GRS_1980\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\","
                + "0.0],UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Lambert_Conformal_Conic\"],"
                + "PARAMETER[\"False_Easting\",6561666.666666666],PARAMETER[\"False_Northing\",1640416.666666667],"
                + "PARAMETER[\"Central_Meridian\",-120.5],PARAMETER[\"Standard_Parallel_1\",37.06666666666667],"
                + "PARAMETER[\"Standard_Parallel_2\",38.43333333333333],PARAMETER[\"Latitude_Of_Origin\",36.5],"
                + "UNIT[\"Foot_US\",0.3048006096012192]]";
        CrsMatch m = EpsgCodeFinder.match(esriStyle.replace("Standard_Parallel_1\",37.06666666666667",
                "Standard_Parallel_1\",38.43333333333333").replace("Standard_Parallel_2\",38.43333333333333",
                "Standard_Parallel_2\",37.06666666666667")).orElseThrow();
        assertThat(m.crs()).isEqualTo(CrsRef.epsg(2227));
        assertThat(m.basis()).isEqualTo(CrsMatch.Basis.PARAMETERS);
        assertThat(EpsgCodeFinder.find(esriStyle.replace("Foot_US\",0.3048006096012192", "Meter\",1.0")))
                .isEmpty();
    }

    @Test
    void unknownWktGivesNothingAndMalformedWktIsRefused() {
        String custom = CrsWktCatalog.esri(CrsRef.epsg(4549)).orElseThrow()
                .replace("CGCS2000_3_Degree_GK_CM_120E", "local").replace("500000.0", "123456.0");
        assertThat(CrsDefinitions.provider().match(custom)).isEmpty();
        assertThatThrownBy(() -> CrsDefinitions.provider().match("PROJCS[\"x\",GEOGCS[\"y\""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at character");
    }
}
