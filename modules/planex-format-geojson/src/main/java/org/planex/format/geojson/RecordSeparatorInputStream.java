package org.planex.format.geojson;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Turns the record separators (0x1E) of a GeoJSON text sequence (RFC 8142) into spaces, so a JSON parser
 * reads the sequence as whitespace-separated root values. Safe because 0x1E cannot occur inside a JSON text
 * (control characters in strings must be escaped) nor inside a multi-byte UTF-8 sequence. Byte offsets, and so
 * line and column numbers, are unchanged.
 */
final class RecordSeparatorInputStream extends FilterInputStream {

    /** The RFC 8142 record separator. */
    static final int RS = 0x1E;

    /** Wraps {@code in}. */
    RecordSeparatorInputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        return b == RS ? ' ' : b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = offset; i < offset + n; i++) {
            if (buffer[i] == RS) {
                buffer[i] = ' ';
            }
        }
        return n;
    }
}
