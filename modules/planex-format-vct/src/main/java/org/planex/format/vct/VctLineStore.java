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
import org.locationtech.jts.geom.Coordinate;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;

/**
 * The lines of a file's {@code Line} section, kept for the polygons that reference them: coordinates are
 * spooled as packed doubles to a temporary file, and memory holds only an index of 24 bytes per line (id,
 * offset, point count), so 100,000 lines need 2.4 MB of heap whatever their length. Lookups are binary searches
 * followed by one positioned read.
 *
 * <p><b>Thread safety:</b> used by one thread at a time.
 */
final class VctLineStore implements Closeable {

    private final Path spool;
    private final DataOutputStream out;
    private FileChannel channel;
    private final VctIdIndex index = new VctIdIndex();
    private long written;

    /** An empty store spooling to a new temporary file. */
    VctLineStore() throws IOException {
        spool = Files.createTempFile("planex-vct-lines", ".bin");
        out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(spool), 1 << 16));
    }

    /** Adds line {@code id}; {@code coords} is {@code null} for a multi-part line, which no polygon can use. */
    void add(long id, Coordinate[] coords) throws IOException {
        index.add(id, written, coords == null ? -1 : coords.length);
        if (coords != null) {
            for (Coordinate c : coords) {
                out.writeDouble(c.x);
                out.writeDouble(c.y);
            }
            written += 16L * coords.length;
        }
    }

    /**
     * Ends adding: sorts the index ({@link VctIdIndex}) and opens the spool for reading.
     *
     * @param at the section's location, for a duplicate id
     */
    void seal(Location at) throws IOException {
        out.close();
        int twice = index.seal();
        if (twice >= 0) {
            throw PlanexException.unreadable(at, "line id " + index.id(twice) + " is used twice in the Line "
                    + "section; polygons reference lines by id, so ids must be unique", null);
        }
        channel = FileChannel.open(spool, StandardOpenOption.READ);
    }

    /** The coordinates of line {@code id}: {@code null} if there is no such line, empty for a multi-part line. */
    Coordinate[] get(long id) throws IOException {
        int i = index.find(id);
        if (i < 0) {
            return null;
        }
        int count = (int) index.second(i);
        if (count < 0) {
            return new Coordinate[0];
        }
        ByteBuffer b = ByteBuffer.allocate(16 * count);
        while (b.hasRemaining()) {
            if (channel.read(b, index.first(i) + b.position()) < 0) {
                throw new IOException("line spool truncated");
            }
        }
        b.flip();
        Coordinate[] c = new Coordinate[count];
        for (int k = 0; k < c.length; k++) {
            c[k] = new Coordinate(b.getDouble(), b.getDouble());
        }
        return c;
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
