package org.planex.xml;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;

/**
 * Refuses a document whose XML declaration ({@code <?xml ... ?>}) does not end within its first
 * {@value #MAX_DECLARATION} bytes, before the JDK parser sees it: the parser buffers the declaration in a
 * way whose cost grows with the square of its length, so a damaged file with megabytes in
 * {@code encoding="..."} would keep a reader busy for minutes.
 *
 * <p><b>Thread safety:</b> stateless.
 *
 * @since 0.1
 */
public final class XmlDeclarationGuard {

    /** How long an XML declaration may be, in bytes; real ones are under 100. */
    public static final int MAX_DECLARATION = 1024;

    private static final byte[] START = "<?xml".getBytes(StandardCharsets.US_ASCII);

    private XmlDeclarationGuard() {
    }

    /**
     * The stream, checked: a stream that can be read from its first byte.
     *
     * @throws PlanexException UNREADABLE_INPUT, at line 1, for a declaration that does not end in time
     */
    public static InputStream checked(InputStream in, Location where) throws PlanexException {
        BufferedInputStream buffered = new BufferedInputStream(in, MAX_DECLARATION);
        try {
            buffered.mark(MAX_DECLARATION);
            byte[] head = buffered.readNBytes(MAX_DECLARATION);
            buffered.reset();
            int start = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                    && (head[2] & 0xFF) == 0xBF ? 3 : 0;
            if (startsWith(head, start) && !closed(head, start + START.length)) {
                throw PlanexException.unreadable(where.at(1, 1), "the XML declaration (<?xml ... ?>) does not end"
                        + " within the first " + MAX_DECLARATION + " bytes; the file is damaged: it should start"
                        + " with <?xml version=\"1.0\" encoding=\"UTF-8\"?>", null);
            }
            return buffered;
        } catch (PlanexException e) {
            throw e;
        } catch (IOException e) {
            throw PlanexException.unreadable(where, "cannot read: " + e.getMessage(), e);
        }
    }

    private static boolean startsWith(byte[] head, int from) {
        if (head.length < from + START.length) {
            return false;
        }
        for (int i = 0; i < START.length; i++) {
            if (head[from + i] != START[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean closed(byte[] head, int from) {
        for (int i = from; i + 1 < head.length; i++) {
            if (head[i] == '?' && head[i + 1] == '>') {
                return true;
            }
        }
        return false;
    }
}
