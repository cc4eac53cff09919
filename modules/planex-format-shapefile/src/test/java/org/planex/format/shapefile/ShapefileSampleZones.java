package org.planex.format.shapefile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.planex.model.AttributeType;
import org.planex.model.AttributeValue;
import org.planex.model.Attributes;
import org.planex.model.CrsRef;
import org.planex.model.layer.FieldDef;
import org.planex.model.layer.GeometryKind;
import org.planex.model.layer.LayerRecord;
import org.planex.model.layer.LayerSchema;

/**
 * Seeded generator of zoning layers: polygons (some with a hole, some multi-part) in CGCS2000 3-degree GK
 * CM 120E coordinates, with Chinese text, integers, decimals, booleans, dates and typed nulls.
 */
final class ShapefileSampleZones {

    static final LayerSchema SCHEMA = new LayerSchema("用地规划", GeometryKind.MULTIPOLYGON, List.of(
            new FieldDef("BSM", AttributeType.INTEGER, 10, 0),
            new FieldDef("YDYHFLDM", AttributeType.STRING, 8, 0),
            new FieldDef("YDYHFLMC", AttributeType.STRING, 30, 0),
            new FieldDef("容积率", AttributeType.DECIMAL, 8, 2),
            new FieldDef("MJ", AttributeType.DECIMAL, 0, 0),
            new FieldDef("SFJBNT", AttributeType.BOOLEAN, 0, 0),
            new FieldDef("PZRQ", AttributeType.DATE, 0, 0),
            new FieldDef("PlanningAuthorityName", AttributeType.STRING, 20, 0)), CrsRef.epsg(4549));

    private static final String[] NAMES = {"城镇住宅用地", "商业服务业用地", "公园绿地", "一类工业用地", "永久基本农田",
        "河流水面", "社会停车场用地", "乡村道路用地"};
    private static final String[] CODES = {"070101", "0901", "1401", "100101", "0103", "1701", "120803", "060102"};

    private final Random random;
    private final GeometryFactory factory = new GeometryFactory();

    ShapefileSampleZones(long seed) {
        this.random = new Random(seed);
    }

    /** Record {@code i} (1-based). */
    LayerRecord next(long i) {
        int k = random.nextInt(NAMES.length);
        Attributes.Builder a = Attributes.builder();
        a.put("BSM", AttributeValue.of(i));
        a.put("YDYHFLDM", AttributeValue.of(CODES[k]));
        a.put("YDYHFLMC", random.nextInt(20) == 0 ? new AttributeValue.Null(AttributeType.STRING)
                : AttributeValue.of(NAMES[k] + "（第" + i % 97 + "片区）"));
        a.put("容积率", random.nextInt(10) == 0 ? new AttributeValue.Null(AttributeType.DECIMAL)
                : AttributeValue.of(BigDecimal.valueOf(random.nextInt(500), 2)));
        a.put("MJ", AttributeValue.of(BigDecimal.valueOf(random.nextLong() % 100_000_000, random.nextInt(4))));
        a.put("SFJBNT", random.nextInt(10) == 0 ? new AttributeValue.Null(AttributeType.BOOLEAN)
                : AttributeValue.of(random.nextBoolean()));
        a.put("PZRQ", random.nextInt(10) == 0 ? new AttributeValue.Null(AttributeType.DATE)
                : AttributeValue.of(LocalDate.of(2000 + random.nextInt(30), 1 + random.nextInt(12),
                        1 + random.nextInt(28))));
        a.put("PlanningAuthorityName", AttributeValue.of("苏州市吴江区自然资源和规划局"));
        return new LayerRecord(SCHEMA.name(), i, null, geometry(i), a.build());
    }

    private Geometry geometry(long i) {
        double x = 500_000 + (i % 1000) * 120.0;
        double y = 3_420_000 + (i / 1000) * 120.0;
        int shape = random.nextInt(10);
        if (shape == 0) {
            return factory.createMultiPolygon(new org.locationtech.jts.geom.Polygon[] {
                square(x, y, 40, null), square(x + 60, y, 40, null)});
        }
        return square(x, y, 50 + random.nextInt(50), shape == 1 ? new double[] {x + 10, y + 10, 20} : null);
    }

    private org.locationtech.jts.geom.Polygon square(double x, double y, double size, double[] hole) {
        LinearRing shell = ring(x, y, size, random.nextBoolean());
        LinearRing[] holes = hole == null ? new LinearRing[0]
                : new LinearRing[] {ring(hole[0], hole[1], hole[2], random.nextBoolean())};
        return factory.createPolygon(shell, holes);
    }

    private LinearRing ring(double x, double y, double size, boolean clockwise) {
        Coordinate[] c = {new Coordinate(x, y), new Coordinate(x + size, y), new Coordinate(x + size, y + size),
            new Coordinate(x, y + size), new Coordinate(x, y)};
        if (clockwise) {
            Collections.reverse(Arrays.asList(c));
        }
        return factory.createLinearRing(c);
    }
}
