package org.planex.testkit;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKBWriter;
import org.planex.model.AttributeType;
import org.planex.model.AttributeValue;
import org.planex.model.Attributes;
import org.planex.model.CrsRef;
import org.planex.model.layer.FieldDef;
import org.planex.model.layer.GeometryKind;
import org.planex.model.layer.LayerRecord;
import org.planex.model.layer.LayerSchema;
import org.planex.spi.Sha256;

/**
 * Seeded zone records for layered format plugins: CGCS2000 Gauss-Kruger coordinates (EPSG:4527, zone prefix
 * 40), Chinese text with quotes, tabs and newlines, every attribute type, typed nulls, mixed feature ids,
 * polygons with holes and multipolygons. Record {@code i} is the same for the same seed, so a test can
 * regenerate instead of storing; {@link Checksum} compares large datasets.
 *
 * <p><b>Thread safety:</b> instances are immutable; {@link Checksum} is not thread-safe.
 *
 * @since 0.1
 */
public final class SampleLayers {

    /** The layer name. */
    public static final String LAYER = "规划用地";
    /** The layer schema. */
    public static final LayerSchema SCHEMA = new LayerSchema(LAYER, GeometryKind.MULTIPOLYGON, List.of(
            new FieldDef("YDYHFLDM", AttributeType.STRING, 6, 0),
            new FieldDef("名称", AttributeType.STRING, 50, 0),
            new FieldDef("BSM", AttributeType.INTEGER, 10, 0),
            new FieldDef("RJL", AttributeType.DECIMAL, 10, 2),
            new FieldDef("KFQ", AttributeType.BOOLEAN, 0, 0),
            new FieldDef("PZRQ", AttributeType.DATE, 0, 0)), CrsRef.epsg(4527));

    private static final String[] CODES = {"070101", "0701", "080301", "1207", "1401", "0901"};
    private static final String[] NAMES = {"城镇住宅用地", "居住用地", "公园绿地", "商业用地", "Wan Chai \"湾仔\"", "混合\n用地\t\\"};

    private final GeometryFactory factory = new GeometryFactory();
    private final long seed;

    /** A generator for {@code seed}. */
    public SampleLayers(long seed) {
        this.seed = seed;
    }

    /** The record number {@code i} (1-based), the same for the same seed. */
    public LayerRecord record(long i) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
        Attributes.Builder a = Attributes.builder();
        a.put("YDYHFLDM", r.nextInt(20) == 0 ? AttributeValue.of((String) null) : AttributeValue.of(CODES[r.nextInt(CODES.length)]));
        a.put("名称", AttributeValue.of(NAMES[r.nextInt(NAMES.length)] + i));
        a.put("BSM", r.nextInt(15) == 0 ? new AttributeValue.Null(AttributeType.INTEGER)
                : AttributeValue.of(r.nextLong(-5_000_000_000L, 5_000_000_000L)));
        a.put("RJL", r.nextInt(15) == 0 ? AttributeValue.of((BigDecimal) null)
                : AttributeValue.of(BigDecimal.valueOf(r.nextLong(0, 100_000), r.nextInt(4))));
        a.put("KFQ", r.nextInt(15) == 0 ? new AttributeValue.Null(AttributeType.BOOLEAN) : AttributeValue.of(r.nextBoolean()));
        a.put("PZRQ", r.nextInt(15) == 0 ? AttributeValue.of((LocalDate) null)
                : AttributeValue.of(LocalDate.of(2000, 1, 1).plusDays(r.nextInt(9000))));
        String fid = r.nextInt(3) == 0 ? "ZONE-" + i : Long.toString(i);
        return new LayerRecord(LAYER, i, fid, geometry(r), a.build());
    }

    private Geometry geometry(SplittableRandom r) {
        double x = 40_500_000 + r.nextDouble() * 50_000;
        double y = 3_400_000 + r.nextDouble() * 50_000;
        int parts = r.nextInt(6) == 0 ? 2 : 1;
        Polygon[] polygons = new Polygon[parts];
        for (int p = 0; p < parts; p++) {
            polygons[p] = polygon(r, x + p * 500, y, r.nextInt(4) == 0);
        }
        return parts == 1 && r.nextBoolean() ? polygons[0] : factory.createMultiPolygon(polygons);
    }

    private Polygon polygon(SplittableRandom r, double x, double y, boolean hole) {
        int n = 4 + r.nextInt(5);
        Coordinate[] shell = new Coordinate[n + 1];
        for (int k = 0; k < n; k++) {
            double angle = 2 * Math.PI * k / n;
            double radius = 100 + r.nextDouble() * 100;
            shell[k] = new Coordinate(x + radius * Math.cos(angle), y + radius * Math.sin(angle));
        }
        shell[n] = shell[0].copy();
        LinearRing[] holes = hole ? new LinearRing[] {factory.createLinearRing(new Coordinate[] {
            new Coordinate(x - 10.125, y - 10.5), new Coordinate(x + 10.25, y - 10.5), new Coordinate(x, y + 10.75),
            new Coordinate(x - 10.125, y - 10.5)})} : new LinearRing[0];
        return factory.createPolygon(factory.createLinearRing(shell), holes);
    }

    /** A SHA-256 over records: fid, exact geometry (WKB) and every typed attribute value. */
    public static final class Checksum {
        private final Sha256 digest = new Sha256();
        private final WKBWriter wkb = new WKBWriter(2);
        private long count;

        /** An empty checksum. */
        public Checksum() {
        }

        /** Adds a record. */
        public void add(LayerRecord r) {
            count++;
            StringBuilder sb = new StringBuilder().append(r.fid()).append('|');
            for (Map.Entry<String, AttributeValue> e : r.attributes().asMap().entrySet()) {
                sb.append(e.getKey()).append('=').append(e.getValue().type()).append(':')
                        .append(e.getValue().lexical()).append('|');
            }
            digest.update(sb.toString().getBytes(StandardCharsets.UTF_8));
            if (r.geometry() != null) {
                digest.update(wkb.write(r.geometry()));
            }
        }

        /** How many records were added. */
        public long count() {
            return count;
        }

        /** The SHA-256 as hex; the checksum cannot be used afterwards. */
        public String hex() {
            return digest.hex();
        }
    }
}
