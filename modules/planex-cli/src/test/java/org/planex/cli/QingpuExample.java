package org.planex.cli;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.planex.core.format.PlanexFormatProvider;
import org.planex.model.AdminLevel;
import org.planex.model.Attachment;
import org.planex.model.AttributeType;
import org.planex.model.AttributeValue;
import org.planex.model.Attributes;
import org.planex.model.Classification;
import org.planex.model.ControlArea;
import org.planex.model.ControlKind;
import org.planex.model.Corridor;
import org.planex.model.CorridorType;
import org.planex.model.CrsRef;
import org.planex.model.Facility;
import org.planex.model.Jurisdiction;
import org.planex.model.Neighbour;
import org.planex.model.PlanFeature;
import org.planex.model.PlanHeader;
import org.planex.model.PlanInfo;
import org.planex.model.PlanStatus;
import org.planex.model.PlanType;
import org.planex.model.Zone;
import org.planex.spi.PlanWriter;
import org.planex.spi.Sha256;
import org.planex.spi.WriteContext;

/**
 * Generates {@code examples/qingpu-310118}: a real-looking master plan package of 青浦区 (Qingpu District,
 * Shanghai, GB/T 2260 code 310118) in CGCS2000 (EPSG:4490). The geometry is schematic (a simplified district
 * outline and a grid of land-use zones), the codes are real 2023 land/sea-use codes. Run {@link #main} to
 * regenerate; {@code ExampleTest} checks the committed copy is what this class writes.
 */
public final class QingpuExample {

    static final String FOLDER = "qingpu-310118";

    private static final GeometryFactory GF = new GeometryFactory(new PrecisionModel(1e7));
    private static final double[][] OUTLINE = {
        {120.905, 31.030}, {120.950, 30.985}, {121.020, 30.990}, {121.060, 31.020}, {121.110, 31.030},
        {121.150, 31.060}, {121.200, 31.090}, {121.260, 31.120}, {121.315, 31.140}, {121.320, 31.190},
        {121.280, 31.215}, {121.230, 31.250}, {121.170, 31.275}, {121.110, 31.260}, {121.060, 31.220},
        {121.010, 31.190}, {120.960, 31.170}, {120.915, 31.140}, {120.900, 31.090}, {120.905, 31.030}};
    private static final Coordinate LAKE = new Coordinate(120.965, 31.110);

    private QingpuExample() {
    }

    /** Writes the example folder under {@code args[0]} (default {@code examples}). */
    public static void main(String[] args) throws Exception {
        write(Path.of(args.length > 0 ? args[0] : "examples").resolve(FOLDER));
    }

    static void write(Path folder) throws Exception {
        byte[] note = note().getBytes(StandardCharsets.UTF_8);
        Attachment attachment = new Attachment("attachments/规划说明.md", "text/markdown", sha256(note),
                "青浦区国土空间总体规划说明（示例）");
        Polygon boundary = outline();
        Map<String, String> names = new LinkedHashMap<>();
        names.put("zh", "青浦区");
        names.put("en", "Qingpu District");
        PlanHeader header = new PlanHeader("CN-310118-GTKJZT-2035", PlanHeader.CURRENT_SCHEMA_VERSION,
                "planex example generator", new Jurisdiction("310118", "GB/T 2260", names, AdminLevel.COUNTY, "310100"),
                new PlanInfo("310118-ZTGH-2021-2035", "上海市青浦区国土空间总体规划（2021—2035年）", PlanType.MASTER,
                        PlanStatus.APPROVED, "上海市人民政府", LocalDate.of(2024, 1, 18), "沪府〔2024〕5号（示例）",
                        LocalDate.of(2021, 1, 1), LocalDate.of(2035, 12, 31)),
                CrsRef.CGCS2000, new Classification("cn-ydyh-2023", "2023"),
                List.of(new Neighbour("320509", "GB/T 2260", "吴江区"), new Neighbour("330421", "GB/T 2260", "嘉善县"),
                    new Neighbour("310117", "GB/T 2260", "松江区"), new Neighbour("310112", "GB/T 2260", "闵行区"),
                    new Neighbour("310114", "GB/T 2260", "嘉定区"), new Neighbour("320583", "GB/T 2260", "昆山市")),
                GF.createMultiPolygon(new Polygon[] {boundary}), List.of(attachment));
        Path target = folder;
        try (PlanWriter w = new PlanexFormatProvider().openPlanWriter(WriteContext.of(target))) {
            w.begin(header);
            w.addAttachment(attachment, new ByteArrayInputStream(note));
            for (PlanFeature f : features(boundary)) {
                w.write(f);
            }
            w.finish();
        }
        Files.writeString(folder.resolve("README.md"), readme(), StandardCharsets.UTF_8);
    }

    private static Polygon outline() {
        Coordinate[] c = new Coordinate[OUTLINE.length];
        for (int i = 0; i < OUTLINE.length; i++) {
            c[i] = new Coordinate(OUTLINE[i][0], OUTLINE[i][1]);
        }
        return GF.createPolygon(c);
    }

    private static List<PlanFeature> features(Polygon boundary) {
        List<PlanFeature> out = new ArrayList<>();
        Random random = new Random(310118);
        Geometry lake = GF.createPoint(LAKE).buffer(0.032, 24).intersection(boundary);
        Geometry redLine = GF.createPoint(LAKE).buffer(0.045, 24).intersection(boundary);
        Geometry urban = rect(121.085, 31.105, 121.300, 31.235).intersection(boundary);
        int n = 0;
        double dx = 0.02;
        double dy = 0.016;
        for (double y = 30.98; y < 31.28; y += dy) {
            for (double x = 120.90; x < 121.32; x += dx) {
                Geometry cell = polygonal(rect(x, y, x + dx, y + dy).intersection(boundary));
                if (cell.isEmpty()) {
                    continue;
                }
                Geometry water = polygonal(cell.intersection(lake));
                if (!water.isEmpty()) {
                    out.add(zone(++n, "1702", "湖泊水面", water, random, false));
                    cell = polygonal(cell.difference(lake));
                    if (cell.isEmpty()) {
                        continue;
                    }
                }
                boolean inUrban = urban.contains(cell.getCentroid());
                String[] code = pick(inUrban, x, y, random);
                out.add(zone(++n, code[0], code[1], cell, random, inUrban));
            }
        }
        int c = 0;
        out.add(control(++c, ControlKind.ECOLOGICAL_RED_LINE, "淀山湖生态保护红线", redLine));
        out.add(control(++c, ControlKind.URBAN_DEVELOPMENT_BOUNDARY, "青浦新城城镇开发边界", urban));
        Geometry taken = redLine.union(urban);
        double[][] farms = {{120.93, 31.035, 121.05, 31.075}, {121.02, 31.12, 121.07, 31.17}, {121.11, 31.04, 121.17, 31.08}};
        for (double[] f : farms) {
            Geometry farmland = rect(f[0], f[1], f[2], f[3]).intersection(boundary).difference(taken);
            out.add(control(++c, ControlKind.PERMANENT_BASIC_FARMLAND, "永久基本农田保护区" + c, farmland));
        }
        out.add(control(++c, new ControlKind("historic-conservation"), "朱家角历史文化风貌区",
                rect(121.040, 31.100, 121.065, 31.118).intersection(boundary)));
        out.add(facility("FAC-1", "hospital", null, null, "青浦区中心医院（示例）", 121.118, 31.152));
        out.add(facility("FAC-2", "school", null, null, "青浦区第一中学（示例）", 121.105, 31.158));
        out.add(facility("FAC-3", "school", null, null, "朱家角中学（示例）", 121.052, 31.108));
        out.add(facility("FAC-4", "waste-incineration", "waste", 3000.0, "青浦再生能源利用中心（示例）", 121.170, 31.070));
        out.add(facility("FAC-5", "sewage-treatment", "sewage", 500.0, "青浦第二污水处理厂（示例）", 121.205, 31.140));
        out.add(corridor("COR-1", CorridorType.ROAD, "expressway", "G50", "G50沪渝高速",
                120.902, 31.080, 121.040, 31.098, 121.160, 31.130, 121.317, 31.165));
        out.add(corridor("COR-2", CorridorType.METRO, "metro", "SH-M17", "轨道交通17号线",
                121.035, 31.105, 121.110, 31.150, 121.200, 31.170, 121.318, 31.182));
        out.add(corridor("COR-3", CorridorType.ROAD, "arterial", "S230", "外青松公路",
                121.150, 31.272, 121.140, 31.200, 121.150, 31.080, 121.120, 31.032));
        out.add(corridor("COR-4", CorridorType.PIPELINE, "gas-high-pressure", "XQ-GAS-2", "西气东输支线（示例）",
                120.910, 31.120, 121.000, 31.180, 121.100, 31.255));
        return out;
    }

    private static String[] pick(boolean urban, double x, double y, Random r) {
        String[][] urbanCodes = {{"0701", "城镇住宅用地"}, {"0701", "城镇住宅用地"}, {"0901", "商业用地"},
            {"0902", "商务金融用地"}, {"1001", "工业用地"}, {"1101", "物流仓储用地"}, {"0804", "教育用地"},
            {"1401", "公园绿地"}, {"1207", "城镇村道路用地"}, {"0806", "医疗卫生用地"}};
        String[][] ruralCodes = {{"0101", "水田"}, {"0101", "水田"}, {"0102", "水浇地"}, {"0301", "乔木林地"},
            {"0703", "农村宅基地"}, {"1704", "坑塘水面"}, {"0201", "果园"}, {"0602", "设施农用地"}};
        String[][] set = urban ? urbanCodes : ruralCodes;
        return set[r.nextInt(set.length)];
    }

    private static Zone zone(int n, String code, String name, Geometry g, Random r, boolean construction) {
        Attributes.Builder a = Attributes.builder()
                .put("BSM", AttributeValue.of(100000L + n))
                .put("YSDM", "2090020410")
                .put("XZQDM", "310118")
                .put("XZQMC", "青浦区")
                .put("MJ", AttributeValue.of(BigDecimal.valueOf(areaM2(g)).setScale(2, RoundingMode.HALF_UP)));
        a.put("RJL", construction ? AttributeValue.of(new BigDecimal("1." + (2 + r.nextInt(8))))
                : new AttributeValue.Null(AttributeType.DECIMAL));
        a.put("JZXG", construction ? AttributeValue.of(24L + 12L * r.nextInt(5)) : new AttributeValue.Null(AttributeType.INTEGER));
        a.put("SFJSYD", AttributeValue.of(construction));
        return new Zone("ZN-" + String.format("%04d", n), code, name, polygonal(g), a.build());
    }

    private static ControlArea control(int n, ControlKind kind, String name, Geometry g) {
        Attributes a = Attributes.builder().put("BSM", AttributeValue.of(200000L + n)).put("XZQDM", "310118")
                .put("MJ", AttributeValue.of(BigDecimal.valueOf(areaM2(g)).setScale(2, RoundingMode.HALF_UP)))
                .put("PZRQ", AttributeValue.of(LocalDate.of(2023, 6, 30))).build();
        return new ControlArea("CA-" + n, kind, name, polygonal(g), a);
    }

    private static Facility facility(String id, String category, String nimby, Double radius, String name, double x,
            double y) {
        return new Facility(id, category, nimby, radius, name, GF.createPoint(new Coordinate(x, y)),
                Attributes.builder().put("XZQDM", "310118").build());
    }

    private static Corridor corridor(String id, CorridorType type, String cls, String ref, String name, double... xy) {
        Coordinate[] c = new Coordinate[xy.length / 2];
        for (int i = 0; i < c.length; i++) {
            c[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        }
        return new Corridor(id, type, cls, ref, name, GF.createLineString(c),
                Attributes.builder().put("XZQDM", "310118").build());
    }

    private static Geometry polygonal(Geometry g) {
        List<Polygon> polygons = new ArrayList<>();
        for (Object p : PolygonExtracter.getPolygons(GeometryFixer.fix(g))) {
            polygons.add((Polygon) p);
        }
        return polygons.size() == 1 ? polygons.get(0) : GF.createMultiPolygon(polygons.toArray(new Polygon[0]));
    }

    private static double areaM2(Geometry g) {
        double metresPerDegreeLat = 110_950;
        double metresPerDegreeLon = 111_320 * Math.cos(Math.toRadians(31.13));
        return g.getArea() * metresPerDegreeLat * metresPerDegreeLon;
    }

    private static Geometry rect(double x0, double y0, double x1, double y1) {
        return GF.createPolygon(new Coordinate[] {new Coordinate(x0, y0), new Coordinate(x1, y0), new Coordinate(x1, y1),
            new Coordinate(x0, y1), new Coordinate(x0, y0)});
    }

    private static String sha256(byte[] bytes) throws Exception {
        return Sha256.of(bytes);
    }

    private static String note() {
        return "# 青浦区国土空间总体规划（2021—2035年）规划说明（示例）\n\n"
                + "本文件是 planex 示例数据包的附件，演示附件随规划数据包一起交换并以 SHA-256 校验。\n\n"
                + "- 行政区：上海市青浦区（310118）\n- 坐标系：CGCS2000 地理坐标（EPSG:4490）\n"
                + "- 用地用海分类：《国土空间调查、规划、用途管制用地用海分类指南》（2023）\n"
                + "- 三条控制线：生态保护红线（淀山湖）、永久基本农田、城镇开发边界（青浦新城）\n\n"
                + "几何图形为示意，不代表真实规划。\n";
    }

    private static String readme() {
        return "# Example: 青浦区 (Qingpu District, Shanghai) master plan package\n\n"
                + "A complete planex plan package as a folder: `plan.xml` (the core exchange schema, GML 3.2 geometry in\n"
                + "CGCS2000, EPSG:4490, latitude/longitude order in the file) and one attachment under `attachments/`.\n\n"
                + "- jurisdiction 310118 (GB/T 2260), county level, parent 310100, six declared neighbours;\n"
                + "- zones coded in the 2023 land/sea-use classification (`cn-ydyh-2023`), on a schematic grid clipped\n"
                + "  to a simplified district outline, with typed attributes (BSM integer, MJ decimal m2, RJL decimal or\n"
                + "  null, JZXG integer or null, SFJSYD boolean);\n"
                + "- the three control lines (ecological red line around Dianshan Lake, permanent basic farmland,\n"
                + "  urban development boundary) and a historic conservation area;\n"
                + "- facilities, among them a waste incineration plant with a 3,000 m impact radius;\n"
                + "- corridors: the G50 expressway, Metro line 17, a trunk road and a gas pipeline.\n\n"
                + "The geometry is illustrative, not the real plan. Try:\n\n"
                + "    ./planex info examples/qingpu-310118\n"
                + "    ./planex convert examples/qingpu-310118 -o /tmp/qingpu.planex.zip\n\n"
                + "Generated by `QingpuExample` (planex-cli tests); `ExampleTest` checks this copy is what it writes.\n";
    }
}
