package org.planex.format.geopackage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
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

/** The plan header survives JSON exactly: every field, name order, Chinese text, boundary coordinates. */
class PlanHeaderJsonCodecTest {

    static PlanHeader fullHeader() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("zh", "苏州市吴江区");
        names.put("en", "Wujiang District, Suzhou");
        names.put("zh-Hant", "蘇州市吳江區");
        GeometryFactory gf = new GeometryFactory();
        Polygon boundary = gf.createPolygon(gf.createLinearRing(new Coordinate[] {
            new Coordinate(40_512_345.678901234, 3_445_000.1), new Coordinate(40_513_000.0, 3_445_000.30000000000004),
            new Coordinate(40_513_000.0, 3_446_000.0), new Coordinate(40_512_345.678901234, 3_445_000.1)}),
            new LinearRing[] {gf.createLinearRing(new Coordinate[] {
                new Coordinate(40_512_800, 3_445_300), new Coordinate(40_512_900, 3_445_300),
                new Coordinate(40_512_900, 3_445_400), new Coordinate(40_512_800, 3_445_300)})});
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
    void aFullyPopulatedHeaderRoundTripsExactly() {
        PlanHeader h = fullHeader();
        String json = PlanHeaderJsonCodec.write(h);
        PlanHeader back = PlanHeaderJsonCodec.read(json);
        assertThat(back).isEqualTo(h);
        assertThat(back.jurisdiction().names().keySet()).containsExactly("zh", "en", "zh-Hant");
        assertThat(back.boundary().getCoordinates()[1].y).isEqualTo(3_445_000.30000000000004);
        assertThat(json).contains("\"苏州市吴江区\"", "\"in-force\"", "\"crs\":4527");
    }

    @Test
    void aMinimalHeaderRoundTrips() {
        PlanHeader h = new PlanHeader("p", "1.0", null,
                new Jurisdiction("HK", "ISO 3166", Map.of("en", "Hong Kong"), AdminLevel.SPECIAL_ADMINISTRATIVE_REGION,
                        null),
                new PlanInfo("S/H5/28", "Wan Chai OZP", PlanType.ZONING, PlanStatus.APPROVED, null, null, null, null,
                        null),
                CrsRef.epsg(2326), new Classification("hk-ozp", null), List.of(), null, List.of());
        assertThat(PlanHeaderJsonCodec.read(PlanHeaderJsonCodec.write(h))).isEqualTo(h);
    }

    @Test
    void damagedJsonIsRefusedWithAReason() {
        assertThatThrownBy(() -> PlanHeaderJsonCodec.read("{\"packageId\":\"p\"")).isInstanceOf(
                IllegalArgumentException.class).hasMessageContaining("not JSON");
        assertThatThrownBy(() -> PlanHeaderJsonCodec.read("{\"packageId\":\"p\"}"))
                .hasMessageContaining("'jurisdiction'");
    }
}
