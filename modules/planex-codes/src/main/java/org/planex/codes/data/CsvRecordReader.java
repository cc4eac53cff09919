package org.planex.codes.data;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;

/**
 * Reads CSV records one at a time (RFC 4180 quoting; a quoted field may span lines), skipping blank lines
 * and lines that start with {@code #}. A leading byte order mark is ignored. Lines longer than
 * {@value #MAX_RECORD_CHARS} bytes are refused, so memory stays bounded whatever the input.
 *
 * <p>Each line is decoded on its own and malformed text is refused, not replaced, so an encoding error is
 * reported at its exact line. The encoding must be ASCII-compatible (UTF-8, GBK, GB18030, Big5...).
 *
 * <p>Not thread-safe: one reader per file and thread.
 */
public final class CsvRecordReader implements Closeable {

    /** The longest record accepted, in bytes. */
    public static final int MAX_RECORD_CHARS = 1 << 20;

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final Location source;
    private final ByteArrayOutputStream lineBytes = new ByteArrayOutputStream();
    private long lineNumber;
    private boolean atStart = true;

    /**
     * Creates a reader.
     *
     * @param stream the bytes; closed by {@link #close()}
     * @param charset the ASCII-compatible encoding of the text
     * @param source where the text comes from, for error messages (file or resource)
     */
    public CsvRecordReader(InputStream stream, Charset charset, Location source) {
        this.in = new BufferedInputStream(stream);
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.source = source;
    }

    /**
     * Opens a file in {@code charset}, refusing malformed text instead of replacing it.
     *
     * @throws PlanexException (unreadable) if the file does not exist or cannot be opened
     */
    public static CsvRecordReader open(Path file, Charset charset) throws PlanexException {
        try {
            return new CsvRecordReader(Files.newInputStream(file), charset, Location.of(file));
        } catch (NoSuchFileException e) {
            throw PlanexException.unreadable(Location.of(file), "file not found; check the path", e);
        } catch (IOException e) {
            throw PlanexException.unreadable(Location.of(file), "cannot open the file: " + e.getMessage(), e);
        }
    }

    /** Where the text comes from. */
    public Location source() {
        return source;
    }

    /**
     * The next record, or empty at the end of the input.
     *
     * @throws PlanexException (invalid) for a malformed record, (unreadable) for text that cannot be decoded
     *         or read
     */
    public Optional<CsvRow> next() throws PlanexException {
        while (true) {
            String line = readLine();
            if (line == null) {
                return Optional.empty();
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            return Optional.of(parse(line, lineNumber));
        }
    }

    private CsvRow parse(String firstLine, long startLine) throws PlanexException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        String line = firstLine;
        int i = 0;
        boolean quoted = false;
        boolean afterQuote = false;
        while (true) {
            if (i == line.length()) {
                if (!quoted) {
                    fields.add(field.toString());
                    return new CsvRow(startLine, fields);
                }
                String more = readLine();
                if (more == null) {
                    throw invalid(startLine, "a quoted field is not closed; add the closing '\"'");
                }
                field.append('\n');
                if (field.length() + more.length() > MAX_RECORD_CHARS) {
                    throw tooLong(startLine);
                }
                line = more;
                i = 0;
                continue;
            }
            char c = line.charAt(i++);
            if (quoted) {
                if (c != '"') {
                    field.append(c);
                } else if (i < line.length() && line.charAt(i) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                afterQuote = false;
            } else if (afterQuote) {
                throw invalid(startLine, "text after a closing quote in field " + (fields.size() + 1)
                        + "; quote the whole field");
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else {
                field.append(c);
            }
        }
    }

    private String readLine() throws PlanexException {
        lineBytes.reset();
        long number = lineNumber + 1;
        try {
            int b = in.read();
            if (b == -1) {
                return null;
            }
            while (b != -1 && b != '\n') {
                if (lineBytes.size() == MAX_RECORD_CHARS) {
                    throw tooLong(number);
                }
                lineBytes.write(b);
                b = in.read();
            }
        } catch (IOException e) {
            throw PlanexException.unreadable(source.at(number, -1), "cannot read: " + e.getMessage(), e);
        }
        lineNumber = number;
        byte[] bytes = lineBytes.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        String line;
        try {
            line = decoder.reset().decode(ByteBuffer.wrap(bytes, 0, length)).toString();
        } catch (CharacterCodingException e) {
            throw PlanexException.unreadable(source.at(number, -1), "the text is not valid "
                    + decoder.charset().name() + "; pass the right encoding (e.g. --encoding GBK)", e);
        }
        if (atStart) {
            atStart = false;
            if (line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
        }
        return line;
    }

    private PlanexException invalid(long line, String reason) {
        return PlanexException.invalid(source.at(line, -1), reason, null);
    }

    private PlanexException tooLong(long line) {
        return invalid(line, "record longer than " + MAX_RECORD_CHARS + " characters; is this a CSV file?");
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
