package org.planex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.planex.core.registry.FormatRegistry;
import org.planex.model.AdminLevel;
import org.planex.model.Attachment;
import org.planex.model.Classification;
import org.planex.model.CrsRef;
import org.planex.model.Jurisdiction;
import org.planex.model.Neighbour;
import org.planex.model.PlanHeader;
import org.planex.model.PlanInfo;
import org.planex.model.PlanStatus;
import org.planex.model.PlanType;
import org.planex.spi.FormatProvider;
import org.planex.spi.LayerReader;
import org.planex.spi.LayerWriter;
import org.planex.spi.Location;
import org.planex.spi.PlanHeaderText;
import org.planex.spi.ReadContext;
import org.planex.spi.WriteContext;
import org.planex.testkit.SampleLayers;
import org.planex.xml.PlanXmlReader;
import org.planex.xml.PlanXmlWriter;

/**
 * The three stored forms of the plan header (plan.xml through the XML binding, the {@code plan.planex-header}
 * sidecar of shapefile and GeoJSON folders, a GeoPackage's {@code planex_metadata} and {@code planex_boundary})
 * give back an {@code equals} header with every field set.
 */
class PlanHeaderFormsTest {

    @TempDir
    Path dir;

    /** Every field set: names in three languages, neighbours, attachments, typed dates, a multipolygon with a hole. */
    static PlanHeader everyField() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("zh", "苏州市吴江区");
        names.put("en", "Wujiang District, Suzhou = \"east Taihu\"");
        names.put("zh-Hant", "蘇州市吳江區");
        GeometryFactory gf = new GeometryFactory();
        Polygon withHole = gf.createPolygon(gf.createLinearRing(new Coordinate[] {
            new Coordinate(40_512_345.678901234, 3_445_000.1), new Coordinate(40_513_000.0, 3_445_000.30000000000004),
            new Coordinate(40_513_000.0, 3_446_000.0), new Coordinate(40_512_345.678901234, 3_445_000.1)}),
            new LinearRing[] {gf.createLinearRing(new Coordinate[] {
                new Coordinate(40_512_800, 3_445_300), new Coordinate(40_512_900, 3_445_300),
                new Coordinate(40_512_900, 3_445_400), new Coordinate(40_512_800, 3_445_300)})});
        Polygon island = gf.createPolygon(new Coordinate[] {new Coordinate(40_520_000.5, 3_450_000.25),
            new Coordinate(40_520_100, 3_450_000.25), new Coordinate(40_520_100, 3_450_100),
            new Coordinate(40_520_000.5, 3_450_000.25)});
        Geometry boundary = gf.createMultiPolygon(new Polygon[] {withHole, island});
        return new PlanHeader("cn-320509-2035-master", "1.0", "planex 0.1 / 吴江区自然资源和规划局",
                new Jurisdiction("320509", "GB/T 2260", names, AdminLevel.COUNTY, "320500"),
                new PlanInfo("320509-GTKJ-2021-2035", "苏州市吴江区国土空间总体规划（2021—2035年）", PlanType.MASTER,
                        PlanStatus.IN_FORCE, "江苏省人民政府", LocalDate.of(2023, 9, 28), "苏政复〔2023〕42号",
                        LocalDate.of(2023, 10, 1), LocalDate.of(2035, 12, 31)),
                CrsRef.epsg(4527), new Classification("cn-ydyh-2023", "2023"),
                List.of(new Neighbour("310118", "GB/T 2260", "上海市青浦区"),
                        new Neighbour("330421", "GB/T 2260", "嘉善县"), new Neighbour("320506", "GB/T 2260", null)),
                boundary,
                List.of(new Attachment("attachments/文本/规划文本.pdf", "application/pdf", "a".repeat(64), "规划文本"),
                        new Attachment("attachments/map.png", "image/png", "0123456789abcdef".repeat(4), null)));
    }

    @Test
    void planXmlGivesBackAnEqualHeader() throws Exception {
        PlanHeader h = everyField();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Location where = Location.of(dir.resolve("plan.xml"));
        PlanXmlWriter w = new PlanXmlWriter(out, where);
        w.begin(h);
        w.end();
        try (PlanXmlReader r = new PlanXmlReader(new ByteArrayInputStream(out.toByteArray()), where,
                new GeometryFactory())) {
            assertThat(r.header()).isEqualTo(h);
            assertThat(r.header().jurisdiction().names().keySet()).containsExactly("zh", "en", "zh-Hant");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"shapefile, shp", "geojson, geojson", "geopackage, plan.gpkg"})
    void layeredFormatsGiveBackAnEqualHeader(String format, String target) throws Exception {
        PlanHeader h = everyField();
        FormatProvider provider = FormatRegistry.load().find(format).orElseThrow();
        Path file = dir.resolve(target);
        try (LayerWriter w = provider.openLayerWriter(WriteContext.of(file))) {
            w.writePlanHeader(h);
            w.createLayer(SampleLayers.SCHEMA).write(new SampleLayers(7).record(1));
            w.finish();
        }
        try (LayerReader r = provider.openLayerReader(ReadContext.of(file))) {
            assertThat(r.planHeader()).contains(h);
        }
        if (Files.isDirectory(file)) {
            assertThat(Files.readString(file.resolve("plan.planex-header"))).isEqualTo(PlanHeaderText.toText(h));
        }
    }
}
