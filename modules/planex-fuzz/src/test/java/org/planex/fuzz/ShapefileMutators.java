package org.planex.fuzz;

import static java.nio.ByteOrder.BIG_ENDIAN;
import static java.nio.ByteOrder.LITTLE_ENDIAN;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Breaks shapefile sets: the .shp header and records (lengths, shape types, part and point counts, part
 * indexes, coordinates), the .shx index, the .dbf header and field descriptors, record values in invalid GBK,
 * the .cpg and .prj sidecars, truncation at every record boundary, and missing members.
 */
public final class ShapefileMutators {

    private static final int SHP_HEADER = 100;
    private static final int[] SHAPE_TYPES = {0, 1, 3, 5, 8, 11, 13, 15, 18, 21, 23, 25, 28, 31, 2, 99, -1, 0x7FFFFFFF};
    private static final String FIELD_TYPES = "CNFLDMGBIT@+OY0X\0 ";
    private static final String[] CPG = {"", "UTF-8", "NO-SUCH-CHARSET", "65001", "GBK\u0000", "x".repeat(5000), "936",
        "\uFEFFUTF-8", "ISO-2022-CN"};
    private static final String[] PRJ = {"", "PROJCS[", "GEOGCS[\"x\",DATUM[\"y\",SPHEROID[\"z\",0,0]]]",
        "[".repeat(100_000), "PROJCS[\"a\",GEOGCS[\"b\"],PARAMETER[\"c\",1e9999],UNIT[\"m\",-0]]",
        "\u0000\u0000\u0000"};

    private ShapefileMutators() {
    }

    /** Every shapefile mutator. */
    public static List<Mutator> all() {
        List<Mutator> m = new ArrayList<>();
        m.add(Mutator.onFile("shp-bitflip", ".shp", Bytes::flipBits));
        m.add(Mutator.onFile("shx-bitflip", ".shx", Bytes::flipBits));
        m.add(Mutator.onFile("dbf-bitflip", ".dbf", Bytes::flipBits));
        m.add(Mutator.onFile("shp-truncate-record", ".shp", (d, r) -> Bytes.truncate(d, pickBoundary(shpRecords(d), r)
                + (r.nextInt(3) == 0 ? r.nextInt(-8, 9) : 0))));
        m.add(Mutator.onFile("shx-truncate", ".shx", (d, r) -> Bytes.truncate(d, SHP_HEADER + 8 * r.nextInt(-2, 20)
                + (r.nextBoolean() ? 0 : r.nextInt(8)))));
        m.add(Mutator.onFile("dbf-truncate-record", ".dbf", (d, r) -> Bytes.truncate(d, dbfHeaderLength(d)
                + dbfRecordLength(d) * r.nextInt(-1, 20) + (r.nextInt(3) == 0 ? r.nextInt(-4, 5) : 0))));
        m.add(Mutator.onFile("shp-file-length", ".shp", (d, r) -> Bytes.putInt(d, 24,
                Bytes.hostileCount(r, d.length / 2), BIG_ENDIAN)));
        m.add(Mutator.onFile("shp-file-code", ".shp", (d, r) -> Bytes.putInt(d, 0, r.nextInt(), BIG_ENDIAN)));
        m.add(Mutator.onFile("shp-header-type", ".shp", (d, r) -> Bytes.putInt(d, 32, shapeType(r), LITTLE_ENDIAN)));
        m.add(Mutator.onFile("shp-header-bbox", ".shp", (d, r) -> Bytes.putDouble(d, 36 + 8 * r.nextInt(8),
                hostileDouble(r), LITTLE_ENDIAN)));
        m.add(Mutator.onFile("shp-record-length", ".shp", (d, r) -> {
            int at = pickRecord(d, r);
            return Bytes.putInt(d, at + 4, Bytes.hostileCount(r, Bytes.getInt(d, at + 4, BIG_ENDIAN)), BIG_ENDIAN);
        }));
        m.add(Mutator.onFile("shp-record-number", ".shp", (d, r) -> Bytes.putInt(d, pickRecord(d, r),
                Bytes.hostileCount(r, 1), BIG_ENDIAN)));
        m.add(Mutator.onFile("shp-record-type", ".shp", (d, r) -> Bytes.putInt(d, pickRecord(d, r) + 8, shapeType(r),
                LITTLE_ENDIAN)));
        m.add(Mutator.onFile("shp-part-count", ".shp", (d, r) -> {
            int at = pickRecord(d, r) + 8 + 36 + (r.nextBoolean() ? 0 : 4);
            return Bytes.putInt(d, at, Bytes.hostileCount(r, Bytes.getInt(d, at, LITTLE_ENDIAN)), LITTLE_ENDIAN);
        }));
        m.add(Mutator.onFile("shp-part-index", ".shp", (d, r) -> {
            int at = pickRecord(d, r) + 8;
            int parts = Math.max(1, Math.min(8, Bytes.getInt(d, at + 36, LITTLE_ENDIAN)));
            return Bytes.putInt(d, at + 44 + 4 * r.nextInt(parts), Bytes.hostileCount(r, 4), LITTLE_ENDIAN);
        }));
        m.add(Mutator.onFile("shp-coordinate", ".shp", (d, r) -> {
            int at = pickRecord(d, r) + 12 + 8 * r.nextInt(12);
            return Bytes.putDouble(d, at, hostileDouble(r), LITTLE_ENDIAN);
        }));
        m.add(Mutator.onFile("shx-entry", ".shx", (d, r) -> Bytes.putInt(d, SHP_HEADER + 8 * r.nextInt(16)
                + (r.nextBoolean() ? 0 : 4), Bytes.hostileCount(r, 50), BIG_ENDIAN)));
        m.add(Mutator.onFile("dbf-record-count", ".dbf", (d, r) -> Bytes.putInt(d, 4,
                Bytes.hostileCount(r, Bytes.getInt(d, 4, LITTLE_ENDIAN)), LITTLE_ENDIAN)));
        m.add(Mutator.onFile("dbf-header-length", ".dbf", (d, r) -> Bytes.putShort(d, 8,
                Bytes.hostileCount(r, dbfHeaderLength(d)), LITTLE_ENDIAN)));
        m.add(Mutator.onFile("dbf-record-length", ".dbf", (d, r) -> Bytes.putShort(d, 10,
                Bytes.hostileCount(r, dbfRecordLength(d)), LITTLE_ENDIAN)));
        m.add(Mutator.onFile("dbf-version-driver", ".dbf", (d, r) -> {
            d[r.nextBoolean() ? 0 : 29] = (byte) r.nextInt(256);
            return d;
        }));
        m.add(Mutator.onFile("dbf-field-length", ".dbf", (d, r) -> setFieldByte(d, r, 16, r.nextBoolean() ? 0
                : r.nextInt(256))));
        m.add(Mutator.onFile("dbf-field-decimals", ".dbf", (d, r) -> setFieldByte(d, r, 17, r.nextInt(256))));
        m.add(Mutator.onFile("dbf-field-type", ".dbf", (d, r) -> setFieldByte(d, r, 11,
                FIELD_TYPES.charAt(r.nextInt(FIELD_TYPES.length())))));
        m.add(Mutator.onFile("dbf-field-name", ".dbf", (d, r) -> {
            int field = 32 + 32 * r.nextInt(Math.max(1, fieldCount(d)));
            return r.nextBoolean() ? Bytes.badText(d, field, field + 11, r) : fill(d, field, 11, (byte) 'A');
        }));
        m.add(Mutator.onFile("dbf-terminator", ".dbf", (d, r) -> {
            int end = dbfHeaderLength(d) - 1;
            if (end > 0 && end < d.length) {
                d[end] = (byte) r.nextInt(256);
            }
            return d;
        }));
        m.add(Mutator.onFile("dbf-bad-gbk", ".dbf", (d, r) -> Bytes.badText(d, dbfHeaderLength(d), d.length, r)));
        m.add(Mutator.onFile("dbf-value-garbage", ".dbf", (d, r) -> {
            int from = dbfHeaderLength(d);
            if (from >= d.length) {
                return d;
            }
            String junk = "-.eE9*? TtFf?\u0000";
            for (int i = 0, n = 1 + r.nextInt(6); i < n; i++) {
                d[from + r.nextInt(d.length - from)] = (byte) junk.charAt(r.nextInt(junk.length()));
            }
            return d;
        }));
        m.add(Mutator.of("cpg-garbage", (s, r) -> sidecar(s, r, ".cpg", CPG)));
        m.add(Mutator.of("prj-garbage", (s, r) -> sidecar(s, r, ".prj", PRJ)));
        m.add(Mutator.of("member-missing", (s, r) -> {
            List<String> names = new ArrayList<>(s.files().keySet());
            return names.isEmpty() ? s : s.with(names.get(r.nextInt(names.size())), null);
        }));
        return m;
    }

    private static SeedFiles sidecar(SeedFiles seed, SplittableRandom r, String suffix, String[] contents) {
        List<String> shps = seed.namesEndingWith(".shp");
        if (shps.isEmpty()) {
            return seed;
        }
        String shp = shps.get(r.nextInt(shps.size()));
        String name = shp.substring(0, shp.length() - 4) + suffix;
        return seed.with(name, contents[r.nextInt(contents.length)].getBytes(StandardCharsets.UTF_8));
    }

    private static List<Integer> shpRecords(byte[] d) {
        List<Integer> starts = new ArrayList<>();
        int at = SHP_HEADER;
        while (at + 8 <= d.length && starts.size() < 10_000) {
            starts.add(at);
            int words = Bytes.getInt(d, at + 4, BIG_ENDIAN);
            if (words <= 0) {
                break;
            }
            at += 8 + 2 * words;
        }
        starts.add(Math.min(at, d.length));
        return starts;
    }

    private static int pickBoundary(List<Integer> boundaries, SplittableRandom r) {
        return r.nextInt(4) == 0 ? r.nextInt(SHP_HEADER + 1) : boundaries.get(r.nextInt(boundaries.size()));
    }

    private static int pickRecord(byte[] d, SplittableRandom r) {
        List<Integer> starts = shpRecords(d);
        return starts.size() <= 1 ? SHP_HEADER : starts.get(r.nextInt(starts.size() - 1));
    }

    private static int shapeType(SplittableRandom r) {
        return SHAPE_TYPES[r.nextInt(SHAPE_TYPES.length)];
    }

    static double hostileDouble(SplittableRandom r) {
        double[] values = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MAX_VALUE,
            -Double.MAX_VALUE, Double.MIN_VALUE, 0, -0.0, 1e300};
        return values[r.nextInt(values.length)];
    }

    private static int dbfHeaderLength(byte[] d) {
        return Bytes.getShort(d, 8, LITTLE_ENDIAN);
    }

    private static int dbfRecordLength(byte[] d) {
        return Bytes.getShort(d, 10, LITTLE_ENDIAN);
    }

    private static int fieldCount(byte[] d) {
        return Math.max(0, (Math.min(dbfHeaderLength(d), d.length) - 33) / 32);
    }

    private static byte[] setFieldByte(byte[] d, SplittableRandom r, int offset, int value) {
        int at = 32 + 32 * r.nextInt(Math.max(1, fieldCount(d))) + offset;
        if (at < d.length) {
            d[at] = (byte) value;
        }
        return d;
    }

    private static byte[] fill(byte[] d, int from, int length, byte value) {
        for (int i = from; i < Math.min(d.length, from + length); i++) {
            d[i] = value;
        }
        return d;
    }
}
