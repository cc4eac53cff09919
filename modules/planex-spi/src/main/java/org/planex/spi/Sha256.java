package org.planex.spi;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one SHA-256 of planex: attachment checksums (written, verified), plan digests and test fingerprints all
 * hash through it, and all give the digest as 64 lower-case hex digits, the form plan headers store.
 *
 * <p>Use the shortcuts {@link #of(byte[])} and {@link #of(InputStream)}, or an instance to hash in pieces
 * ({@link #update}) or while writing ({@link #digesting(OutputStream)}), then {@link #hex()} once.
 *
 * <p><b>Thread safety:</b> an instance is not thread-safe; the shortcuts are.
 *
 * @since 0.1
 */
public final class Sha256 {

    private final MessageDigest md;

    /** An empty digest. */
    public Sha256() {
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the Java runtime lacks SHA-256, which every JDK must provide", e);
        }
    }

    /** The SHA-256 of bytes, as 64 lower-case hex digits. */
    public static String of(byte[] bytes) {
        return new Sha256().update(bytes).hex();
    }

    /**
     * The SHA-256 of what is left in a stream, as 64 lower-case hex digits.
     *
     * @param in read to its end; not closed
     * @throws IOException if the stream cannot be read
     */
    public static String of(InputStream in) throws IOException {
        Sha256 sha = new Sha256();
        byte[] buf = new byte[1 << 16];
        for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
            sha.update(buf, 0, n);
        }
        return sha.hex();
    }

    /** Adds bytes. */
    public Sha256 update(byte[] bytes) {
        md.update(bytes);
        return this;
    }

    /** Adds {@code length} bytes from {@code offset}. */
    public Sha256 update(byte[] bytes, int offset, int length) {
        md.update(bytes, offset, length);
        return this;
    }

    /** Adds one byte. */
    public Sha256 update(byte b) {
        md.update(b);
        return this;
    }

    /**
     * A stream that adds every byte written to it to this digest and passes it on.
     *
     * @param out where the bytes go; closed with the returned stream
     */
    public OutputStream digesting(OutputStream out) {
        return new FilterOutputStream(out) {
            @Override
            public void write(int b) throws IOException {
                md.update((byte) b);
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                md.update(b, off, len);
                out.write(b, off, len);
            }
        };
    }

    /** The digest as 64 lower-case hex digits; the digest starts again empty afterwards. */
    public String hex() {
        return HexFormat.of().formatHex(md.digest());
    }
}
