package org.planex.format.geopackage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.planex.model.AdminLevel;
import org.planex.model.Classification;
import org.planex.model.CrsRef;
import org.planex.model.Jurisdiction;
import org.planex.model.PlanHeader;
import org.planex.model.PlanInfo;
import org.planex.model.PlanStatus;
import org.planex.model.PlanType;
import org.planex.model.layer.LayerSchema;
import org.planex.spi.LayerReader;
import org.planex.spi.LayerWriter;
import org.planex.spi.PlanHeaderText;
import org.planex.spi.PlanexException;
import org.planex.spi.ReadContext;
import org.planex.spi.WriteContext;
import org.planex.testkit.SampleHeaders;
import org.planex.testkit.SampleLayers;

/**
 * The plan header survives a GeoPackage exactly (every field, name order, Chinese text, boundary coordinates):
 * as the SPI's header text in {@code planex_metadata} and the boundary as WKB in {@code planex_boundary}; and the
 * JSON header of planex 0.1 is still read.
 */
class GeoPackagePlanHeaderTest {

    @TempDir
    Path dir;


    static PlanHeader fullHeader() {
        return SampleHeaders.everyField();
    }

    private static PlanHeader minimalHeader() {
        return new PlanHeader("p", "1.0", null,
                new Jurisdiction("HK", "ISO 3166", Map.of("en", "Hong Kong"), AdminLevel.SPECIAL_ADMINISTRATIVE_REGION,
                        null),
                new PlanInfo("S/H5/28", "Wan Chai OZP", PlanType.ZONING, PlanStatus.APPROVED, null, null, null, null,
                        null),
                CrsRef.epsg(2326), new Classification("hk-ozp", null), List.of(), null, List.of());
    }

    private Path write(PlanHeader h) throws IOException {
        Path file = dir.resolve("plan.gpkg");
        try (LayerWriter w = new GeoPackageFormatProvider().openLayerWriter(WriteContext.of(file))) {
            w.writePlanHeader(h);
            w.createLayer(SampleLayers.SCHEMA).write(new SampleLayers(1).record(1));
            w.finish();
        }
        return file;
    }

    private static Optional<PlanHeader> read(Path file) throws IOException {
        try (LayerReader r = new GeoPackageFormatProvider().openLayerReader(ReadContext.of(file))) {
            assertThat(r.layers()).extracting(LayerSchema::name).containsExactly(SampleLayers.LAYER);
            return r.planHeader();
        }
    }

    private static String query(Path file, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    @Test
    void theHeaderIsTheSpiTextAndTheBoundaryIsWkbInItsOwnTable() throws Exception {
        PlanHeader h = fullHeader();
        Path file = write(h);
        assertThat(read(file)).contains(h);
        assertThat(read(file).orElseThrow().jurisdiction().names().keySet()).containsExactly("zh", "en", "zh-Hant");
        assertThat(query(file, "SELECT value FROM planex_metadata WHERE name = 'plan-header'"))
                .isEqualTo(PlanHeaderText.toTextWithoutBoundary(h)).doesNotContain("boundary");
        assertThat(query(file, "SELECT count(*) || ' ' || sum(length(wkb)) FROM planex_boundary "
                + "WHERE typeof(wkb) = 'blob'")).as("head and two polygons, together the boundary's WKB")
                .isEqualTo("3 " + PlanHeaderText.boundaryWkb(h.boundary()).length);
        assertThat(query(file, "SELECT data_type FROM gpkg_contents WHERE table_name = 'planex_boundary'"))
                .isEqualTo("attributes");
    }

    @Test
    void aMultipolygonBoundaryIsStoredOnePolygonPerRow() throws Exception {
        PlanHeader full = fullHeader();
        GeometryFactory gf = new GeometryFactory();
        Polygon[] polygons = new Polygon[1_000];
        for (int i = 0; i < polygons.length; i++) {
            polygons[i] = gf.createPolygon(new Coordinate[] {new Coordinate(40_500_000 + 10 * i, 3_445_000),
                new Coordinate(40_500_005 + 10 * i, 3_445_000), new Coordinate(40_500_005 + 10 * i, 3_445_005.5),
                new Coordinate(40_500_000 + 10 * i, 3_445_000)});
        }
        PlanHeader h = full.withCrs(full.crs(), gf.createMultiPolygon(polygons));
        Path file = write(h);
        assertThat(read(file)).contains(h);
        assertThat(query(file, "SELECT count(*) FROM planex_boundary")).isEqualTo("1001");
    }

    @Test
    void aMinimalHeaderHasNoBoundaryTable() throws Exception {
        Path file = write(minimalHeader());
        assertThat(read(file)).contains(minimalHeader());
        assertThat(query(file, "SELECT count(*) FROM sqlite_master WHERE name = 'planex_boundary'")).isEqualTo("0");
    }

    /** A GeoPackage as planex 0.1 wrote it: the header as JSON in planex_metadata, boundary inside as hex WKB. */
    @Test
    void aGeoPackageOfPlanex01WithAJsonHeaderIsStillRead() throws Exception {
        String json;
        try (InputStream in = getClass().getResourceAsStream("plan-header-0.1-json.txt")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path file = write(minimalHeader());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                PreparedStatement p = c.prepareStatement("UPDATE planex_metadata SET value = ? WHERE name = ?")) {
            p.setString(1, json);
            p.setString(2, GeoPackageSql.HEADER_KEY);
            assertThat(p.executeUpdate()).isOne();
        }
        PlanHeader full = fullHeader();
        assertThat(read(file)).as("the 0.1 fixture has the first polygon of the boundary")
                .contains(full.withCrs(full.crs(), SampleHeaders.polygonWithHole()));
    }

    /** planex 0.1 did not reserve the name: a layer of that name in its files is a layer (it has a layer: row). */
    @Test
    void aLayerNamedPlanexBoundaryInAPlanex01FileIsStillALayer() throws Exception {
        Path file = dir.resolve("old.gpkg");
        LayerSchema layer = new LayerSchema("planex_boundary", SampleLayers.SCHEMA.geometryKind(),
                SampleLayers.SCHEMA.fields(), SampleLayers.SCHEMA.crs());
        try (LayerWriter w = new GeoPackageFormatProvider().openLayerWriter(WriteContext.of(file))) {
            w.createLayer(layer);
            w.finish();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE layer_planex_boundary RENAME TO planex_boundary");
            s.execute("UPDATE gpkg_contents SET table_name = 'planex_boundary', identifier = 'planex_boundary' "
                    + "WHERE table_name = 'layer_planex_boundary'");
            s.execute("UPDATE gpkg_geometry_columns SET table_name = 'planex_boundary'");
            s.execute("UPDATE planex_metadata SET name = 'layer:planex_boundary' WHERE name LIKE 'layer:%'");
        }
        try (LayerReader r = new GeoPackageFormatProvider().openLayerReader(ReadContext.of(file))) {
            assertThat(r.layers()).extracting(LayerSchema::name).containsExactly("planex_boundary");
        }
    }

    @Test
    void aDamagedHeaderIsUnreadableWithAReason() throws Exception {
        for (String damaged : new String[] {"{\"packageId\":\"p\"", "{\"packageId\":\"p\"}", "package.id=x\n"}) {
            Path file = write(minimalHeader());
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                    PreparedStatement p = c.prepareStatement("UPDATE planex_metadata SET value = ? WHERE name = ?")) {
                p.setString(1, damaged);
                p.setString(2, GeoPackageSql.HEADER_KEY);
                p.executeUpdate();
            }
            assertThatThrownBy(() -> read(file)).isInstanceOf(PlanexException.class)
                    .hasMessageContaining("planex metadata 'plan-header' is damaged")
                    .hasMessageMatching("(?s).*(not JSON|'jurisdiction'|lacks jurisdiction.languages).*");
            Files.delete(file);
        }
    }
}
