package org.planex.validate.examples;

import static org.planex.validate.examples.ExampleBuilder.poly;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.planex.model.AdminLevel;
import org.planex.model.Classification;
import org.planex.model.CrsRef;
import org.planex.model.Jurisdiction;
import org.planex.model.Neighbour;
import org.planex.model.PlanType;

/**
 * Generates {@code examples/shenzhen-hongkong}: schematic plans on both banks of the Shenzhen River, 深圳
 * (440300, 2023 codes, EPSG:4526 CGCS2000 3-degree Gauss-Kruger zone 38, eastings with the zone prefix) and
 * Hong Kong (OZP codes, EPSG:2326 HK 1980 Grid). Built in EPSG:4547 metres from (505 000, 2 491 000), about
 * 114.05E 22.51N; the river is the same line in both, so the border matches once both are reprojected, and one
 * defect is injected: heavy industry facing an R(A) zone across the river.
 */
public final class ShenzhenHongKongExample {

    static final String FOLDER = "shenzhen-hongkong";
    static final CrsRef FRAME = CrsRef.epsg(4547);

    /** The defects injected on purpose. */
    static final List<ExpectedIssue> DEFECTS = List.of(
            new ExpectedIssue("XB.ZONE_CONFLICT", List.of("SZ-HEAVY-1", "HK-ZN-0057"), "distance_m", 0));

    private static final double[] RIVER = {0, 0, 2_000, 300, 4_000, -200, 6_000, 400, 8_000, 0, 10_000, 200};

    private ShenzhenHongKongExample() {
    }

    /** Writes the example under {@code args[0]} (default {@code examples}). */
    public static void main(String[] args) throws Exception {
        write(Path.of(args.length > 0 ? args[0] : "examples").resolve(FOLDER));
    }

    static void write(Path folder) throws Exception {
        double[] north = concat(RIVER, 10_000, 6_000, 0, 6_000);
        double[] south = concat(RIVER, 10_000, -6_000, 0, -6_000);
        ExampleBuilder sz = new ExampleBuilder(FRAME, 505_000, 2_491_000, poly(north), "SZ");
        sz.cell(6_000, 0, "");
        sz.grid(0, -1_000, 10_000, 6_000, 1_000, "1401")
                .zone("SZ-HEAVY-1", "100103", "三类工业用地（示例）",
                        poly(north).intersection(ExampleBuilder.rect(6_000, -1_000, 7_000, 1_000)));
        sz.write(folder.resolve("shenzhen"), "CN-440300-SZR-2035", new Jurisdiction("440300", "GB/T 2260",
                names("深圳市", "Shenzhen"), AdminLevel.MUNICIPAL, "440000"),
                ExampleBuilder.plan("440300-KG-SZR", "深圳河沿岸片区详细规划（示例）", PlanType.DETAILED, "深圳市人民政府"),
                CrsRef.epsg(4526), new Classification("cn-ydyh-2023", "2023"),
                List.of(new Neighbour("HK", "ISO 3166-1", "Hong Kong")),
                "# 深圳 (Shenzhen) 440300 — part of the Shenzhen–Hong Kong example\n\n"
                        + "A planex package of a schematic detailed plan along the Shenzhen River, in EPSG:4526 (CGCS2000 /"
                        + " 3-degree Gauss-Kruger zone 38, eastings with the zone prefix 38), coded in `cn-ydyh-2023`.\n\n"
                        + "Wrong on purpose: heavy industry `SZ-HEAVY-1` (100103) faces the R(A) zone `HK-ZN-0057` across"
                        + " the river. Everything else, the border line included, matches Hong Kong.\n");
        ExampleBuilder hk = new ExampleBuilder(FRAME, 505_000, 2_491_000, poly(south), "HK");
        hk.cell(6_000, -1_000, "R(A)").cell(5_000, -1_000, "OS").cell(7_000, -1_000, "OS");
        hk.grid(0, -6_000, 10_000, 0, 1_000, "GB");
        hk.write(folder.resolve("hongkong"), "HK-OZP-SZR", new Jurisdiction("HK", "ISO 3166-1",
                names("香港", "Hong Kong"), AdminLevel.SPECIAL_ADMINISTRATIVE_REGION, null),
                ExampleBuilder.plan("S/NE-SZR/1", "Shenzhen River Outline Zoning Plan (example)", PlanType.ZONING,
                        "Town Planning Board"),
                CrsRef.epsg(2326), new Classification("hk-ozp", null),
                List.of(new Neighbour("440300", "GB/T 2260", "深圳市")),
                "# Hong Kong — part of the Shenzhen–Hong Kong example\n\n"
                        + "A planex package of a schematic Outline Zoning Plan along the Shenzhen River, in EPSG:2326 (HK"
                        + " 1980 Grid), coded in OZP zones (`hk-ozp`: GB, R(A), OS).\n\n"
                        + "Nothing is wrong in Hong Kong itself; its R(A) zone `HK-ZN-0057` faces Shenzhen's heavy industry"
                        + " across the river. Its open storage (OS) zones beside it are compatible with heavy industry.\n");
    }

    private static Map<String, String> names(String zh, String en) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("zh", zh);
        m.put("en", en);
        return m;
    }

    private static double[] concat(double[] a, double... b) {
        double[] out = new double[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
