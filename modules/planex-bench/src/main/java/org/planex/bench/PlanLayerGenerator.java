package org.planex.bench;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.planex.format.shapefile.ShapefileFormatProvider;
import org.planex.model.AttributeType;
import org.planex.model.AttributeValue;
import org.planex.model.Attributes;
import org.planex.model.CrsRef;
import org.planex.model.layer.FieldDef;
import org.planex.model.layer.GeometryKind;
import org.planex.model.layer.LayerRecord;
import org.planex.model.layer.LayerSchema;
import org.planex.spi.FormatOptions;
import org.planex.spi.LayerSink;
import org.planex.spi.LayerWriter;
import org.planex.spi.PlanexException;
import org.planex.spi.WarningListener;
import org.planex.spi.WriteContext;

/**
 * Generates a realistic plan layer for the whole-process benchmark: a GBK shapefile {@code zones} of land-use
 * zones on a grid in CGCS2000 / 3-degree Gauss-Kruger CM 120E (EPSG:4549) around Wujiang, each a simple polygon
 * of 8 to 16 vertices with a 2023 land-use code, its Chinese name and Chinese, integer and decimal attributes,
 * and a shapefile {@code boundary} with the one jurisdiction polygon (an XZQ layer). The output depends only on
 * the count and the seed. Written through planex's own shapefile writer.
 *
 * <p>Usage: {@code PlanLayerGenerator FOLDER [COUNT] [SEED]} (COUNT defaults to 1,000,000, SEED to 20230701).
 *
 * <p><b>Thread safety:</b> one thread at a time.
 */
public final class PlanLayerGenerator {

    /** The land-use codes (2023 classification) and their names, drawn uniformly. */
    static final List<Map.Entry<String, String>> CODES = List.of(
            Map.entry("0101", "水田"), Map.entry("0103", "旱地"), Map.entry("0201", "果园"),
            Map.entry("0301", "乔木林地"), Map.entry("070101", "一类城镇住宅用地"),
            Map.entry("070102", "二类城镇住宅用地"), Map.entry("070301", "一类农村宅基地"),
            Map.entry("0801", "机关团体用地"), Map.entry("080403", "中小学用地"),
            Map.entry("080601", "医院用地"), Map.entry("090101", "零售商业用地"),
            Map.entry("0902", "商务金融用地"), Map.entry("100101", "一类工业用地"),
            Map.entry("100102", "二类工业用地"), Map.entry("110101", "一类物流仓储用地"),
            Map.entry("1207", "城镇村道路用地"), Map.entry("1401", "公园绿地"));

    private static final String[] NOTES = {"规划保留", "规划新增", "近期实施", "远期预留", "城市更新单元",
        "存量用地盘活"};
    private static final String[] TOWNS = {"松陵街道", "同里镇", "平望镇", "盛泽镇", "七都镇", "震泽镇", "桃源镇",
        "黎里镇"};
    private static final CrsRef CRS = CrsRef.epsg(4549);
    private static final double X0 = 540_000;
    private static final double Y0 = 3_410_000;
    private static final double CELL = 40;
    private static final int COLUMNS = 1000;

    private final GeometryFactory factory = new GeometryFactory(new PrecisionModel(1000), CRS.epsg());
    private final long count;
    private final long seed;

    /** A generator of {@code count} zones from {@code seed}. */
    public PlanLayerGenerator(long count, long seed) {
        this.count = count;
        this.seed = seed;
    }

    /** The schema of the zones layer. */
    public static LayerSchema zonesSchema() {
        return new LayerSchema("zones", GeometryKind.POLYGON, List.of(
                new FieldDef("id", AttributeType.STRING, 16, 0),
                new FieldDef("code", AttributeType.STRING, 8, 0),
                new FieldDef("name", AttributeType.STRING, 40, 0),
                new FieldDef("BSM", AttributeType.INTEGER, 10, 0),
                new FieldDef("XZQDM", AttributeType.STRING, 12, 0),
                new FieldDef("XZQMC", AttributeType.STRING, 40, 0),
                new FieldDef("YSDM", AttributeType.STRING, 10, 0),
                new FieldDef("MJ", AttributeType.DECIMAL, 16, 2),
                new FieldDef("RJL", AttributeType.DECIMAL, 6, 2),
                new FieldDef("BZ", AttributeType.STRING, 60, 0)), CRS);
    }

    /**
     * Writes {@code zones.shp} and {@code boundary.shp} (with .shx, .dbf, .prj, .cpg) into {@code folder}.
     *
     * @throws PlanexException if the folder cannot be written
     */
    public void write(Path folder) throws PlanexException {
        FormatOptions options = FormatOptions.parse(new ShapefileFormatProvider().descriptor().options(),
                Map.of("encoding", "GBK"));
        try (LayerWriter writer = new ShapefileFormatProvider().openLayerWriter(
                new WriteContext(folder, options, WarningListener.IGNORE))) {
            LayerSink zones = writer.createLayer(zonesSchema());
            SplittableRandom random = new SplittableRandom(seed);
            for (long i = 0; i < count; i++) {
                zones.write(zone(i, random));
            }
            LayerSink boundary = writer.createLayer(new LayerSchema("boundary", GeometryKind.POLYGON, List.of(
                    new FieldDef("jur_code", AttributeType.STRING, 12, 0),
                    new FieldDef("jur_name", AttributeType.STRING, 40, 0)), CRS));
            boundary.write(new LayerRecord("boundary", 0, "1", boundary(), Attributes.builder(2)
                    .put("jur_code", "320509").put("jur_name", "吴江区").build()));
            writer.finish();
        }
    }

    /** The zone record number {@code i} (from 0), drawing its shape and values from {@code random}. */
    public LayerRecord zone(long i, SplittableRandom random) {
        long col = i % COLUMNS;
        long row = i / COLUMNS;
        double cx = X0 + (col + 0.5) * CELL;
        double cy = Y0 + (row + 0.5) * CELL;
        int n = 8 + random.nextInt(9);
        Coordinate[] ring = new Coordinate[n + 1];
        for (int k = 0; k < n; k++) {
            double angle = 2 * Math.PI * (k + 0.8 * random.nextDouble() - 0.4) / n;
            double radius = CELL * (0.3 + 0.17 * random.nextDouble());
            ring[k] = new Coordinate(round(cx + radius * Math.cos(angle)), round(cy + radius * Math.sin(angle)));
        }
        ring[n] = ring[0].copy();
        Geometry polygon = factory.createPolygon(ring);
        Map.Entry<String, String> code = CODES.get(random.nextInt(CODES.size()));
        String id = String.format("Z%09d", i + 1);
        Attributes attributes = Attributes.builder(10)
                .put("id", id)
                .put("code", code.getKey())
                .put("name", code.getValue())
                .put("BSM", i + 1)
                .put("XZQDM", "320509" + String.format("%03d", 100 + random.nextInt(TOWNS.length)))
                .put("XZQMC", "吴江区" + TOWNS[random.nextInt(TOWNS.length)])
                .put("YSDM", "2090020100")
                .put("MJ", AttributeValue.of(BigDecimal.valueOf(Math.round(polygon.getArea() * 100), 2)))
                .put("RJL", AttributeValue.of(BigDecimal.valueOf(50 + random.nextInt(300), 2)))
                .put("BZ", NOTES[random.nextInt(NOTES.length)] + "，地块" + (i % 997) + "号")
                .build();
        return new LayerRecord("zones", i, id, polygon, attributes);
    }

    private Geometry boundary() {
        long rows = (count + COLUMNS - 1) / COLUMNS;
        double w = COLUMNS * CELL;
        double h = Math.max(1, rows) * CELL;
        return factory.createPolygon(new Coordinate[] {new Coordinate(X0, Y0), new Coordinate(X0 + w, Y0),
            new Coordinate(X0 + w, Y0 + h), new Coordinate(X0, Y0 + h), new Coordinate(X0, Y0)});
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /**
     * Runs the generator.
     *
     * @param args FOLDER [COUNT] [SEED]
     * @throws PlanexException if the folder cannot be written
     */
    public static void main(String[] args) throws PlanexException {
        if (args.length < 1) {
            System.err.println("usage: PlanLayerGenerator FOLDER [COUNT] [SEED]");
            System.exit(2);
        }
        long count = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000L;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20230701L;
        long start = System.nanoTime();
        new PlanLayerGenerator(count, seed).write(Path.of(args[0]));
        System.out.printf("wrote %,d zones to %s in %.1f s%n", count, args[0], (System.nanoTime() - start) / 1e9);
    }
}
