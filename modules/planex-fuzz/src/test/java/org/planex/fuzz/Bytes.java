package org.planex.fuzz;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Byte-level building blocks every format's mutators share: bit flips, truncation, integer fields overwritten
 * with hostile values, splices of invalid text encodings, and searches for markers.
 */
public final class Bytes {

    /** Invalid UTF-8 sequences and byte pairs that are not GBK: lone continuation bytes, overlongs, halves. */
    private static final byte[][] BAD_TEXT = {
        {(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xFF, (byte) 0xFE},
        {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0x81}, {(byte) 0xA1, 0x7F},
        {(byte) 0xE4, (byte) 0xB8}, {0}};

    private Bytes() {
    }

    /** A hostile value for a count or length field: 0, -1, negative, just past the data, or huge. */
    public static long hostileCount(SplittableRandom random, long actual) {
        long[] values = {0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, 0xFFFF, 0x7FFF, actual + 1, actual * 2 + 1,
            actual - 1, 1L << 28, 0xFFFFFFFFL};
        return values[random.nextInt(values.length)];
    }

    /** Flips 1 to 8 random bits. */
    public static byte[] flipBits(byte[] data, SplittableRandom random) {
        if (data.length == 0) {
            return data;
        }
        int n = 1 + random.nextInt(8);
        for (int i = 0; i < n; i++) {
            data[random.nextInt(data.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return data;
    }

    /** The first {@code length} bytes (clamped to the data). */
    public static byte[] truncate(byte[] data, int length) {
        return Arrays.copyOf(data, Math.max(0, Math.min(length, data.length)));
    }

    /** Overwrites a 32-bit integer at {@code offset} if it fits. */
    public static byte[] putInt(byte[] data, int offset, long value, ByteOrder order) {
        if (offset >= 0 && offset + 4 <= data.length) {
            ByteBuffer.wrap(data).order(order).putInt(offset, (int) value);
        }
        return data;
    }

    /** Overwrites a 16-bit integer at {@code offset} if it fits. */
    public static byte[] putShort(byte[] data, int offset, long value, ByteOrder order) {
        if (offset >= 0 && offset + 2 <= data.length) {
            ByteBuffer.wrap(data).order(order).putShort(offset, (short) value);
        }
        return data;
    }

    /** Overwrites a 64-bit float at {@code offset} if it fits. */
    public static byte[] putDouble(byte[] data, int offset, double value, ByteOrder order) {
        if (offset >= 0 && offset + 8 <= data.length) {
            ByteBuffer.wrap(data).order(order).putDouble(offset, value);
        }
        return data;
    }

    /** Reads a 32-bit integer, or 0 past the end. */
    public static int getInt(byte[] data, int offset, ByteOrder order) {
        return offset >= 0 && offset + 4 <= data.length ? ByteBuffer.wrap(data).order(order).getInt(offset) : 0;
    }

    /** Reads an unsigned 16-bit integer, or 0 past the end. */
    public static int getShort(byte[] data, int offset, ByteOrder order) {
        return offset >= 0 && offset + 2 <= data.length ? ByteBuffer.wrap(data).order(order).getShort(offset) & 0xFFFF : 0;
    }

    /** Overwrites bytes at a random offset in {@code [from, to)} with an invalid text sequence, keeping the length. */
    public static byte[] badText(byte[] data, int from, int to, SplittableRandom random) {
        byte[] bad = BAD_TEXT[random.nextInt(BAD_TEXT.length)];
        int span = Math.min(to, data.length) - bad.length - from;
        if (span <= 0) {
            return data;
        }
        System.arraycopy(bad, 0, data, from + random.nextInt(span), bad.length);
        return data;
    }

    /** Replaces {@code [from, to)} with {@code insert}. */
    public static byte[] splice(byte[] data, int from, int to, byte[] insert) {
        int a = Math.max(0, Math.min(from, data.length));
        int b = Math.max(a, Math.min(to, data.length));
        byte[] out = new byte[a + insert.length + data.length - b];
        System.arraycopy(data, 0, out, 0, a);
        System.arraycopy(insert, 0, out, a, insert.length);
        System.arraycopy(data, b, out, a + insert.length, data.length - b);
        return out;
    }

    /** Every offset where {@code marker} starts. */
    public static List<Integer> find(byte[] data, byte[] marker) {
        List<Integer> hits = new ArrayList<>();
        outer:
        for (int i = 0; i + marker.length <= data.length; i++) {
            for (int k = 0; k < marker.length; k++) {
                if (data[i + k] != marker[k]) {
                    continue outer;
                }
            }
            hits.add(i);
        }
        return hits;
    }

    /** Every offset where the ASCII text {@code marker} starts. */
    public static List<Integer> find(byte[] data, String marker) {
        return find(data, marker.getBytes(StandardCharsets.UTF_8));
    }

    /** A random element of a non-empty list, or {@code fallback} for an empty one. */
    public static int pick(List<Integer> offsets, SplittableRandom random, int fallback) {
        return offsets.isEmpty() ? fallback : offsets.get(random.nextInt(offsets.size()));
    }
}
