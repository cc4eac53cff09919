package org.planex.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
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

class PlanHeaderTextTest {

    @Test
    void everyFieldSurvivesExactlyIncludingChineseTextAndTheBoundary() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("zh", "吴江区 = \"东太湖\"\n第二行");
        names.put("en", "Wujiang District");
        GeometryFactory gf = new GeometryFactory();
        PlanHeader h = new PlanHeader("WJ-2035", "1.0", "planex", new Jurisdiction("320509", "GB/T 2260", names,
                AdminLevel.COUNTY, "320500"), new PlanInfo("P1", "苏州市吴江区国土空间总体规划", PlanType.MASTER,
                PlanStatus.IN_FORCE, "江苏省人民政府", LocalDate.of(2023, 9, 1), "苏政复〔2023〕1号", LocalDate.of(2021, 1, 1),
                null), CrsRef.epsg(4549), new Classification("cn-ydyh-2023", "2023"),
                List.of(new Neighbour("310118", "GB/T 2260", "青浦区"), new Neighbour("330421", "GB/T 2260", null)),
                gf.createPolygon(new Coordinate[] {new Coordinate(590000.123456789, 3430000.1), new Coordinate(600000, 3430000),
                    new Coordinate(600000, 3440000), new Coordinate(590000.123456789, 3430000.1)}),
                List.of(new Attachment("attachments/说明.pdf", "application/pdf", "a".repeat(64), "说明")));
        String text = PlanHeaderText.toText(h);
        assertThat(PlanHeaderText.fromText(text)).isEqualTo(h);
        assertThat(text).contains("jurisdiction.code=320509");
    }

    @Test
    void theBoundaryCanBeStoredApartAsWkbWithItsZ() {
        GeometryFactory gf = new GeometryFactory();
        PlanHeader h = new PlanHeader("p", "1.0", null, new Jurisdiction("HK", "ISO 3166", Map.of("en", "Hong Kong"),
                AdminLevel.SPECIAL_ADMINISTRATIVE_REGION, null), new PlanInfo("S/H5/28", "Wan Chai OZP",
                PlanType.ZONING, PlanStatus.APPROVED, null, null, null, null, null), CrsRef.epsg(2326),
                new Classification("hk-ozp", null), List.of(), gf.createMultiPolygon(new org.locationtech.jts.geom.Polygon[] {
                    gf.createPolygon(new Coordinate[] {new Coordinate(0, 0, 1.5), new Coordinate(1, 0, 2),
                        new Coordinate(1, 1, 3), new Coordinate(0, 0, 1.5)})}), List.of());
        String text = PlanHeaderText.toTextWithoutBoundary(h);
        byte[] wkb = PlanHeaderText.boundaryWkb(h.boundary());
        assertThat(text).doesNotContain("boundary");
        assertThat(wkb[0]).as("little-endian").isEqualTo((byte) 1);
        PlanHeader back = PlanHeaderText.fromText(text, PlanHeaderText.boundary(wkb));
        assertThat(back).isEqualTo(h);
        assertThat(back.boundary().getCoordinates()[2].getZ()).isEqualTo(3);
        assertThat(PlanHeaderText.fromText(PlanHeaderText.toText(h))).isEqualTo(h);
        assertThatThrownBy(() -> PlanHeaderText.fromText(PlanHeaderText.toText(h), back.boundary()))
                .hasMessageContaining("boundary.wkb and a boundary apart");
        assertThatThrownBy(() -> PlanHeaderText.boundary(new byte[] {1, 2})).isInstanceOf(
                IllegalArgumentException.class).hasMessageContaining("not valid WKB");
    }

    @Test
    void theWkbPiecesJoinToTheWkbOfTheWholeBoundary() throws Exception {
        GeometryFactory gf = new GeometryFactory();
        org.locationtech.jts.geom.Polygon[] polygons = new org.locationtech.jts.geom.Polygon[5];
        for (int i = 0; i < polygons.length; i++) {
            polygons[i] = gf.createPolygon(new Coordinate[] {new Coordinate(i, 0, i), new Coordinate(i + 0.5, 0, i),
                new Coordinate(i + 0.5, 0.5, i), new Coordinate(i, 0, i)});
        }
        for (org.locationtech.jts.geom.Geometry g : List.of(gf.createMultiPolygon(polygons), polygons[1],
                new org.locationtech.jts.io.WKTReader().read("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))"),
                gf.createMultiPolygon())) {
            java.io.ByteArrayOutputStream joined = new java.io.ByteArrayOutputStream();
            List<byte[]> pieces = new java.util.ArrayList<>();
            PlanHeaderText.boundaryWkbPieces(g).forEachRemaining(pieces::add);
            pieces.forEach(joined::writeBytes);
            assertThat(joined.toByteArray()).as(g.toText()).isEqualTo(PlanHeaderText.boundaryWkb(g));
            assertThat(pieces).hasSize(g.isEmpty() || g.getNumGeometries() == 1 && g == polygons[1] ? 1
                    : g.getNumGeometries() + 1);
            assertThat(PlanHeaderText.boundary(pieces.iterator())).isEqualTo(g);
        }
    }

    @Test
    void theStreamedTextIsTheTextAndReadsBackWithALargeBoundary() throws Exception {
        GeometryFactory gf = new GeometryFactory();
        org.locationtech.jts.geom.Polygon[] polygons = new org.locationtech.jts.geom.Polygon[20_000];
        for (int i = 0; i < polygons.length; i++) {
            double x = 500_000.125 + 10 * i;
            polygons[i] = gf.createPolygon(new Coordinate[] {new Coordinate(x, 3_400_000.1),
                new Coordinate(x + 5, 3_400_000.1), new Coordinate(x + 5, 3_400_005), new Coordinate(x, 3_400_000.1)});
        }
        PlanHeader h = new PlanHeader("p", "1.0", "planex", new Jurisdiction("320509", "GB/T 2260",
                Map.of("zh", "吴江区"), AdminLevel.COUNTY, null), new PlanInfo("P1", "规划", PlanType.MASTER,
                PlanStatus.DRAFT, null, null, null, null, null), CrsRef.epsg(4549),
                new Classification("cn-ydyh-2023", null), List.of(new Neighbour("310118", "GB/T 2260", "青浦区")),
                gf.createMultiPolygon(polygons), List.of());
        java.io.StringWriter out = new java.io.StringWriter();
        PlanHeaderText.write(h, out);
        String text = out.toString();
        assertThat(text).isEqualTo(PlanHeaderText.toText(h));
        assertThat(text.lines().filter(l -> l.startsWith("boundary.wkb=")).findFirst().orElseThrow())
                .isEqualTo("boundary.wkb="
                        + org.locationtech.jts.io.WKBWriter.toHex(PlanHeaderText.boundaryWkb(h.boundary())));
        assertThat(PlanHeaderText.read(new java.io.StringReader(text))).isEqualTo(h);
        assertThat(PlanHeaderText.read(new java.io.StringReader(text.replace("\n", "\r\n")))).isEqualTo(h);
        assertThat(PlanHeaderText.fromText(text)).isEqualTo(h);
        assertThatThrownBy(() -> PlanHeaderText.read(new java.io.StringReader(text.replace("boundary.wkb=01",
                "boundary.wkb=0x")))).hasMessageContaining("'x', not a hexadecimal digit");
    }

    @Test
    void missingKeysAreNamed() {
        assertThatThrownBy(() -> PlanHeaderText.fromText("package.id=x\n"))
                .hasMessageContaining("plan header text lacks jurisdiction.languages");
    }
}
