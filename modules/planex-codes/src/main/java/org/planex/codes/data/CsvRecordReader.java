package org.planex.codes.data;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
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
 * {@value #MAX_RECORD_CHARS} characters are refused, so memory stays bounded whatever the input.
 *
 * <p>Not thread-safe: one reader per file and thread.
 */
public final class CsvRecordReader implements Closeable {

    /** The longest record accepted, in characters. */
    public static final int MAX_RECORD_CHARS = 1 << 20;

    private final BufferedReader in;
    private final Location source;
    private long lineNumber;
    private boolean atStart = true;

    /**
     * Creates a reader.
     *
     * @param reader the text; closed by {@link #close()}
     * @param source where the text comes from, for error messages (file or resource)
     */
    public CsvRecordReader(Reader reader, Location source) {
        this.in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        this.source = source;
    }

    /**
     * Opens a file in {@code charset}, refusing malformed text instead of replacing it.
     *
     * @throws PlanexException (unreadable) if the file does not exist or cannot be opened
     */
    public static CsvRecordReader open(Path file, Charset charset) throws PlanexException {
        try {
            var decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            return new CsvRecordReader(new InputStreamReader(Files.newInputStream(file), decoder), Location.of(file));
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
        StringBuilder sb = new StringBuilder();
        try {
            int c;
            while ((c = in.read()) != -1) {
                if (c == '\n') {
                    break;
                }
                if (c == '\r') {
                    in.mark(1);
                    if (in.read() != '\n') {
                        in.reset();
                    }
                    break;
                }
                if (sb.length() == MAX_RECORD_CHARS) {
                    throw tooLong(lineNumber + 1);
                }
                sb.append((char) c);
            }
            if (c == -1 && sb.length() == 0) {
                return null;
            }
        } catch (CharacterCodingException e) {
            throw PlanexException.unreadable(source.at(lineNumber + 1, -1),
                    "the text is not valid in the expected encoding; pass the right encoding (e.g. --encoding GBK)", e);
        } catch (IOException e) {
            throw PlanexException.unreadable(source.at(lineNumber + 1, -1), "cannot read: " + e.getMessage(), e);
        }
        lineNumber++;
        if (atStart) {
            atStart = false;
            if (sb.length() > 0 && sb.charAt(0) == '\uFEFF') {
                sb.deleteCharAt(0);
            }
        }
        return sb.toString();
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
