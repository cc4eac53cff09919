package org.planex.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.planex.model.AdminLevel;
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

/**
 * Seeded generators of realistic plans: a header for 青浦区 (310118) and a stream of features of every kind,
 * laid out on a grid in the given CRS, with every attribute type, typed nulls, Chinese text, polygons with
 * holes and multi-geometries. The same seed gives the same plan, so tests can regenerate instead of storing.
 *
 * <p><b>Thread safety:</b> instances are not thread-safe; iterators are independent.
 *
 * @since 0.1
 */
public final class SamplePlans {

    private static final String[] CODES = {"070101", "070102", "0801", "0802", "0901", "100101", "100102", "1101",
        "1202", "1401", "1402", "0101", "0301", "1701"};
    private static final String[] NAMES = {"一类城镇住宅用地", "二类城镇住宅用地", "机关团体用地", "科研用地",
        "商业用地", "一类工业用地", "二类工业用地", "物流仓储用地", "公路用地", "公园绿地", "防护绿地", "水田",
        "乔木林地", "河流水面"};

    private final GeometryFactory factory;
    private final CrsRef crs;
    private final double originX;
    private final double originY;
    private final double cell;

    private SamplePlans(GeometryFactory factory, CrsRef crs, double originX, double originY, double cell) {
        this.factory = factory;
        this.crs = crs;
        this.originX = originX;
        this.originY = originY;
        this.cell = cell;
    }

    /** Samples in EPSG:4490 near Qingpu (121.1 E, 31.15 N), cells of about 100 m. */
    public static SamplePlans geographic() {
        return new SamplePlans(new GeometryFactory(), CrsRef.CGCS2000, 121.0, 31.1, 0.001);
    }

    /** Samples in EPSG:4549 (CGCS2000 3-degree GK, CM 120E, no zone prefix) near Qingpu, cells of 100 m. */
    public static SamplePlans projected() {
        return new SamplePlans(new GeometryFactory(), CrsRef.epsg(4549), 595000.0, 3445000.0, 100.0);
    }

    /** The CRS of the samples. */
    public CrsRef crs() {
        return crs;
    }

    /** A fully populated header (every optional field set) with a boundary around {@code count} cells. */
    public PlanHeader header(String packageId, long count) {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("zh", "青浦区");
        names.put("en", "Qingpu District");
        Jurisdiction j = new Jurisdiction("310118", "GB/T 2260", names, AdminLevel.COUNTY, "310100");
        PlanInfo plan = new PlanInfo("QP-GTKJ-2021-2035", "上海市青浦区国土空间总体规划（2021—2035年）", PlanType.MASTER,
                PlanStatus.APPROVED, "上海市人民政府", LocalDate.of(2024, 1, 18), "沪府〔2024〕5号",
                LocalDate.of(2021, 1, 1), LocalDate.of(2035, 12, 31));
        List<Neighbour> neighbours = List.of(new Neighbour("320509", "GB/T 2260", "吴江区"),
                new Neighbour("330421", "GB/T 2260", "嘉善县"));
        int side = side(count);
        Geometry boundary = rectangle(0, 0, side, side);
        return new PlanHeader(packageId, PlanHeader.CURRENT_SCHEMA_VERSION, "planex testkit", j, plan, crs,
                new Classification("cn-ydyh-2023", "2023"), neighbours, boundary, List.of());
    }

    /** {@code count} features, mostly zones, some of every other kind, from the given seed. */
    public Iterator<PlanFeature> features(long count, long seed) {
        return new Iterator<>() {
            private final Random random = new Random(seed);
            private final int side = side(count);
            private long i;

            @Override
            public boolean hasNext() {
                return i < count;
            }

            @Override
            public PlanFeature next() {
                if (i >= count) {
                    throw new NoSuchElementException();
                }
                long n = i++;
                return feature(n, (int) (n % side), (int) (n / side), random);
            }
        };
    }

    /** All of {@link #features(long, long)} in a list, for small counts. */
    public List<PlanFeature> featureList(int count, long seed) {
        List<PlanFeature> out = new ArrayList<>(count);
        features(count, seed).forEachRemaining(out::add);
        return out;
    }

    private static int side(long count) {
        return (int) Math.max(1, Math.ceil(Math.sqrt(count)));
    }

    private PlanFeature feature(long n, int col, int row, Random random) {
        String id = "F" + n;
        Attributes attributes = attributes(n, random);
        switch ((int) (n % 20)) {
            case 7:
                return new ControlArea(id, n % 3 == 0 ? ControlKind.ECOLOGICAL_RED_LINE
                        : n % 3 == 1 ? ControlKind.PERMANENT_BASIC_FARMLAND : new ControlKind("water-source"),
                        "管控区" + n, cellPolygon(col, row, random, false), attributes);
            case 13:
                return new Facility(id, n % 2 == 0 ? "school" : "waste-incineration",
                        n % 2 == 0 ? null : "waste", n % 2 == 0 ? null : 1500.5, "设施" + n,
                        factory.createPoint(new Coordinate(x(col + 0.5), y(row + 0.5))), attributes);
            case 17:
                return new Corridor(id, CorridorType.values()[(int) (n % CorridorType.values().length)],
                        n % 2 == 0 ? "expressway" : null, n % 4 == 1 ? "XB-" + n : null, "通道" + n,
                        factory.createLineString(new Coordinate[] {new Coordinate(x(col), y(row + 0.5)),
                            new Coordinate(x(col + 0.5), y(row + 0.6)), new Coordinate(x(col + 1), y(row + 0.5))}),
                        attributes);
            default:
                int c = random.nextInt(CODES.length);
                return new Zone(id, CODES[c], n % 5 == 0 ? null : NAMES[c],
                        cellPolygon(col, row, random, n % 11 == 0), attributes);
        }
    }

    private Attributes attributes(long n, Random random) {
        Attributes.Builder b = Attributes.builder();
        b.put("BSM", AttributeValue.of(n + 1));
        b.put("XZQMC", n % 9 == 0 ? "青浦区 \"朱家角镇\" & <练塘镇>" : "青浦区");
        b.put("MJ", AttributeValue.of(BigDecimal.valueOf(random.nextInt(100_000_000), 2)));
        b.put("RJL", n % 6 == 0 ? new AttributeValue.Null(AttributeType.DECIMAL)
                : AttributeValue.of(new BigDecimal("1." + (n % 100))));
        b.put("SFJS", AttributeValue.of(n % 2 == 0));
        b.put("PZRQ", n % 7 == 0 ? new AttributeValue.Null(AttributeType.DATE)
                : AttributeValue.of(LocalDate.of(2020, 1, 1).plusDays(n % 3000)));
        b.put("BZ", n % 4 == 0 ? new AttributeValue.Null(AttributeType.STRING) : AttributeValue.of("备注 " + n));
        b.put("GD", n % 8 == 0 ? new AttributeValue.Null(AttributeType.INTEGER)
                : AttributeValue.of(random.nextInt(200) - 20));
        return b.build();
    }

    private Polygon cellPolygon(int col, int row, Random random, boolean hole) {
        int vertices = 8 + random.nextInt(9);
        Coordinate[] shell = new Coordinate[vertices + 1];
        double cx = col + 0.5;
        double cy = row + 0.5;
        for (int k = 0; k < vertices; k++) {
            double a = 2 * Math.PI * k / vertices;
            double r = 0.35 + random.nextDouble() * 0.1;
            shell[k] = new Coordinate(x(cx + r * Math.cos(a)), y(cy + r * Math.sin(a)));
        }
        shell[vertices] = new Coordinate(shell[0]);
        LinearRing[] holes = new LinearRing[0];
        if (hole) {
            holes = new LinearRing[] {factory.createLinearRing(new Coordinate[] {
                new Coordinate(x(cx - 0.1), y(cy - 0.1)), new Coordinate(x(cx - 0.1), y(cy + 0.1)),
                new Coordinate(x(cx + 0.1), y(cy + 0.1)), new Coordinate(x(cx + 0.1), y(cy - 0.1)),
                new Coordinate(x(cx - 0.1), y(cy - 0.1))})};
        }
        return factory.createPolygon(factory.createLinearRing(shell), holes);
    }

    private Polygon rectangle(double c0, double r0, double c1, double r1) {
        return factory.createPolygon(new Coordinate[] {new Coordinate(x(c0), y(r0)), new Coordinate(x(c1), y(r0)),
            new Coordinate(x(c1), y(r1)), new Coordinate(x(c0), y(r1)), new Coordinate(x(c0), y(r0))});
    }

    private double x(double col) {
        return originX + col * cell;
    }

    private double y(double row) {
        return originY + row * cell;
    }
}
