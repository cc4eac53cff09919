package org.planex.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bounded streaming reader of {@code multipart/form-data} bodies (RFC 7578 over the syntax of RFC 2046 5.1):
 * {@link #next()} gives the headers of each part in turn and {@link #copyBody} streams its content, so no part
 * is held in memory. Every byte read from the body is taken from an {@link UploadLimit}; header lines, header
 * counts and part counts are bounded too. A body that breaks the syntax fails with 400 saying where.
 *
 * <p><b>Thread safety:</b> used by the one thread serving its request.
 *
 * @since 0.3
 */
final class MultipartReader {

    /** The most parts a body may have. */
    static final int MAX_PARTS = 64;

    private static final int BUFFER = 1 << 16;
    private static final int MAX_LINE = 8 << 10;
    private static final int MAX_HEADERS = 16;
    private static final Pattern BOUNDARY = Pattern.compile("[0-9A-Za-z'()+_,./:=? -]{0,69}[0-9A-Za-z'()+_,./:=?-]");
    private static final Pattern PARAMETER = Pattern.compile(";\\s*([A-Za-z*-]+)\\s*=\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|[^;\\s]*)");

    private final InputStream in;
    private final UploadLimit limit;
    private final byte[] delimiter;
    private final byte[] buf = new byte[BUFFER];
    private int pos;
    private int end;
    private boolean eof;
    private boolean inBody = true;
    private boolean done;
    private int parts;

    /**
     * A reader of {@code body} whose parts are separated by {@code boundary}.
     *
     * @throws HttpProblem 400 for a boundary RFC 2046 does not allow
     */
    MultipartReader(InputStream body, String boundary, UploadLimit limit) throws HttpProblem {
        if (boundary == null || !BOUNDARY.matcher(boundary).matches()) {
            throw malformed("the boundary parameter of Content-Type is missing or not 1 to 70 allowed characters");
        }
        this.in = body;
        this.limit = limit;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.US_ASCII);
        // The first boundary line needs no CRLF before it: supply one, and the preamble is skipped as a body.
        buf[0] = '\r';
        buf[1] = '\n';
        end = 2;
    }

    /** The boundary parameter of a {@code multipart/form-data} media type, or {@code null}. */
    static String boundary(String contentType) {
        Matcher m = PARAMETER.matcher(contentType);
        while (m.find()) {
            if (m.group(1).equalsIgnoreCase("boundary")) {
                return m.group(3) != null ? m.group(3) : m.group(2);
            }
        }
        return null;
    }

    /**
     * The headers of the next part, its body then to be read with {@link #copyBody} (or skipped by the next call);
     * {@code null} after the last.
     *
     * @throws HttpProblem 400 for a malformed body, 413 past the size limit
     */
    MultipartPart next() throws IOException, HttpProblem {
        if (done) {
            return null;
        }
        if (inBody) {
            copyBody(OutputStream.nullOutputStream());
        }
        ensure(2);
        if (buf[pos] == '-' && buf[pos + 1] == '-') {
            done = true;
            return null;
        }
        if (!readLine().isBlank()) {
            throw malformed("a boundary line is followed by more than white space");
        }
        if (++parts > MAX_PARTS) {
            throw malformed("more than " + MAX_PARTS + " parts");
        }
        String disposition = null;
        String type = "text/plain";
        for (int n = 0;; n++) {
            String line = readLine();
            if (line.isEmpty()) {
                break;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || n >= MAX_HEADERS) {
                throw malformed("part " + parts + " has a header line that is not NAME: VALUE, or more than "
                        + MAX_HEADERS + " headers");
            }
            String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (name.equals("content-disposition")) {
                disposition = value;
            } else if (name.equals("content-type")) {
                type = value;
            }
        }
        if (disposition == null || !disposition.toLowerCase(Locale.ROOT).startsWith("form-data")) {
            throw malformed("part " + parts + " has no Content-Disposition: form-data header");
        }
        inBody = true;
        return new MultipartPart(parameter(disposition, "name"), parameter(disposition, "filename"), type);
    }

    /**
     * Streams the body of the current part to {@code out}.
     *
     * @throws HttpProblem 400 if the body ends before the closing boundary, 413 past the size limit
     */
    void copyBody(OutputStream out) throws IOException, HttpProblem {
        while (true) {
            int at = indexOfDelimiter();
            if (at >= 0) {
                out.write(buf, pos, at - pos);
                pos = at + delimiter.length;
                inBody = false;
                return;
            }
            int safe = end - delimiter.length + 1;
            if (safe > pos) {
                out.write(buf, pos, safe - pos);
                pos = safe;
            }
            if (eof) {
                throw malformed("the body ends inside part " + parts + ": the closing boundary is missing");
            }
            fill();
        }
    }

    private int indexOfDelimiter() {
        outer:
        for (int i = pos; i <= end - delimiter.length; i++) {
            for (int j = 0; j < delimiter.length; j++) {
                if (buf[i + j] != delimiter[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private String readLine() throws IOException, HttpProblem {
        int from = pos;
        while (true) {
            for (int i = from; i < end - 1; i++) {
                if (buf[i] == '\r' && buf[i + 1] == '\n') {
                    String line = new String(buf, pos, i - pos, StandardCharsets.UTF_8);
                    pos = i + 2;
                    return line;
                }
            }
            if (end - pos > MAX_LINE) {
                throw malformed("a header line of part " + parts + " is longer than " + MAX_LINE + " bytes");
            }
            if (eof) {
                throw malformed("the body ends inside the headers of part " + parts);
            }
            from = Math.max(pos, end - 1) - pos;
            fill();
            from += pos;
        }
    }

    private void ensure(int n) throws IOException, HttpProblem {
        while (end - pos < n) {
            if (eof) {
                throw malformed("the body ends after a boundary line without the closing '--'");
            }
            fill();
        }
    }

    /** Moves what is left to the start of the buffer and reads more after it. */
    private void fill() throws IOException, HttpProblem {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, end - pos);
            end -= pos;
            pos = 0;
        }
        int n = in.read(buf, end, buf.length - end);
        if (n < 0) {
            eof = true;
        } else {
            limit.take(n);
            end += n;
        }
    }

    private static String parameter(String header, String name) {
        Matcher m = PARAMETER.matcher(header);
        while (m.find()) {
            if (m.group(1).equalsIgnoreCase(name)) {
                return m.group(3) != null ? m.group(3).replaceAll("\\\\(.)", "$1") : m.group(2);
            }
        }
        return "";
    }

    private static HttpProblem malformed(String what) {
        return new HttpProblem(400, "the multipart/form-data body is malformed: " + what, "",
                "send the packages as multipart/form-data (RFC 7578), e.g. curl -F package=@plan.planex.zip");
    }
}
