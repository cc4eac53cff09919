package org.planex.testkit;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/**
 * Plan headers for codec tests: one with every field set, for checking that a stored form of the header gives
 * back an {@code equals} header.
 *
 * <p><b>Thread safety:</b> stateless; every call builds a new header.
 *
 * @since 0.1
 */
public final class SampleHeaders {

    private SampleHeaders() {
    }

    /**
     * A header with every field set: producer, jurisdiction names in three languages (Chinese, English,
     * traditional Chinese, in that order) and a parent, plan authority, approval and validity dates, a
     * CGCS2000 3-degree Gauss-Kruger CRS (EPSG:4527, zone prefix 40), classification version, three neighbours
     * (one without a name), two attachments (one without a title) and a multipolygon boundary: the polygon with
     * a hole of {@link #polygonWithHole()} and an island, with coordinates that need all 17 digits.
     */
    public static PlanHeader everyField() {
        GeometryFactory gf = new GeometryFactory();
        Polygon island = gf.createPolygon(new Coordinate[] {new Coordinate(40_520_000.5, 3_450_000.25),
            new Coordinate(40_520_100, 3_450_000.25), new Coordinate(40_520_100, 3_450_100),
            new Coordinate(40_520_000.5, 3_450_000.25)});
        Map<String, String> names = new LinkedHashMap<>();
        names.put("zh", "苏州市吴江区");
        names.put("en", "Wujiang District, Suzhou");
        names.put("zh-Hant", "蘇州市吳江區");
        return new PlanHeader("cn-320509-2035-master", "1.0", "planex 0.1 / 吴江区自然资源和规划局",
                new Jurisdiction("320509", "GB/T 2260", names, AdminLevel.COUNTY, "320500"),
                new PlanInfo("320509-GTKJ-2021-2035", "苏州市吴江区国土空间总体规划（2021—2035年）", PlanType.MASTER,
                        PlanStatus.IN_FORCE, "江苏省人民政府", LocalDate.of(2023, 9, 28), "苏政复〔2023〕42号",
                        LocalDate.of(2023, 10, 1), LocalDate.of(2035, 12, 31)),
                CrsRef.epsg(4527), new Classification("cn-ydyh-2023", "2023"),
                List.of(new Neighbour("310118", "GB/T 2260", "上海市青浦区"),
                        new Neighbour("330421", "GB/T 2260", "嘉善县"), new Neighbour("320506", "GB/T 2260", null)),
                gf.createMultiPolygon(new Polygon[] {polygonWithHole(), island}),
                List.of(new Attachment("attachments/文本/规划文本.pdf", "application/pdf", "a".repeat(64), "规划文本"),
                        new Attachment("attachments/map.png", "image/png", "0123456789abcdef".repeat(4), null)));
    }

    /** The first polygon of the boundary of {@link #everyField()}: a triangle with a triangular hole. */
    public static Polygon polygonWithHole() {
        GeometryFactory gf = new GeometryFactory();
        return gf.createPolygon(gf.createLinearRing(new Coordinate[] {
            new Coordinate(40_512_345.678901234, 3_445_000.1), new Coordinate(40_513_000.0, 3_445_000.30000000000004),
            new Coordinate(40_513_000.0, 3_446_000.0), new Coordinate(40_512_345.678901234, 3_445_000.1)}),
            new LinearRing[] {gf.createLinearRing(new Coordinate[] {
                new Coordinate(40_512_800, 3_445_300), new Coordinate(40_512_900, 3_445_300),
                new Coordinate(40_512_900, 3_445_400), new Coordinate(40_512_800, 3_445_300)})});
    }
}
