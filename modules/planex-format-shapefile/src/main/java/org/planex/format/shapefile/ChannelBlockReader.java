package org.planex.format.shapefile;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads blocks of a file through one reusable buffer: sequential reads are served from the buffer, a jump
 * refills it. Blocks larger than the buffer get a buffer of their own size (bounded by the file size, which
 * callers check first).
 *
 * <p><b>Thread safety:</b> not thread-safe.
 */
final class ChannelBlockReader implements Closeable {

    private static final int BUFFER_SIZE = 1 << 20;

    private final FileChannel channel;
    private final long size;
    private ByteBuffer buffer = ByteBuffer.allocate(BUFFER_SIZE);
    private long bufferStart;

    /** Opens {@code file} for reading. */
    ChannelBlockReader(Path file) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.READ);
        this.size = channel.size();
        buffer.limit(0);
    }

    /** The size of the file in bytes. */
    long size() {
        return size;
    }

    /**
     * A view of {@code length} bytes at {@code position}, in the given byte order, valid until the next call.
     *
     * @throws EOFException if the file ends before
     */
    ByteBuffer read(long position, int length, ByteOrder order) throws IOException {
        if (position < 0 || length < 0 || position + length > size) {
            throw new EOFException("block of " + length + " bytes at " + position + " ends after the file ("
                    + size + " bytes)");
        }
        if (position < bufferStart || position + length > bufferStart + buffer.limit()) {
            fill(position, length);
        }
        int offset = (int) (position - bufferStart);
        return buffer.slice(offset, length).order(order);
    }

    private void fill(long position, int length) throws IOException {
        if (length > buffer.capacity()) {
            buffer = ByteBuffer.allocate(length);
        }
        buffer.clear();
        long want = Math.min(buffer.capacity(), size - position);
        buffer.limit((int) want);
        long at = position;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, at);
            if (n < 0) {
                break;
            }
            at += n;
        }
        buffer.flip();
        bufferStart = position;
        if (buffer.limit() < length) {
            throw new EOFException("file ended while reading " + length + " bytes at " + position);
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
