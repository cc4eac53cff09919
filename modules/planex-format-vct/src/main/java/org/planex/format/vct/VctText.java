package org.planex.format.vct;

import java.util.ArrayList;
import java.util.List;

/**
 * The text form of attribute values in an {@code Attribute} row: values separated by the header's separator.
 * Text is written as it is, like other VCT writers do, unless it is empty or holds the separator, a double
 * quote, a line feed or a carriage return; then it is written between double quotes, in which {@code \"},
 * {@code \\}, {@code \n}, {@code \r} and {@code \t} stand for a quote, a backslash, a line feed, a carriage
 * return and a tab, so that every row stays on one line. An empty unquoted value is a null; {@code ""} is the empty text. Unquoted text is taken as it
 * is, without trimming.
 *
 * <p><b>Thread safety:</b> stateless.
 */
final class VctText {

    private VctText() {
    }

    /** Appends {@code value} as it is when it reads back unchanged, else quoted and escaped. */
    static void write(String value, char sep, StringBuilder out) {
        boolean plain = !value.isEmpty();
        for (int i = 0; plain && i < value.length(); i++) {
            char c = value.charAt(i);
            plain = c != sep && c != '"' && c != '\n' && c != '\r';
        }
        if (plain) {
            out.append(value);
        } else {
            quote(value, out);
        }
    }

    /** Appends {@code value} quoted and escaped. */
    private static void quote(String value, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        out.append('"');
    }

    /**
     * Splits a row into at most {@code max} values; a quoted value is unescaped and marked by a {@link Quoted}
     * wrapper, an empty unquoted one is {@code null}.
     *
     * @throws IllegalArgumentException if a quote is not closed, text follows a closing quote, or there are
     *     more than {@code max} values (the message says which)
     */
    static List<Object> split(String row, char sep, int max) {
        List<Object> out = new ArrayList<>();
        int i = 0;
        int n = row.length();
        while (true) {
            if (out.size() == max) {
                throw new IllegalArgumentException("more than " + max + " values");
            }
            if (i < n && row.charAt(i) == '"') {
                StringBuilder sb = new StringBuilder();
                i++;
                while (true) {
                    if (i >= n) {
                        throw new IllegalArgumentException("a quoted value is not closed");
                    }
                    char c = row.charAt(i++);
                    if (c == '"') {
                        break;
                    }
                    if (c == '\\' && i < n) {
                        char e = row.charAt(i++);
                        sb.append(switch (e) {
                            case 'n' -> '\n';
                            case 'r' -> '\r';
                            case 't' -> '\t';
                            default -> e;
                        });
                    } else {
                        sb.append(c);
                    }
                }
                out.add(new Quoted(sb.toString()));
                if (i < n && row.charAt(i) != sep) {
                    throw new IllegalArgumentException("text follows a closing quote at column " + (i + 1));
                }
            } else {
                int end = row.indexOf(sep, i);
                String v = row.substring(i, end < 0 ? n : end);
                out.add(v.isEmpty() ? null : v);
                i = end < 0 ? n : end;
            }
            if (i >= n) {
                return out;
            }
            i++;
        }
    }

    /** A value that was quoted in the row. @param text the unescaped text */
    record Quoted(String text) {
    }
}
