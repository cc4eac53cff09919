package org.planex.format.shapefile;

import java.io.Closeable;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import org.planex.model.AttributeType;
import org.planex.model.AttributeValue;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;
import org.planex.spi.WarningListener;

/**
 * Streams the records of a dBase table ({@code .dbf}) one at a time and decodes their values into typed
 * {@link AttributeValue}s. Empty values become typed nulls. planex uses this decoder rather than a general
 * dBase library: it reuses one record buffer and decodes integers without intermediate strings.
 *
 * <p>Use: {@link #open}, read {@link #languageDriver()} to resolve the charset, {@link #readFields(Charset)},
 * then {@link #next()} and {@link #value(int)}.
 *
 * <p><b>Thread safety:</b> not thread-safe.
 */
final class DbfReader implements Closeable {

    private final ChannelBlockReader in;
    private final Location location;
    private DbfHeader header;
    private Charset charset;
    private boolean asciiCompatible;
    private long recordCount;
    private long current;
    private byte[] record;

    private DbfReader(ChannelBlockReader in, Location location, DbfHeader prefix) {
        this.in = in;
        this.location = location;
        this.header = prefix;
    }

    /**
     * Opens a table and reads its fixed header.
     *
     * @throws PlanexException if the file is not a dBase table
     */
    static DbfReader open(Path file, Location location) throws PlanexException {
        ChannelBlockReader in = null;
        try {
            in = new ChannelBlockReader(file);
            if (in.size() < DbfHeader.PREFIX + 1) {
                throw PlanexException.unreadable(location, "not a dBase table: only " + in.size() + " bytes", null);
            }
            DbfHeader h = DbfHeader.readPrefix(in.read(0, DbfHeader.PREFIX, ByteOrder.LITTLE_ENDIAN));
            if (h.headerLength() <= DbfHeader.PREFIX) {
                h = withScannedHeaderLength(in, h);
            }
            int maxHeader = DbfHeader.PREFIX + 32 * DbfHeader.MAX_FIELDS + 2;
            if (h.headerLength() < DbfHeader.PREFIX + 1 || h.headerLength() > maxHeader
                    || h.headerLength() > in.size() || h.recordLength() < 1) {
                throw PlanexException.unreadable(location, "not a dBase table: header length "
                        + h.headerLength() + " and record length " + h.recordLength() + " are impossible", null);
            }
            return new DbfReader(in, location, h);
        } catch (PlanexException e) {
            closeQuietly(in);
            throw e;
        } catch (IOException e) {
            closeQuietly(in);
            throw PlanexException.unreadable(location, "cannot read: " + e.getMessage(), e);
        }
    }

    /** Finds the end of the field descriptors of a header that declares no length (some writers omit it). */
    private static DbfHeader withScannedHeaderLength(ChannelBlockReader in, DbfHeader h) throws IOException {
        long limit = Math.min(in.size(), DbfHeader.PREFIX + 32L * DbfHeader.MAX_FIELDS + 1);
        for (long at = DbfHeader.PREFIX; at < limit; at += 32) {
            if (in.read(at, 1, ByteOrder.LITTLE_ENDIAN).get(0) == 0x0D) {
                return new DbfHeader(h.version(), h.recordCount(), (int) at + 1, h.recordLength(),
                        h.languageDriver(), h.fields());
            }
        }
        return h;
    }

    private static void closeQuietly(Closeable c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException ignored) {
                // read-only channel; nothing to recover
            }
        }
    }

    /** The language driver id of the table, 0 when absent. */
    int languageDriver() {
        return header.languageDriver();
    }

    /**
     * Reads the field descriptors, decoding names and later text values with {@code textCharset}.
     *
     * @param warnings receives a warning when the file holds fewer records than the header says
     * @throws PlanexException if the descriptors are inconsistent
     */
    List<DbfField> readFields(Charset textCharset, WarningListener warnings) throws PlanexException {
        this.charset = textCharset;
        this.asciiCompatible = isAsciiCompatible(textCharset);
        try {
            ByteBuffer b = in.read(DbfHeader.PREFIX, header.headerLength() - DbfHeader.PREFIX,
                    ByteOrder.LITTLE_ENDIAN);
            header = header.withFields(b, textCharset);
        } catch (IllegalArgumentException e) {
            throw PlanexException.unreadable(location, "corrupt dBase header: " + e.getMessage(), null);
        } catch (IOException e) {
            throw PlanexException.unreadable(location, "cannot read the dBase header: " + e.getMessage(), e);
        }
        long available = (in.size() - header.headerLength()) / header.recordLength();
        recordCount = Math.min(header.recordCount(), available);
        if (recordCount < header.recordCount()) {
            warnings.warning(location, "the header declares " + header.recordCount() + " records but the file "
                    + "holds " + available + "; reading " + available);
        }
        record = new byte[header.recordLength()];
        return header.fields();
    }

    /**
     * Moves to the next record.
     *
     * @return {@code false} at the end of the table
     */
    boolean next() throws PlanexException {
        if (current >= recordCount) {
            return false;
        }
        current++;
        try {
            in.read(header.headerLength() + (current - 1) * header.recordLength(), record.length,
                    ByteOrder.LITTLE_ENDIAN).get(0, record);
        } catch (IOException e) {
            throw PlanexException.unreadable(location.atRecord(current), "cannot read the record: "
                    + e.getMessage(), e);
        }
        return true;
    }

    /** Whether the current record is marked deleted. */
    boolean isDeleted() {
        return record[0] == '*';
    }

    /**
     * Decodes the value of field {@code index} of the current record.
     *
     * @throws PlanexException if the value is not valid for its type; the location names record and field
     */
    AttributeValue value(int index) throws PlanexException {
        DbfField f = header.fields().get(index);
        int from = f.offset();
        int to = from + f.length();
        try {
            return switch (f.type()) {
                case 'C', 'M' -> text(from, to);
                case 'N', 'F' -> number(f, from, to);
                case 'L' -> logical(from, to);
                case 'D' -> date(from, to);
                case 'I', '+' -> f.length() == 4 ? AttributeValue.of((long) le().getInt(from))
                        : text(from, to);
                case 'O' -> f.length() == 8 ? AttributeValue.of(BigDecimal.valueOf(le().getDouble(from)))
                        : text(from, to);
                default -> text(from, to);
            };
        } catch (NumberFormatException | DateTimeException e) {
            String raw = new String(record, from, to - from, charset).strip();
            throw PlanexException.unreadable(location.atRecord(current), "field " + f.name() + ": '" + raw
                    + "' is not a valid " + f.attributeType().token() + " value", null);
        }
    }

    private ByteBuffer le() {
        return ByteBuffer.wrap(record).order(ByteOrder.LITTLE_ENDIAN);
    }

    private AttributeValue text(int from, int to) {
        int end = to;
        while (end > from && (record[end - 1] == ' ' || record[end - 1] == 0)) {
            end--;
        }
        if (end == from) {
            return new AttributeValue.Null(AttributeType.STRING);
        }
        return AttributeValue.of(decode(from, end));
    }

    /**
     * Decodes text; printable ASCII (codes, numbers, ids) skips the charset decoder when the charset decodes
     * those bytes to themselves.
     */
    private String decode(int from, int end) {
        if (asciiCompatible) {
            int i = from;
            while (i < end && record[i] >= 0x20 && record[i] < 0x7F) {
                i++;
            }
            if (i == end) {
                return new String(record, from, end - from, StandardCharsets.ISO_8859_1);
            }
        }
        return new String(record, from, end - from, charset);
    }

    /** Whether {@code charset} decodes every printable ASCII byte (0x20 to 0x7E) to the same character. */
    static boolean isAsciiCompatible(Charset charset) {
        byte[] printable = new byte[0x7F - 0x20];
        for (int i = 0; i < printable.length; i++) {
            printable[i] = (byte) (0x20 + i);
        }
        return new String(printable, charset).equals(new String(printable, StandardCharsets.ISO_8859_1));
    }

    private AttributeValue number(DbfField f, int from, int to) {
        int start = from;
        int end = to;
        while (start < end && (record[start] == ' ' || record[start] == 0)) {
            start++;
        }
        while (end > start && (record[end - 1] == ' ' || record[end - 1] == 0)) {
            end--;
        }
        AttributeType type = f.attributeType();
        if (start == end || record[start] == '*') {
            return new AttributeValue.Null(type);
        }
        if (type == AttributeType.INTEGER) {
            long v = 0;
            int i = start;
            boolean negative = record[i] == '-';
            if (negative || record[i] == '+') {
                i++;
            }
            boolean digits = i < end;
            for (; i < end && digits; i++) {
                int d = record[i] - '0';
                if (d < 0 || d > 9) {
                    digits = false;
                } else {
                    v = v * 10 + d;
                }
            }
            if (digits) {
                return AttributeValue.of(negative ? -v : v);
            }
            BigDecimal d = new BigDecimal(new String(record, start, end - start, StandardCharsets.US_ASCII));
            try {
                return AttributeValue.of(d.longValueExact());
            } catch (ArithmeticException e) {
                throw new NumberFormatException("not an integer");
            }
        }
        BigDecimal plain = plainDecimal(record, start, end);
        return AttributeValue.of(plain != null ? plain : new BigDecimal(new String(record, start, end - start,
                StandardCharsets.US_ASCII)));
    }

    /**
     * The decimal of the form {@code [+-]digits[.digits]} with at most 18 digits in {@code record} between
     * {@code start} and {@code end}, with the scale its text shows; {@code null} for any other form (the
     * general parser decides).
     */
    static BigDecimal plainDecimal(byte[] record, int start, int end) {
        if (start >= end) {
            return null;
        }
        int i = start;
        boolean negative = record[i] == '-';
        if (negative || record[i] == '+') {
            i++;
        }
        long unscaled = 0;
        int digits = 0;
        int scale = -1;
        for (; i < end; i++) {
            byte c = record[i];
            if (c == '.' && scale < 0) {
                scale = 0;
            } else if (c >= '0' && c <= '9' && digits < 18) {
                unscaled = unscaled * 10 + (c - '0');
                digits++;
                if (scale >= 0) {
                    scale++;
                }
            } else {
                return null;
            }
        }
        if (digits == 0) {
            return null;
        }
        return BigDecimal.valueOf(negative ? -unscaled : unscaled, Math.max(scale, 0));
    }

    private AttributeValue logical(int from, int to) {
        return switch (record[from]) {
            case 'T', 't', 'Y', 'y' -> AttributeValue.of(true);
            case 'F', 'f', 'N', 'n' -> AttributeValue.of(false);
            case '?', ' ', 0 -> new AttributeValue.Null(AttributeType.BOOLEAN);
            default -> throw new NumberFormatException("not a logical value");
        };
    }

    private AttributeValue date(int from, int to) {
        int start = from;
        while (start < to && record[start] == ' ') {
            start++;
        }
        if (start == to || to - from < 8) {
            if (start == to) {
                return new AttributeValue.Null(AttributeType.DATE);
            }
            throw new NumberFormatException("a date needs 8 digits");
        }
        int v = 0;
        for (int i = from; i < from + 8; i++) {
            int d = record[i] - '0';
            if (d < 0 || d > 9) {
                throw new NumberFormatException("a date needs 8 digits");
            }
            v = v * 10 + d;
        }
        if (v == 0) {
            return new AttributeValue.Null(AttributeType.DATE);
        }
        return AttributeValue.of(LocalDate.of(v / 10000, (v / 100) % 100, v % 100));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
