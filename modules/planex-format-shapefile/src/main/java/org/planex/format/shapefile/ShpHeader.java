package org.planex.format.shapefile;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The 100-byte header shared by {@code .shp} and {@code .shx} files.
 *
 * @param fileLength the file length in bytes, as declared (the file stores 16-bit words)
 * @param shapeType the shape type code
 * @param minX the bounding box
 * @param minY the bounding box
 * @param maxX the bounding box
 * @param maxY the bounding box
 * @since 0.1
 */
record ShpHeader(long fileLength, int shapeType, double minX, double minY, double maxX, double maxY) {

    /** The header length in bytes. */
    static final int LENGTH = 100;
    /** The file code at offset 0 (big endian). */
    static final int FILE_CODE = 9994;
    /** The version at offset 28 (little endian). */
    static final int VERSION = 1000;

    /** Whether the first bytes carry the magic file code and version. */
    static boolean hasMagic(ByteBuffer head) {
        if (head.remaining() < 32) {
            return false;
        }
        int p = head.position();
        return head.order(ByteOrder.BIG_ENDIAN).getInt(p) == FILE_CODE
                && head.order(ByteOrder.LITTLE_ENDIAN).getInt(p + 28) == VERSION;
    }

    /**
     * Reads a header.
     *
     * @param b 100 bytes
     * @return the header, or {@code null} when the magic numbers are wrong
     */
    static ShpHeader read(ByteBuffer b) {
        if (!hasMagic(b)) {
            return null;
        }
        int p = b.position();
        long words = b.order(ByteOrder.BIG_ENDIAN).getInt(p + 24) & 0xFFFFFFFFL;
        b.order(ByteOrder.LITTLE_ENDIAN);
        return new ShpHeader(words * 2, b.getInt(p + 32), b.getDouble(p + 36), b.getDouble(p + 44),
                b.getDouble(p + 52), b.getDouble(p + 60));
    }

    /**
     * Writes a header with the given file length, type and bounds: minX, minY, maxX, maxY and optionally minZ,
     * maxZ; missing ranges are written as zero.
     */
    static void write(ByteBuffer b, long fileLength, int shapeType, double[] bbox) {
        b.order(ByteOrder.BIG_ENDIAN).putInt(FILE_CODE);
        for (int i = 0; i < 5; i++) {
            b.putInt(0);
        }
        b.putInt((int) (fileLength / 2));
        b.order(ByteOrder.LITTLE_ENDIAN).putInt(VERSION).putInt(shapeType);
        for (double d : bbox) {
            b.putDouble(d);
        }
        for (int i = bbox.length; i < 8; i++) {
            b.putDouble(0);
        }
    }
}
