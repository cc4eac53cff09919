package org.planex.format.vct;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.locationtech.jts.geom.Coordinate;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;

/**
 * The lines of a file's {@code Line} section, kept for the polygons that reference them: coordinates are
 * spooled as packed doubles to a temporary file, and memory holds only an index of 20 bytes per line (id,
 * offset, point count), so 100,000 lines need 2 MB of heap whatever their length. Lookups are binary searches
 * followed by one positioned read.
 *
 * <p><b>Thread safety:</b> used by one thread at a time.
 */
final class VctLineStore implements Closeable {

    private final Path spool;
    private final DataOutputStream out;
    private FileChannel channel;
    private long[] ids = new long[1024];
    private long[] offsets = new long[1024];
    private int[] counts = new int[1024];
    private int size;
    private long written;

    /** An empty store spooling to a new temporary file. */
    VctLineStore() throws IOException {
        spool = Files.createTempFile("planex-vct-lines", ".bin");
        out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(spool), 1 << 16));
    }

    /** Adds line {@code id}; {@code coords} is {@code null} for a multi-part line, which no polygon can use. */
    void add(long id, Coordinate[] coords) throws IOException {
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
            offsets = Arrays.copyOf(offsets, size * 2);
            counts = Arrays.copyOf(counts, size * 2);
        }
        ids[size] = id;
        offsets[size] = written;
        counts[size] = coords == null ? -1 : coords.length;
        size++;
        if (coords != null) {
            for (Coordinate c : coords) {
                out.writeDouble(c.x);
                out.writeDouble(c.y);
            }
            written += 16L * coords.length;
        }
    }

    /**
     * Ends adding: sorts the index (unless the ids came in order, as planex writes them; sorting takes another
     * 36 bytes per line for a moment) and opens the spool for reading.
     *
     * @param at the section's location, for a duplicate id
     */
    void seal(Location at) throws IOException {
        out.close();
        if (!isSorted()) {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Long.compare(ids[a], ids[b]));
            long[] sortedIds = new long[size];
            long[] sortedOffsets = new long[size];
            int[] sortedCounts = new int[size];
            for (int i = 0; i < size; i++) {
                sortedIds[i] = ids[order[i]];
                sortedOffsets[i] = offsets[order[i]];
                sortedCounts[i] = counts[order[i]];
            }
            ids = sortedIds;
            offsets = sortedOffsets;
            counts = sortedCounts;
        }
        for (int i = 1; i < size; i++) {
            if (ids[i] == ids[i - 1]) {
                throw PlanexException.unreadable(at, "line id " + ids[i] + " is used twice in the Line "
                        + "section; polygons reference lines by id, so ids must be unique", null);
            }
        }
        channel = FileChannel.open(spool, StandardOpenOption.READ);
    }

    private boolean isSorted() {
        for (int i = 1; i < size; i++) {
            if (ids[i] < ids[i - 1]) {
                return false;
            }
        }
        return true;
    }

    /** The coordinates of line {@code id}: {@code null} if there is no such line, empty for a multi-part line. */
    Coordinate[] get(long id) throws IOException {
        int i = Arrays.binarySearch(ids, 0, size, id);
        if (i < 0) {
            return null;
        }
        if (counts[i] < 0) {
            return new Coordinate[0];
        }
        ByteBuffer b = ByteBuffer.allocate(16 * counts[i]);
        while (b.hasRemaining()) {
            if (channel.read(b, offsets[i] + b.position()) < 0) {
                throw new IOException("line spool truncated");
            }
        }
        b.flip();
        Coordinate[] c = new Coordinate[counts[i]];
        for (int k = 0; k < c.length; k++) {
            c[k] = new Coordinate(b.getDouble(), b.getDouble());
        }
        return c;
    }

    /** How many lines are stored. */
    int size() {
        return size;
    }

    @Override
    public void close() throws IOException {
        out.close();
        if (channel != null) {
            channel.close();
        }
        Files.deleteIfExists(spool);
    }
}
