package org.planex.validate.examples;

import static org.planex.validate.examples.ExampleBuilder.line;
import static org.planex.validate.examples.ExampleBuilder.point;
import static org.planex.validate.examples.ExampleBuilder.poly;
import static org.planex.validate.examples.ExampleBuilder.rect;

import java.nio.file.Path;
import java.util.List;
import org.planex.model.AdminLevel;
import org.planex.model.Classification;
import org.planex.model.ControlKind;
import org.planex.model.CorridorType;
import org.planex.model.CrsRef;
import org.planex.model.Neighbour;
import org.planex.model.PlanType;

/**
 * Generates {@code examples/yrd-demo-zone}: schematic detailed plans of the three jurisdictions of the Yangtze
 * River Delta Ecological Green Integrated Development Demonstration Zone — 青浦 310118 (Shanghai, EPSG:4490),
 * 吴江 320509 (Jiangsu, EPSG:4549) and 嘉善 330421 (Zhejiang, EPSG:4490) — with defects injected at known
 * sizes ({@link #DEFECTS}). Built in EPSG:4549 metres from the origin (562 000, 3 430 500), about 120.65E 31.0N:
 * 吴江 x 0–20 km, 青浦 x 20–40 km (y 0–20 km), 嘉善 south of both (y −15–0 km), 1 km zones.
 * Run {@link #main} from the repository root to regenerate.
 */
public final class YrdDemoExample {

    static final String FOLDER = "yrd-demo-zone";
    static final CrsRef FRAME = CrsRef.epsg(4549);
    static final double X0 = 562_000;
    static final double Y0 = 3_430_500;

    /** The defects injected on purpose, as the validator must report them. */
    static final List<ExpectedIssue> DEFECTS = List.of(
            new ExpectedIssue("BORDER.GAP", List.of(), "area_m2", 30 * 500),
            new ExpectedIssue("BORDER.SLIVER", List.of(), "area_m2", 1.5 * 800),
            new ExpectedIssue("XB.ZONE_CONFLICT", List.of("QP-HEAVY-1", "JS-ZN-0591"), "distance_m", 0),
            new ExpectedIssue("XB.ZONE_CONFLICT", List.of("QP-HEAVY-1", "JS-ZN-0592"), "distance_m", 0),
            new ExpectedIssue("XB.CONTROL_DISCONTINUITY", List.of("QP-ERL-2"), "length_m", 3000),
            new ExpectedIssue("XB.CORRIDOR_DISCONNECTED", List.of("WJ-ROAD-7", "JS-ROAD-7"), "distance_m", 40),
            new ExpectedIssue("XB.NIMBY_PROXIMITY", List.of("WJ-WASTE-1", "JS-ZN-0575"), "distance_m", 1500));

    private YrdDemoExample() {
    }

    /** Writes the example under {@code args[0]} (default {@code examples}). */
    public static void main(String[] args) throws Exception {
        write(Path.of(args.length > 0 ? args[0] : "examples").resolve(FOLDER));
    }

    static void write(Path folder) throws Exception {
        qingpu(folder.resolve("qingpu"));
        wujiang(folder.resolve("wujiang"));
        jiashan(folder.resolve("jiashan"));
    }

    private static void qingpu(Path folder) throws Exception {
        ExampleBuilder b = new ExampleBuilder(FRAME, X0, Y0, poly(20_000, 0, 40_000, 0, 40_000, 20_000, 20_000, 20_000,
                20_000, 15_800, 19_998.5, 15_800, 19_998.5, 15_000, 20_000, 15_000,
                20_000, 12_500, 20_030, 12_500, 20_030, 12_000, 20_000, 12_000), "QP");
        for (double y = 4_000; y < 7_000; y += 1_000) {
            b.cell(20_000, y, "0301").cell(21_000, y, "0301");
        }
        for (double y = 17_000; y < 19_000; y += 1_000) {
            b.cell(20_000, y, "0301").cell(21_000, y, "0301");
        }
        b.cell(30_000, 0, "").cell(31_000, 0, "");
        b.grid(20_000, 0, 40_000, 20_000, 1_000, "0101")
                .zone("QP-HEAVY-1", "100103", "三类工业用地（示例）", rect(30_000, 0, 32_000, 1_000))
                .control("QP-ERL-1", ControlKind.ECOLOGICAL_RED_LINE, "淀山湖生态保护红线", rect(20_000, 17_000, 22_000, 19_000))
                .control("QP-ERL-2", ControlKind.ECOLOGICAL_RED_LINE, "太浦河生态保护红线（示例）", rect(20_000, 4_000, 22_000, 7_000))
                .corridor("QP-G50", CorridorType.ROAD, "expressway", "G50", "G50沪渝高速", line(20_000, 8_000, 40_000, 8_000))
                .corridor("QP-ROAD-3", CorridorType.ROAD, "arterial", "QJ-3", "青嘉公路（示例）",
                        line(35_000, 10_000, 35_000, 0))
                .facility("QP-SEWAGE-1", "sewage-treatment", "sewage", 500.0, "青浦第二污水处理厂（示例）",
                        point(38_000, 18_000));
        b.write(folder, "CN-310118-YRD-2035", ExampleBuilder.jurisdiction("310118", "青浦区", "Qingpu District",
                AdminLevel.COUNTY, "310100"),
                ExampleBuilder.plan("310118-KG-YRD", "青浦区示范区先行启动区控制性详细规划（示例）", PlanType.DETAILED,
                        "上海市青浦区人民政府"),
                CrsRef.CGCS2000, new Classification("cn-ydyh-2023", "2023"),
                List.of(new Neighbour("320509", "GB/T 2260", "吴江区"), new Neighbour("330421", "GB/T 2260", "嘉善县")),
                readme("青浦区 (Qingpu District, Shanghai) 310118", "EPSG:4490 (CGCS2000 geographic)",
                        "- its western border with 吴江 is pulled back 30 m over 500 m (a **gap** of 15,000 m2) and pushed"
                                + " 1.5 m into 吴江 over 800 m (an **overlap sliver** of 1,200 m2);\n"
                                + "- heavy industry `QP-HEAVY-1` (100103 三类工业用地) faces homes and a school in 嘉善 across"
                                + " their border;\n"
                                + "- the ecological red line `QP-ERL-2` meets the 吴江 border over 3 km, where 吴江 plans"
                                + " farmland.\n"));
    }

    private static void wujiang(Path folder) throws Exception {
        ExampleBuilder b = new ExampleBuilder(FRAME, X0, Y0, rect(0, 0, 20_000, 20_000), "WJ");
        for (double y = 17_000; y < 19_000; y += 1_000) {
            b.cell(18_000, y, "0301").cell(19_000, y, "0301");
        }
        b.grid(0, 0, 20_000, 20_000, 1_000, "0101")
                .control("WJ-ERL-1", ControlKind.ECOLOGICAL_RED_LINE, "淀山湖生态保护红线（吴江段）",
                        rect(18_000, 17_000, 20_000, 19_000))
                .corridor("WJ-G50", CorridorType.ROAD, "expressway", "G50", "G50沪渝高速", line(0, 8_000, 20_000, 8_000))
                .corridor("WJ-ROAD-7", CorridorType.ROAD, "arterial", "WJ-7", "汾湖大道（示例）", line(10_000, 10_000, 10_000, 0))
                .facility("WJ-WASTE-1", "waste-incineration", "waste", 2_000.0, "吴江垃圾焚烧发电厂（示例）",
                        point(15_000, 1_500));
        b.write(folder, "CN-320509-YRD-2035", ExampleBuilder.jurisdiction("320509", "吴江区", "Wujiang District",
                AdminLevel.COUNTY, "320500"),
                ExampleBuilder.plan("320509-KG-YRD", "吴江区示范区控制性详细规划（示例）", PlanType.DETAILED, "苏州市吴江区人民政府"),
                CrsRef.epsg(4549), new Classification("cn-ydyh-2023", "2023"),
                List.of(new Neighbour("310118", "GB/T 2260", "青浦区"), new Neighbour("330421", "GB/T 2260", "嘉善县")),
                readme("吴江区 (Wujiang District, Suzhou, Jiangsu) 320509",
                        "EPSG:4549 (CGCS2000 / 3-degree Gauss-Kruger CM 120E)",
                        "- its arterial road `WJ-ROAD-7` reaches the 嘉善 border 40 m west of its continuation `JS-ROAD-7`;\n"
                                + "- its waste incineration plant `WJ-WASTE-1` has an impact radius of 2,000 m that reaches"
                                + " homes in 嘉善 1,500 m away across the border.\n"));
    }

    private static void jiashan(Path folder) throws Exception {
        ExampleBuilder b = new ExampleBuilder(FRAME, X0, Y0, rect(0, -15_000, 40_000, 0), "JS");
        b.cell(30_000, -1_000, "070102").cell(31_000, -1_000, "080403")
                .cell(29_000, -1_000, "110101").cell(32_000, -1_000, "110101").cell(14_000, -1_000, "070102");
        b.grid(0, -15_000, 40_000, 0, 1_000, "0101")
                .corridor("JS-ROAD-7", CorridorType.ROAD, "arterial", "WJ-7", "汾湖大道嘉善段（示例）",
                        line(10_040, 0, 10_040, -10_000))
                .corridor("JS-ROAD-3", CorridorType.ROAD, "arterial", "QJ-3", "青嘉公路嘉善段（示例）",
                        line(35_000, 0, 35_000, -10_000));
        b.write(folder, "CN-330421-YRD-2035", ExampleBuilder.jurisdiction("330421", "嘉善县", "Jiashan County",
                AdminLevel.COUNTY, "330400"),
                ExampleBuilder.plan("330421-KG-YRD", "嘉善县示范区控制性详细规划（示例）", PlanType.DETAILED, "嘉善县人民政府"),
                CrsRef.CGCS2000, new Classification("cn-ydyh-2023", "2023"),
                List.of(new Neighbour("310118", "GB/T 2260", "青浦区"), new Neighbour("320509", "GB/T 2260", "吴江区")),
                readme("嘉善县 (Jiashan County, Jiaxing, Zhejiang) 330421", "EPSG:4490 (CGCS2000 geographic)",
                        "- nothing is wrong in 嘉善 itself; its homes (`JS-ZN-0591`, 070102) and school (`JS-ZN-0592`,"
                                + " 080403) face 青浦's heavy industry, and its homes `JS-ZN-0575` lie within the impact"
                                + " radius of 吴江's waste plant.\n"));
    }

    private static String readme(String who, String crs, String defects) {
        return "# " + who + " — part of the YRD demonstration zone example\n\n"
                + "A planex package (folder with `plan.xml`) of a schematic detailed plan, in " + crs + ", coded in the"
                + " 2023 land/sea-use classification (`cn-ydyh-2023`). The geometry is illustrative, not the real plan.\n\n"
                + "Wrong on purpose, to be found by `planex validate` with its neighbours:\n\n" + defects
                + "\nSee `../README.md` for the whole example and `../expected-report.json` for the expected report.\n";
    }
}
