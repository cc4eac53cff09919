package org.planex.format.shapefile;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Writes a {@code .shp} file and its {@code .shx} index record by record through buffered channels; the
 * headers (file lengths, shape type, bounds) are written by {@link #finish(ShapeType)}.
 *
 * <p><b>Thread safety:</b> not thread-safe.
 */
final class ShpWriter implements Closeable {

    /** The largest file the 32-bit word offsets of a shapefile can address. */
    static final long MAX_FILE_BYTES = 0xFFFFFFFFL * 2;

    private final FileChannel shp;
    private final FileChannel shx;
    private final ByteBuffer shpOut = ByteBuffer.allocate(1 << 20);
    private final ByteBuffer shxOut = ByteBuffer.allocate(1 << 16);
    private final Envelope bounds = new Envelope();
    private double minZ = Double.POSITIVE_INFINITY;
    private double maxZ = Double.NEGATIVE_INFINITY;
    private long shpLength = ShpHeader.LENGTH;
    private int records;

    /** Creates the two files (replacing existing ones) and reserves their headers. */
    ShpWriter(Path shpFile, Path shxFile) throws IOException {
        this.shp = FileChannel.open(shpFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        this.shx = FileChannel.open(shxFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        shp.position(ShpHeader.LENGTH);
        shx.position(ShpHeader.LENGTH);
    }

    /** The number of records written. */
    int records() {
        return records;
    }

    /**
     * Appends one record.
     *
     * @param content the encoded content from position 0 to its limit
     * @param geometry the geometry it encodes, for the bounds; {@code null} for a null shape
     * @throws IOException if the file would exceed the shapefile size limit or cannot be written
     */
    void write(ByteBuffer content, Geometry geometry) throws IOException {
        int length = content.remaining();
        if (shpLength + 8 + length > MAX_FILE_BYTES) {
            throw new IOException("the .shp would exceed the shapefile limit of " + MAX_FILE_BYTES + " bytes");
        }
        records++;
        if (shxOut.remaining() < 8) {
            drain(shxOut, shx);
        }
        shxOut.order(ByteOrder.BIG_ENDIAN).putInt((int) (shpLength / 2)).putInt(length / 2);
        if (shpOut.remaining() < 8 + length) {
            drain(shpOut, shp);
        }
        if (shpOut.remaining() < 8 + length) {
            ByteBuffer head = ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN).putInt(records).putInt(length / 2);
            head.flip();
            writeFully(head, shp);
            writeFully(content, shp);
        } else {
            shpOut.order(ByteOrder.BIG_ENDIAN).putInt(records).putInt(length / 2);
            shpOut.put(content);
        }
        shpLength += 8 + length;
        if (geometry != null && !geometry.isEmpty()) {
            bounds.expandToInclude(geometry.getEnvelopeInternal());
            Coordinate c = geometry.getCoordinate();
            if (!Double.isNaN(c.getZ())) {
                for (Coordinate k : geometry.getCoordinates()) {
                    minZ = Math.min(minZ, k.getZ());
                    maxZ = Math.max(maxZ, k.getZ());
                }
            }
        }
    }

    /** Flushes the records and writes both headers with the final shape type. */
    void finish(ShapeType type) throws IOException {
        drain(shpOut, shp);
        drain(shxOut, shx);
        double[] box = bounds.isNull() ? new double[] {0, 0, 0, 0}
                : new double[] {bounds.getMinX(), bounds.getMinY(), bounds.getMaxX(), bounds.getMaxY()};
        if (type.hasZ() && minZ <= maxZ) {
            box = new double[] {box[0], box[1], box[2], box[3], minZ, maxZ};
        }
        ByteBuffer h = ByteBuffer.allocate(ShpHeader.LENGTH);
        ShpHeader.write(h, shpLength, type.code(), box);
        h.flip();
        shp.position(0);
        writeFully(h, shp);
        h.clear();
        ShpHeader.write(h, ShpHeader.LENGTH + 8L * records, type.code(), box);
        h.flip();
        shx.position(0);
        writeFully(h, shx);
    }

    private static void drain(ByteBuffer b, FileChannel ch) throws IOException {
        b.flip();
        writeFully(b, ch);
        b.clear();
    }

    private static void writeFully(ByteBuffer b, FileChannel ch) throws IOException {
        while (b.hasRemaining()) {
            ch.write(b);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            shp.close();
        } finally {
            shx.close();
        }
    }
}
