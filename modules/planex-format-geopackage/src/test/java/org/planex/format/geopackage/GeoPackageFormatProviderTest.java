package org.planex.format.geopackage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.model.AttributeType;
import org.planex.model.Attributes;
import org.planex.model.CrsRef;
import org.planex.model.layer.FieldDef;
import org.planex.model.layer.GeometryKind;
import org.planex.model.layer.LayerRecord;
import org.planex.model.layer.LayerSchema;
import org.planex.spi.ErrorKind;
import org.planex.spi.LayerReader;
import org.planex.spi.LayerWriter;
import org.planex.spi.PlanexException;
import org.planex.spi.ProbeInput;
import org.planex.spi.ProbeResult;
import org.planex.spi.ReadContext;
import org.planex.spi.RecordCursor;
import org.planex.spi.WriteContext;
import org.planex.spi.crs.CrsDefinitions;

/** Probing, SRS rows, atomic output and the errors on damaged GeoPackages. */
class GeoPackageFormatProviderTest {

    private static final LayerSchema LAYER = new LayerSchema("地块", GeometryKind.POLYGON,
            List.of(FieldDef.of("BSM", AttributeType.INTEGER)), CrsRef.epsg(4549));

    @TempDir
    Path dir;

    private Path writeEmpty(String name) throws Exception {
        Path file = dir.resolve(name);
        try (LayerWriter w = new GeoPackageFormatProvider().openLayerWriter(WriteContext.of(file))) {
            w.createLayer(LAYER);
            w.finish();
        }
        return file;
    }

    @Test
    void probeKnowsGeoPackagesFromOtherSqliteFilesAndText() throws Exception {
        GeoPackageFormatProvider p = new GeoPackageFormatProvider();
        assertThat(p.probe(ProbeInput.of(writeEmpty("a.gpkg")))).isEqualTo(ProbeResult.SUPPORTED);
        Path plain = dir.resolve("plain.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + plain); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (a)");
        }
        assertThat(p.probe(ProbeInput.of(plain))).isEqualTo(ProbeResult.UNSUPPORTED);
        Path text = Files.writeString(dir.resolve("x.gpkg"), "{\"type\":\"FeatureCollection\"}");
        assertThat(p.probe(ProbeInput.of(text))).isEqualTo(ProbeResult.UNSUPPORTED);
        Path shortFile = Files.writeString(dir.resolve("short.gpkg"), "SQLite format 3");
        assertThat(p.probe(ProbeInput.of(shortFile))).isEqualTo(ProbeResult.INSUFFICIENT_BYTES);
    }

    @Test
    void cgcs2000RowsCarryTheirWkt() throws Exception {
        Path file = writeEmpty("srs.gpkg");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT srs_id, srs_name, organization, organization_coordsys_id, definition "
                        + "FROM gpkg_spatial_ref_sys ORDER BY srs_id")) {
            List<Integer> ids = new ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getInt(1));
                if (rs.getInt(1) == 4549) {
                    assertThat(rs.getString(2)).isEqualTo("CGCS2000 / 3-degree Gauss-Kruger CM 120E");
                    assertThat(rs.getString(3)).isEqualTo("EPSG");
                    assertThat(rs.getString(5)).startsWith("PROJCS[\"CGCS2000 / 3-degree Gauss-Kruger CM 120E\"")
                            .endsWith("AUTHORITY[\"EPSG\",\"4549\"]]");
                }
            }
            assertThat(ids).containsExactly(-1, 0, 4326, 4549);
        }
        for (int epsg = 4490; epsg <= 4554; epsg++) {
            assertThat(CrsDefinitions.provider().find(CrsRef.epsg(epsg))).as("EPSG:%d", epsg).hasValueSatisfying(
                    d -> assertThat(d.ogcWkt()).contains("CGCS2000").endsWith("AUTHORITY[\"EPSG\",\"" + d.crs().epsg()
                            + "\"]]"));
        }
    }

    @Test
    void anAbortedOrUnfinishedWriterLeavesNothing() throws Exception {
        try (LayerWriter w = new GeoPackageFormatProvider().openLayerWriter(WriteContext.of(dir.resolve("x.gpkg")))) {
            w.createLayer(LAYER);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void everyFeatureIdSurvivesOrderGapsDuplicatesAndText() throws Exception {
        Path file = dir.resolve("ids.gpkg");
        List<String> fids = List.of("5", "3", "5", "区-7", "0", "6", "-2", "007");
        try (LayerWriter w = new GeoPackageFormatProvider().openLayerWriter(WriteContext.of(file))) {
            var sink = w.createLayer(LAYER);
            for (int i = 0; i < fids.size(); i++) {
                sink.write(new LayerRecord(LAYER.name(), i + 1, fids.get(i), null,
                        Attributes.builder().put("BSM", i).build()));
            }
            w.finish();
        }
        try (LayerReader r = new GeoPackageFormatProvider().openLayerReader(ReadContext.of(file));
                RecordCursor c = r.open(LAYER.name())) {
            Map<Long, String> byBsm = new HashMap<>();
            for (var rec = c.read(); rec != null; rec = c.read()) {
                byBsm.put(Long.parseLong(rec.attributes().get("BSM").orElseThrow().lexical()), rec.fid());
            }
            for (int i = 0; i < fids.size(); i++) {
                assertThat(byBsm.get((long) i)).as("record %d", i + 1).isEqualTo(fids.get(i));
            }
        }
    }

    @Test
    void notAGeoPackageIsUnreadableInput() throws Exception {
        Path text = Files.writeString(dir.resolve("x.gpkg"), "hello", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new GeoPackageFormatProvider().openLayerReader(ReadContext.of(text)))
                .isInstanceOfSatisfying(PlanexException.class, e -> {
                    assertThat(e.getKind()).isEqualTo(ErrorKind.UNREADABLE_INPUT);
                    assertThat(e.getMessage()).contains("x.gpkg").doesNotContain("\n");
                });
    }

    @Test
    void aValueOfTheWrongStorageClassNamesTableRowAndColumn() throws Exception {
        Path file = writeEmpty("bad.gpkg");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String suffix : List.of("insert", "update1", "update2", "update3", "update4", "delete")) {
                s.execute("DROP TRIGGER \"rtree_地块_geom_" + suffix + "\"");
            }
            s.execute("INSERT INTO \"地块\" (fid, geom, BSM) VALUES (5, NULL, 1)");
            s.execute("INSERT INTO \"地块\" (fid, geom, BSM) VALUES (6, NULL, 'abc')");
            s.execute("INSERT INTO \"地块\" (fid, geom, BSM) VALUES (7, X'0102', 1)");
        }
        try (LayerReader r = new GeoPackageFormatProvider().openLayerReader(ReadContext.of(file))) {
            RecordCursor c = r.open("地块");
            assertThat(c.read().fid()).isEqualTo("5");
            assertThatThrownBy(c::read).isInstanceOfSatisfying(PlanexException.class, e -> {
                assertThat(e.getKind()).isEqualTo(ErrorKind.UNREADABLE_INPUT);
                assertThat(e.getLocation().entry()).isEqualTo("地块");
                assertThat(e.getLocation().record()).isEqualTo(2);
                assertThat(e.getLocation().featureId()).isEqualTo("6");
                assertThat(e.getMessage()).contains("BSM", "'abc'", "integer").doesNotContain("\n");
            });
            assertThatThrownBy(c::read).isInstanceOf(IllegalStateException.class);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("UPDATE \"地块\" SET BSM = 2 WHERE fid = 6");
        }
        try (LayerReader r = new GeoPackageFormatProvider().openLayerReader(ReadContext.of(file))) {
            RecordCursor c = r.open("地块");
            c.read();
            c.read();
            assertThatThrownBy(c::read).isInstanceOfSatisfying(PlanexException.class,
                    e -> assertThat(e.getMessage()).contains("record 3", "feature 7", "geom", "GP header"));
        }
    }
}
