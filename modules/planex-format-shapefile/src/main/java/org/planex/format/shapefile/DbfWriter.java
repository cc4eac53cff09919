package org.planex.format.shapefile;

import java.io.Closeable;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.planex.model.AttributeValue;

/**
 * Writes a dBase III table record by record through a buffered channel; the record count goes into the header
 * on {@link #finish()}. Text is encoded in the table's charset and cut, when longer than its field, at a
 * character boundary (never inside a multi-byte character); a character the charset cannot encode is an error.
 * Empty values are written as blanks, which GDAL and planex read as nulls of every type (GDAL reads a
 * {@code ?} logical as the text "?").
 *
 * <p><b>Thread safety:</b> not thread-safe.
 */
final class DbfWriter implements Closeable {

    /** Why a value could not be written; the caller adds record and field. */
    static final class ValueException extends Exception {
        private static final long serialVersionUID = 1L;

        ValueException(String message) {
            super(message);
        }
    }

    private final FileChannel channel;
    private final List<DbfColumn> columns;
    private final Charset charset;
    private final CharsetEncoder encoder;
    private final int[] offsets;
    private final byte[] record;
    private final ByteBuffer out = ByteBuffer.allocate(1 << 20);
    private final int ldid;
    private long count;
    private boolean rounded;

    /** Creates the file (replacing an existing one) with the given columns, charset and language driver id. */
    DbfWriter(Path file, List<DbfColumn> columns, Charset charset, int ldid) throws IOException {
        this.columns = List.copyOf(columns);
        this.charset = charset;
        this.encoder = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.ldid = ldid;
        this.offsets = new int[columns.size()];
        int length = 1;
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = length;
            length += columns.get(i).width();
        }
        if (length > 65535) {
            throw new IOException("the fields need " + length + " bytes per record, more than dBase's 65535");
        }
        this.record = new byte[length];
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        channel.position(headerLength());
    }

    private int headerLength() {
        return 32 + 32 * columns.size() + 1;
    }

    /** Whether some decimal was rounded to its field's scale since the last call; resets the flag. */
    boolean takeRounded() {
        boolean r = rounded;
        rounded = false;
        return r;
    }

    /**
     * Writes one record.
     *
     * @param values the values in column order; {@code null} entries are written empty
     * @return the index of the first column whose text was cut, or -1
     * @throws ValueException naming the column index in its message when a value does not fit its field
     */
    int write(AttributeValue[] values) throws ValueException, IOException {
        Arrays.fill(record, (byte) ' ');
        int cut = -1;
        for (int i = 0; i < values.length; i++) {
            AttributeValue v = values[i];
            if (v == null || v instanceof AttributeValue.Null) {
                continue;
            }
            DbfColumn c = columns.get(i);
            if (v.type() != c.field().type()) {
                throw new ValueException("field " + c.field().name() + " is " + c.field().type().token()
                        + " but the value is " + v.type().token());
            }
            if (put(c, offsets[i], v) && cut < 0) {
                cut = i;
            }
        }
        if (out.remaining() < record.length) {
            drain();
        }
        if (out.remaining() < record.length) {
            ByteBuffer b = ByteBuffer.wrap(record);
            while (b.hasRemaining()) {
                channel.write(b);
            }
        } else {
            out.put(record);
        }
        count++;
        return cut;
    }

    private boolean put(DbfColumn c, int at, AttributeValue v) throws ValueException {
        if (v instanceof AttributeValue.Text t) {
            return text(t.value(), at, c.width());
        }
        if (v instanceof AttributeValue.Int n) {
            number(Long.toString(n.value()), c, at);
        } else if (v instanceof AttributeValue.Decimal d) {
            BigDecimal x = d.value();
            if (c.type() == 'N') {
                BigDecimal scaled = x.setScale(c.decimals(), RoundingMode.HALF_EVEN);
                if (scaled.compareTo(x) != 0) {
                    rounded = true;
                }
                x = scaled;
            }
            number(x.toPlainString(), c, at);
        } else if (v instanceof AttributeValue.Bool b) {
            record[at] = (byte) (b.value() ? 'T' : 'F');
        } else if (v instanceof AttributeValue.Date d) {
            LocalDate date = d.value();
            if (date.getYear() < 0 || date.getYear() > 9999) {
                throw new ValueException("date " + date + " is outside years 0000-9999");
            }
            int ymd = date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth();
            for (int i = 7; i >= 0; i--) {
                record[at + i] = (byte) ('0' + ymd % 10);
                ymd /= 10;
            }
        }
        return false;
    }

    private void number(String s, DbfColumn c, int at) throws ValueException {
        if (s.length() > c.width()) {
            throw new ValueException("value " + s + " does not fit field " + c.name() + " of width " + c.width());
        }
        int start = at + c.width() - s.length();
        for (int i = 0; i < s.length(); i++) {
            record[start + i] = (byte) s.charAt(i);
        }
    }

    private boolean text(String s, int at, int width) throws ValueException {
        encoder.reset();
        CharBuffer in = CharBuffer.wrap(s);
        ByteBuffer target = ByteBuffer.wrap(record, at, width);
        CoderResult r = encoder.encode(in, target, true);
        if (r.isUnmappable() || r.isMalformed()) {
            int cp = s.codePointAt(in.position());
            throw new ValueException("character '" + new String(Character.toChars(cp)) + "' (U+"
                    + Integer.toHexString(cp).toUpperCase(Locale.ROOT) + ") cannot be written in " + charset.name()
                    + "; write with -o encoding=UTF-8");
        }
        if (r.isOverflow()) {
            return true;
        }
        encoder.flush(target);
        return false;
    }

    /** Flushes the records and writes the header and end-of-file mark. */
    void finish() throws IOException {
        if (out.remaining() < 1) {
            drain();
        }
        out.put((byte) 0x1A);
        drain();
        ByteBuffer h = ByteBuffer.allocate(headerLength()).order(ByteOrder.LITTLE_ENDIAN);
        LocalDate today = LocalDate.now();
        h.put((byte) 0x03).put((byte) (today.getYear() - 1900)).put((byte) today.getMonthValue())
                .put((byte) today.getDayOfMonth());
        h.putInt((int) count).putShort((short) headerLength()).putShort((short) record.length);
        h.position(29);
        h.put((byte) ldid);
        h.position(32);
        for (DbfColumn c : columns) {
            byte[] name = c.name().getBytes(charset);
            byte[] field = new byte[32];
            System.arraycopy(name, 0, field, 0, Math.min(name.length, DbfFieldPlanner.MAX_NAME_BYTES));
            field[11] = (byte) c.type();
            field[16] = (byte) c.width();
            field[17] = (byte) c.decimals();
            h.put(field);
        }
        h.put((byte) 0x0D);
        h.flip();
        channel.position(0);
        while (h.hasRemaining()) {
            channel.write(h);
        }
    }

    private void drain() throws IOException {
        out.flip();
        while (out.hasRemaining()) {
            channel.write(out);
        }
        out.clear();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
