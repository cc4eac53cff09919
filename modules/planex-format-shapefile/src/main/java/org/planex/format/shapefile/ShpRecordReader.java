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
 * by walking the record headers from the first record to the declared end of the file.
 *
 * <p><b>Thread safety:</b> not thread-safe.
 */
final class ShpRecordReader implements Closeable {

    private final Location location;
    private final ChannelBlockReader shp;
    private final ChannelBlockReader shx;
    private final ShpHeader header;
    private final long end;
    private final long indexCount;
    private long ordinal;
    private long scanPosition = ShpHeader.LENGTH;
    private ByteBuffer content;

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
            this.header = h;
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

    /** The file header. */
    ShpHeader header() {
        return header;
    }

    /** Whether the records are located through a {@code .shx} index. */
    boolean indexed() {
        return shx != null;
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
                if (offset < ShpHeader.LENGTH || offset + 8 + length > shp.size()) {
                    throw corrupt(n, "the index points outside the .shp file (offset " + offset + ", length "
                            + length + ", file size " + shp.size() + ")");
                }
                content = readContent(n, offset, length);
            } else {
                if (scanPosition + 8 > end) {
                    return false;
                }
                ByteBuffer h = shp.read(scanPosition, 8, ByteOrder.BIG_ENDIAN);
                long length = (h.getInt(4) & 0xFFFFFFFFL) * 2;
                if (scanPosition + 8 + length > shp.size()) {
                    throw corrupt(n, "the record claims " + length + " bytes but the file ends after "
                            + (shp.size() - scanPosition - 8));
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
        if (length != indexLength || length < 4 || length > Integer.MAX_VALUE || offset + 8 + length > shp.size()) {
            throw corrupt(n, "the record length " + length + " does not match the index (" + indexLength
                    + ") or the file size (" + shp.size() + ")");
        }
        return shp.read(offset + 8, (int) length, ByteOrder.LITTLE_ENDIAN);
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
