package org.planex.format.vct;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;

/**
 * Reads a VCT file line by line at the byte level, so that it knows the byte offset of every line and can
 * seek back to one. Lines end with LF (a CR before it is dropped); in GBK, GB18030 and UTF-8 the byte 0x0A
 * never occurs inside a character, so splitting bytes is safe before decoding. A line longer than
 * {@link #MAX_LINE_BYTES} is refused.
 *
 * <p><b>Thread safety:</b> used by one thread at a time.
 */
final class VctLineReader implements Closeable {

    /** The longest line accepted, in bytes. */
    static final int MAX_LINE_BYTES = 1 << 20;

    private final Path file;
    private final Charset charset;
    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
    private byte[] line = new byte[256];
    private long bufferStart;
    private long lineOffset;
    private long lineNumber;

    /** A reader of {@code file} in {@code charset}, at its first line after {@code start} bytes (a BOM). */
    VctLineReader(Path file, Charset charset, long start) throws PlanexException {
        this.file = file;
        this.charset = charset;
        try {
            this.channel = FileChannel.open(file, StandardOpenOption.READ);
        } catch (IOException e) {
            throw PlanexException.unreadable(Location.of(file), "cannot open the VCT file: " + e.getMessage(), e);
        }
        seek(start, 0);
    }

    /** Positions the reader at byte {@code offset}, which is the start of line {@code number} + 1. */
    void seek(long offset, long number) {
        bufferStart = offset;
        buffer.clear().flip();
        lineNumber = number;
    }

    /** The byte offset of the line returned last. */
    long lineOffset() {
        return lineOffset;
    }

    /** The byte offset just after the line returned last: where the next line starts. */
    long position() {
        return bufferStart + buffer.position();
    }

    /** The 1-based number of the line returned last. */
    long lineNumber() {
        return lineNumber;
    }

    /** The location of the line returned last. */
    Location location() {
        return Location.of(file, lineNumber, -1);
    }

    /** The next line without its end, or {@code null} at the end of the file. */
    String next() throws PlanexException {
        lineOffset = bufferStart + buffer.position();
        int length = 0;
        boolean any = false;
        while (true) {
            if (!buffer.hasRemaining() && !fill()) {
                if (!any) {
                    return null;
                }
                break;
            }
            any = true;
            byte b = buffer.get();
            if (b == '\n') {
                break;
            }
            if (length == MAX_LINE_BYTES) {
                throw PlanexException.unsafe(Location.of(file, lineNumber + 1, -1), "line longer than "
                        + MAX_LINE_BYTES + " bytes; a VCT file has one value or one record field per line");
            }
            if (length == line.length) {
                line = Arrays.copyOf(line, Math.min(MAX_LINE_BYTES, line.length * 2));
            }
            line[length++] = b;
        }
        lineNumber++;
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        return new String(line, 0, length, charset);
    }

    /** The next line, which must exist: the end of the file there is an error naming {@code expected}. */
    String require(String expected) throws PlanexException {
        String s = next();
        if (s == null) {
            throw PlanexException.unreadable(Location.of(file, lineNumber, -1), "the file ends where " + expected
                    + " was expected; the file is truncated", null);
        }
        return s;
    }

    private boolean fill() throws PlanexException {
        bufferStart += buffer.limit();
        buffer.clear();
        try {
            int n = channel.read(buffer, bufferStart);
            buffer.flip();
            return n > 0;
        } catch (IOException e) {
            throw PlanexException.unreadable(Location.of(file, lineNumber, -1), "cannot read the VCT file: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws PlanexException {
        try {
            channel.close();
        } catch (IOException e) {
            throw PlanexException.unreadable(Location.of(file), "cannot close the VCT file: " + e.getMessage(), e);
        }
    }
}
