package org.planex.format.shapefile;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;

/**
 * Streams the records of a {@code .shp} file one at a time. With a {@code .shx} index the records are located
 * through it (which also reads files with gaps between records); without one the index is rebuilt on the fly
 * by walking the record headers from the first record to the declared end of the file; bytes at the end
 * that do not form a record are left out and reported by {@link #trailingBytes()}. A record whose length in
 * the {@code .shp} disagrees with the {@code .shx} is read with the length that fits the file (the
 * {@code .shp} first), as GDAL does.
 *
 * <p><b>Thread safety:</b> not thread-safe.
 */
final class ShpRecordReader implements Closeable {

    /** The largest record planex reads (256 MiB, some 16 million points), so a corrupt length cannot exhaust memory. */
    static final long MAX_RECORD_BYTES = 256L << 20;

    private final Location location;
    private final ChannelBlockReader shp;
    private final ChannelBlockReader shx;
    private final long end;
    private final long indexCount;
    private long ordinal;
    private long scanPosition = ShpHeader.LENGTH;
    private ByteBuffer content;
    private long trailing;

    /**
     * Opens the files and reads the header.
     *
     * @param shpFile the {@code .shp} file
     * @param shxFile the {@code .shx} file, or {@code null} to rebuild the index from the {@code .shp}
     * @param location the location of the {@code .shp} for errors
     * @throws PlanexException if the header is not a shapefile header
     */
    ShpRecordReader(Path shpFile, Path shxFile, Location location) throws PlanexException {
        this.location = location;
        ChannelBlockReader main = null;
        ChannelBlockReader index = null;
        try {
            main = new ChannelBlockReader(shpFile);
            if (main.size() < ShpHeader.LENGTH) {
                throw PlanexException.unreadable(location, "not a shapefile: the file has " + main.size()
                        + " bytes, shorter than the 100-byte header", null);
            }
            ShpHeader h = ShpHeader.read(main.read(0, ShpHeader.LENGTH, ByteOrder.BIG_ENDIAN));
            if (h == null) {
                throw PlanexException.unreadable(location,
                        "not a shapefile: the header lacks file code 9994 and version 1000", null);
            }
            if (ShapeType.fromCode(h.shapeType()) == null) {
                throw PlanexException.unreadable(location, "unsupported shape type " + h.shapeType()
                        + " in the header (planex reads points, multipoints, polylines and polygons)", null);
            }
            long count = -1;
            if (shxFile != null) {
                index = new ChannelBlockReader(shxFile);
                ShpHeader ih = index.size() >= ShpHeader.LENGTH
                        ? ShpHeader.read(index.read(0, ShpHeader.LENGTH, ByteOrder.BIG_ENDIAN)) : null;
                if (ih == null) {
                    throw PlanexException.unreadable(location.withEntry(shxFile.getFileName().toString()),
                            "the .shx index is not a shapefile index (bad header); delete it to have it rebuilt",
                            null);
                }
                count = (Math.min(ih.fileLength(), index.size()) - ShpHeader.LENGTH) / 8;
            }
            this.shp = main;
            this.shx = index;
            this.indexCount = Math.max(count, -1);
            this.end = h.fileLength() > ShpHeader.LENGTH ? Math.min(h.fileLength(), main.size()) : main.size();
        } catch (IOException e) {
            closeQuietly(main);
            closeQuietly(index);
            if (e instanceof PlanexException p) {
                throw p;
            }
            throw PlanexException.unreadable(location, "cannot read: " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Closeable c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException ignored) {
                // closing a read-only channel after a failure: nothing to recover
            }
        }
    }

    /** The 1-based number of the current record. */
    long recordNumber() {
        return ordinal;
    }

    /** The content of the current record (little endian, positioned at the shape type), valid until next(). */
    ByteBuffer content() {
        return content;
    }

    /**
     * Moves to the next record.
     *
     * @return {@code false} at the end
     * @throws PlanexException if the record header or index entry is corrupt; the location names the record
     */
    boolean next() throws PlanexException {
        long n = ordinal + 1;
        try {
            if (shx != null) {
                if (n > indexCount) {
                    return false;
                }
                ByteBuffer e = shx.read(ShpHeader.LENGTH + (n - 1) * 8, 8, ByteOrder.BIG_ENDIAN);
                long offset = (e.getInt(0) & 0xFFFFFFFFL) * 2;
                long length = (e.getInt(4) & 0xFFFFFFFFL) * 2;
                if (offset < ShpHeader.LENGTH || offset + 8 > shp.size()) {
                    throw corrupt(n, "the index points outside the .shp file (offset " + offset + ", file size "
                            + shp.size() + ")");
                }
                content = readContent(n, offset, length);
            } else {
                if (scanPosition + 8 > end) {
                    return false;
                }
                ByteBuffer h = shp.read(scanPosition, 8, ByteOrder.BIG_ENDIAN);
                long length = (h.getInt(4) & 0xFFFFFFFFL) * 2;
                if (length < 4 || scanPosition + 8 + length > shp.size()) {
                    trailing = end - scanPosition;
                    return false;
                }
                content = readContent(n, scanPosition, length);
                scanPosition += 8 + length;
            }
        } catch (PlanexException e) {
            throw e;
        } catch (IOException e) {
            throw corrupt(n, e.getMessage());
        }
        ordinal = n;
        return true;
    }

    private ByteBuffer readContent(long n, long offset, long indexLength) throws IOException {
        ByteBuffer h = shp.read(offset, 8, ByteOrder.BIG_ENDIAN);
        long length = (h.getInt(4) & 0xFFFFFFFFL) * 2;
        if (!fits(offset, length)) {
            if (!fits(offset, indexLength)) {
                throw corrupt(n, "the record length " + length + " (index: " + indexLength
                        + ") does not fit the file of " + shp.size() + " bytes");
            }
            length = indexLength;
        }
        if (length > MAX_RECORD_BYTES) {
            throw corrupt(n, "the record has " + length + " bytes, more than the " + MAX_RECORD_BYTES
                    + " planex reads in one shape");
        }
        return shp.read(offset + 8, (int) length, ByteOrder.LITTLE_ENDIAN);
    }

    private boolean fits(long offset, long length) {
        return length >= 4 && length <= Integer.MAX_VALUE && offset + 8 + length <= shp.size();
    }

    /**
     * The number of bytes after the last record that did not form a record when the index was rebuilt
     * (0 when none, or when reading through a {@code .shx}); known once {@link #next()} returned false.
     */
    long trailingBytes() {
        return trailing;
    }

    private PlanexException corrupt(long n, String why) {
        return PlanexException.unreadable(location.atRecord(n), "corrupt shape record: " + why, null);
    }

    @Override
    public void close() throws IOException {
        closeQuietly(shx);
        shp.close();
    }
}
