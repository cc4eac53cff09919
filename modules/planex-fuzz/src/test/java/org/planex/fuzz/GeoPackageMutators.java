package org.planex.fuzz;

import static java.nio.ByteOrder.BIG_ENDIAN;
import static java.nio.ByteOrder.LITTLE_ENDIAN;

import java.nio.ByteOrder;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Breaks GeoPackages in place: the SQLite header (page size, page count, schema format, text encoding,
 * application id), truncation at page boundaries, flipped bits in B-tree pages, and the GeoPackage geometry
 * blobs (flags, SRS id, envelope, WKB byte order, geometry type and ring and point counts), and the plan
 * header JSON stored in the metadata.
 */
public final class GeoPackageMutators {

    private static final int[] HEADER_FIELDS = {16, 18, 19, 20, 21, 22, 23, 28, 32, 36, 40, 44, 48, 52, 56, 60, 64, 68};
    private static final byte[] GP_MAGIC = {'G', 'P', 0};
    private static final int[] WKB_TYPES = {0, 1, 2, 3, 4, 5, 6, 7, 8, 17, 1003, 2003, 3003, 0x80000003, 99, -1};

    private GeoPackageMutators() {
    }

    /** Every GeoPackage mutator. */
    public static List<Mutator> all() {
        return List.of(
                Mutator.onFile("gpkg-header-field", ".gpkg", (d, r) -> {
                    int at = HEADER_FIELDS[r.nextInt(HEADER_FIELDS.length)];
                    return at < 28 ? setByte(d, at, r) : Bytes.putInt(d, at, Bytes.hostileCount(r, 1), BIG_ENDIAN);
                }),
                Mutator.onFile("gpkg-page-size", ".gpkg", (d, r) -> Bytes.putShort(d, 16,
                        new int[] {0, 1, 512, 1000, 0xFFFF, 65536, 300}[r.nextInt(7)], BIG_ENDIAN)),
                Mutator.onFile("gpkg-magic", ".gpkg", (d, r) -> setByte(d, r.nextInt(16), r)),
                Mutator.onFile("gpkg-truncate-page", ".gpkg", (d, r) -> Bytes.truncate(d, pageSize(d)
                        * r.nextInt(Math.max(1, d.length / pageSize(d) + 1)) + (r.nextInt(4) == 0 ? r.nextInt(100) : 0))),
                Mutator.onFile("gpkg-page-bitflip", ".gpkg", (d, r) -> {
                    int pages = d.length / pageSize(d);
                    if (pages < 2) {
                        return Bytes.flipBits(d, r);
                    }
                    int page = pageSize(d) * (1 + r.nextInt(pages - 1));
                    int at = page + (r.nextBoolean() ? r.nextInt(12) : r.nextInt(pageSize(d)));
                    if (at < d.length) {
                        d[at] ^= (byte) (1 << r.nextInt(8));
                    }
                    return d;
                }),
                Mutator.onFile("gpkg-blob-flags", ".gpkg", (d, r) -> {
                    int gp = Bytes.pick(Bytes.find(d, GP_MAGIC), r, -1);
                    return gp < 0 ? d : setByte(d, gp + 3, r);
                }),
                Mutator.onFile("gpkg-blob-srs", ".gpkg", (d, r) -> {
                    int gp = Bytes.pick(Bytes.find(d, GP_MAGIC), r, -1);
                    return gp < 0 ? d : Bytes.putInt(d, gp + 4, Bytes.hostileCount(r, 4527), order(d, gp));
                }),
                Mutator.onFile("gpkg-blob-envelope", ".gpkg", (d, r) -> {
                    int gp = Bytes.pick(Bytes.find(d, GP_MAGIC), r, -1);
                    return gp < 0 ? d : Bytes.putDouble(d, gp + 8 + 8 * r.nextInt(4),
                            ShapefileMutators.hostileDouble(r), order(d, gp));
                }),
                Mutator.onFile("gpkg-wkb-type", ".gpkg", (d, r) -> {
                    int wkb = wkbStart(d, r);
                    return wkb < 0 ? d : Bytes.putInt(d, wkb + 1, WKB_TYPES[r.nextInt(WKB_TYPES.length)], wkbOrder(d, wkb));
                }),
                Mutator.onFile("gpkg-wkb-order", ".gpkg", (d, r) -> {
                    int wkb = wkbStart(d, r);
                    return wkb < 0 ? d : setByte(d, wkb, r);
                }),
                Mutator.onFile("gpkg-wkb-count", ".gpkg", (d, r) -> {
                    int wkb = wkbStart(d, r);
                    if (wkb < 0) {
                        return d;
                    }
                    int at = wkb + 5 + (r.nextInt(3) == 0 ? 9 : 0) + (r.nextInt(4) == 0 ? 4 : 0);
                    return Bytes.putInt(d, at, Bytes.hostileCount(r, Bytes.getInt(d, at, wkbOrder(d, wkb))),
                            wkbOrder(d, wkb));
                }),
                Mutator.onFile("gpkg-wkb-coordinate", ".gpkg", (d, r) -> {
                    int wkb = wkbStart(d, r);
                    return wkb < 0 ? d : Bytes.putDouble(d, wkb + 9 + 4 * r.nextInt(8),
                            ShapefileMutators.hostileDouble(r), wkbOrder(d, wkb));
                }),
                Mutator.onFile("gpkg-metadata-json", ".gpkg", (d, r) -> {
                    int json = Bytes.pick(Bytes.find(d, "{\""), r, -1);
                    if (json < 0) {
                        return d;
                    }
                    int at = json + r.nextInt(200);
                    if (r.nextBoolean()) {
                        return Bytes.badText(d, json, Math.min(d.length, json + 200), r);
                    }
                    if (at < d.length) {
                        d[at] = (byte) "{}[]\":,0x".charAt(r.nextInt(9));
                    }
                    return d;
                }),
                Mutator.onFile("gpkg-text-utf8", ".gpkg", (d, r) -> {
                    int at = Bytes.pick(Bytes.find(d, "规划"), r, -1);
                    return at < 0 ? d : Bytes.badText(d, at, at + 6, r);
                }));
    }

    private static byte[] setByte(byte[] d, int at, SplittableRandom r) {
        if (at < d.length) {
            d[at] = (byte) new int[] {0, 1, 2, 3, 0x7F, 0x80, 0xFF, r.nextInt(256)}[r.nextInt(8)];
        }
        return d;
    }

    private static int pageSize(byte[] d) {
        int size = Bytes.getShort(d, 16, BIG_ENDIAN);
        return size == 1 ? 65536 : Math.max(512, size);
    }

    private static ByteOrder order(byte[] d, int gp) {
        return gp + 3 < d.length && (d[gp + 3] & 1) == 1 ? LITTLE_ENDIAN : BIG_ENDIAN;
    }

    private static int wkbStart(byte[] d, SplittableRandom r) {
        int gp = Bytes.pick(Bytes.find(d, GP_MAGIC), r, -1);
        if (gp < 0 || gp + 3 >= d.length) {
            return -1;
        }
        int envelope = (d[gp + 3] >> 1) & 7;
        int[] sizes = {0, 32, 48, 48, 64};
        return gp + 8 + (envelope < sizes.length ? sizes[envelope] : 0);
    }

    private static ByteOrder wkbOrder(byte[] d, int wkb) {
        return wkb < d.length && d[wkb] == 1 ? LITTLE_ENDIAN : BIG_ENDIAN;
    }
}
