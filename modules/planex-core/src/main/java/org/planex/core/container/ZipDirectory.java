package org.planex.core.container;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the central directory of a ZIP file without trusting it: names, sizes and the Unix file type of
 * each entry, so that links and absurd sizes can be refused before any entry is read. {@link
 * java.util.zip.ZipFile} does not expose the file type.
 */
final class ZipDirectory {

    private static final int EOCD = 0x06054b50;
    private static final int ZIP64_EOCD_LOCATOR = 0x07064b50;
    private static final int ZIP64_EOCD = 0x06064b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int UNIX_HOST = 3;
    private static final int S_IFMT = 0170000;
    private static final int S_IFLNK = 0120000;

    /** One entry of the central directory. */
    record Entry(String name, long compressedSize, long size, boolean link) {
    }

    private ZipDirectory() {
    }

    /**
     * Reads the central directory.
     *
     * @param maxEntries stop with an error past this many entries
     * @throws IOException if there is no valid central directory (truncated or not a ZIP)
     */
    static List<Entry> read(Path file, int maxEntries) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            int tail = (int) Math.min(size, 65_557);
            ByteBuffer end = read(ch, size - tail, tail);
            int eocd = -1;
            for (int i = tail - 22; i >= 0; i--) {
                if (end.getInt(i) == EOCD) {
                    eocd = i;
                    break;
                }
            }
            if (eocd < 0) {
                throw new IOException("no end of central directory: the ZIP is truncated or not a ZIP");
            }
            long count = end.getShort(eocd + 10) & 0xFFFF;
            long cdSize = end.getInt(eocd + 12) & 0xFFFFFFFFL;
            long cdOffset = end.getInt(eocd + 16) & 0xFFFFFFFFL;
            if (count == 0xFFFF || cdOffset == 0xFFFFFFFFL || cdSize == 0xFFFFFFFFL) {
                long[] z = zip64(ch, size - tail + eocd);
                count = z[0];
                cdSize = z[1];
                cdOffset = z[2];
            }
            if (count > maxEntries) {
                throw new LimitException("the ZIP has " + count + " entries, more than the limit of " + maxEntries);
            }
            if (cdOffset + cdSize > size || cdSize > Integer.MAX_VALUE) {
                throw new IOException("the central directory lies outside the file: the ZIP is truncated");
            }
            ByteBuffer cd = read(ch, cdOffset, (int) cdSize);
            return entries(cd, count);
        }
    }

    private static long[] zip64(FileChannel ch, long eocdPos) throws IOException {
        if (eocdPos < 20) {
            throw new IOException("ZIP64 locator missing: the ZIP is truncated");
        }
        ByteBuffer loc = read(ch, eocdPos - 20, 20);
        if (loc.getInt(0) != ZIP64_EOCD_LOCATOR) {
            throw new IOException("ZIP64 locator missing: the ZIP is truncated");
        }
        long recordPos = loc.getLong(8);
        ByteBuffer rec = read(ch, recordPos, 56);
        if (rec.getInt(0) != ZIP64_EOCD) {
            throw new IOException("ZIP64 end record missing: the ZIP is truncated");
        }
        return new long[] {rec.getLong(32), rec.getLong(40), rec.getLong(48)};
    }

    private static List<Entry> entries(ByteBuffer cd, long count) throws IOException {
        List<Entry> out = new ArrayList<>((int) Math.min(count, 10_000));
        int p = 0;
        for (long i = 0; i < count; i++) {
            if (p + 46 > cd.limit() || cd.getInt(p) != CENTRAL) {
                throw new IOException("central directory entry " + (i + 1) + " is damaged");
            }
            int madeBy = (cd.getShort(p + 4) & 0xFFFF) >>> 8;
            long csize = cd.getInt(p + 20) & 0xFFFFFFFFL;
            long usize = cd.getInt(p + 24) & 0xFFFFFFFFL;
            int nameLen = cd.getShort(p + 28) & 0xFFFF;
            int extraLen = cd.getShort(p + 30) & 0xFFFF;
            int commentLen = cd.getShort(p + 32) & 0xFFFF;
            long external = cd.getInt(p + 38) & 0xFFFFFFFFL;
            if (p + 46 + nameLen + extraLen > cd.limit()) {
                throw new IOException("central directory entry " + (i + 1) + " is damaged");
            }
            byte[] name = new byte[nameLen];
            cd.get(p + 46, name);
            if (usize == 0xFFFFFFFFL || csize == 0xFFFFFFFFL) {
                long[] sizes = zip64Sizes(cd, p + 46 + nameLen, extraLen, usize, csize);
                usize = sizes[0];
                csize = sizes[1];
            }
            boolean link = madeBy == UNIX_HOST && ((external >>> 16) & S_IFMT) == S_IFLNK;
            out.add(new Entry(new String(name, StandardCharsets.UTF_8), csize, usize, link));
            p += 46 + nameLen + extraLen + commentLen;
        }
        return out;
    }

    private static long[] zip64Sizes(ByteBuffer cd, int start, int len, long usize, long csize) {
        int p = start;
        while (p + 4 <= start + len) {
            int id = cd.getShort(p) & 0xFFFF;
            int size = cd.getShort(p + 2) & 0xFFFF;
            if (id == 0x0001) {
                int q = p + 4;
                long u = usize;
                long c = csize;
                if (usize == 0xFFFFFFFFL && q + 8 <= p + 4 + size) {
                    u = cd.getLong(q);
                    q += 8;
                }
                if (csize == 0xFFFFFFFFL && q + 8 <= p + 4 + size) {
                    c = cd.getLong(q);
                }
                return new long[] {u, c};
            }
            p += 4 + size;
        }
        return new long[] {usize, csize};
    }

    private static ByteBuffer read(FileChannel ch, long pos, int len) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(len).order(ByteOrder.LITTLE_ENDIAN);
        while (b.hasRemaining()) {
            if (ch.read(b, pos + b.position()) < 0) {
                throw new IOException("unexpected end of file: the ZIP is truncated");
            }
        }
        return b.flip();
    }

    /** A limit of {@link PackageLimits} was exceeded. */
    static final class LimitException extends IOException {
        private static final long serialVersionUID = 1L;

        LimitException(String message) {
            super(message);
        }
    }
}
