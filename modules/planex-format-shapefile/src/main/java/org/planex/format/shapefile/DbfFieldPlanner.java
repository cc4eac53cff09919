package org.planex.format.shapefile;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.planex.model.layer.FieldDef;

/**
 * Chooses the dBase form of a layer's fields: names of at most 10 bytes in the target charset (shortened at
 * a character boundary and made unique, case-insensitively, with a {@code _2}, {@code _3} suffix), types and
 * widths.
 *
 * <p>Types: STRING to {@code C} (the declared length in characters times the charset's bytes per character,
 * at most 254 bytes; 254 when undeclared), INTEGER to {@code N(w,0)} with w at most 18 (18 when undeclared),
 * DECIMAL to {@code N(w,s)} when it declares a scale and to {@code F(w,0)} otherwise (w 24 when undeclared),
 * BOOLEAN to {@code L(1)}, DATE to {@code D(8)}. These read back as the same planex types.
 *
 * <p><b>Thread safety:</b> not thread-safe.
 */
final class DbfFieldPlanner {

    /** The widest text field dBase allows. */
    static final int MAX_TEXT_WIDTH = 254;
    /** The width of a decimal field that declares none. */
    static final int DEFAULT_DECIMAL_WIDTH = 24;
    /** The longest field name in bytes. */
    static final int MAX_NAME_BYTES = 10;

    private final Charset charset;
    private final Map<String, String> renamed = new LinkedHashMap<>();

    /** A planner for tables in {@code charset}. */
    DbfFieldPlanner(Charset charset) {
        this.charset = charset;
    }

    /** The columns of the fields, in order. */
    List<DbfColumn> plan(List<FieldDef> fields) {
        Set<String> used = new HashSet<>();
        List<DbfColumn> columns = new ArrayList<>(fields.size());
        float bytesPerChar = charset.newEncoder().maxBytesPerChar();
        for (FieldDef f : fields) {
            String name = shorten(f.name(), used);
            if (!name.equals(f.name())) {
                renamed.put(name, f.name());
            }
            columns.add(switch (f.type()) {
                case STRING -> new DbfColumn(f, name, 'C', f.length() > 0
                        ? (int) Math.min(MAX_TEXT_WIDTH, Math.ceil(f.length() * bytesPerChar)) : MAX_TEXT_WIDTH, 0);
                case INTEGER -> new DbfColumn(f, name, 'N', f.length() > 0
                        ? Math.min(f.length(), DbfField.MAX_INTEGER_WIDTH) : DbfField.MAX_INTEGER_WIDTH, 0);
                case DECIMAL -> f.scale() > 0
                        ? new DbfColumn(f, name, 'N', Math.min(MAX_TEXT_WIDTH, Math.max(f.length(), f.scale() + 2)),
                                Math.min(f.scale(), 15))
                        : new DbfColumn(f, name, 'F', f.length() > 0 ? Math.min(f.length(), MAX_TEXT_WIDTH)
                                : DEFAULT_DECIMAL_WIDTH, 0);
                case BOOLEAN -> new DbfColumn(f, name, 'L', 1, 0);
                case DATE -> new DbfColumn(f, name, 'D', 8, 0);
            });
        }
        return columns;
    }

    /** The names changed by {@link #plan}: dBase name to original name, in field order. */
    Map<String, String> renamed() {
        return renamed;
    }

    private String shorten(String original, Set<String> used) {
        String name = encodable(original);
        String candidate = prefix(name, MAX_NAME_BYTES);
        for (int i = 2; used.contains(candidate.toLowerCase(Locale.ROOT)); i++) {
            String suffix = "_" + i;
            candidate = prefix(name, MAX_NAME_BYTES - suffix.length()) + suffix;
        }
        used.add(candidate.toLowerCase(Locale.ROOT));
        return candidate;
    }

    private String encodable(String name) {
        CharsetEncoder e = charset.newEncoder();
        StringBuilder sb = new StringBuilder(name.length());
        name.codePoints().forEach(cp -> {
            String s = new String(Character.toChars(cp));
            sb.append(e.canEncode(s) && cp >= 0x20 ? s : "_");
        });
        return sb.toString();
    }

    /** The longest prefix of {@code s} whose encoding fits {@code bytes} bytes, never cutting a character. */
    String prefix(String s, int bytes) {
        CharsetEncoder e = charset.newEncoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        CharBuffer in = CharBuffer.wrap(s);
        e.encode(in, ByteBuffer.allocate(bytes), true);
        return s.substring(0, in.position());
    }
}
