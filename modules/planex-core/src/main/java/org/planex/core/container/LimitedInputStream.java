package org.planex.core.container;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts what it passes on and fails once more than a limit has been read: the runtime guard behind the
 * sizes a ZIP declares, which a crafted archive can understate.
 */
final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private final String what;
    private long count;

    LimitedInputStream(InputStream in, long limit, String what) {
        super(in);
        this.limit = limit;
        this.what = what;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            add(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            add(n);
        }
        return n;
    }

    private void add(long n) throws IOException {
        count += n;
        if (count > limit) {
            throw new ZipDirectory.LimitException(what + " expands beyond " + limit + " bytes");
        }
    }
}
