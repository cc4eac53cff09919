package org.planex.format.shapefile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A node of a WKT 1 (OGC or ESRI) coordinate system definition: a keyword with a quoted name and children
 * (numbers, words, nested nodes), parsed by {@link #parse(String)}.
 *
 * @param keyword the keyword in upper case, e.g. {@code PROJCS}
 * @param name the first quoted value, or {@code null}
 * @param values the other plain values (numbers, quoted strings, words), in order
 * @param children the nested nodes, in order
 */
record PrjWktNode(String keyword, String name, List<String> values, List<PrjWktNode> children) {

    private static final int MAX_DEPTH = 16;

    /** The first child with this keyword, or {@code null}. */
    PrjWktNode child(String childKeyword) {
        for (PrjWktNode c : children) {
            if (c.keyword.equals(childKeyword)) {
                return c;
            }
        }
        return null;
    }

    /** The children with this keyword. */
    List<PrjWktNode> all(String childKeyword) {
        return children.stream().filter(c -> c.keyword.equals(childKeyword)).toList();
    }

    /** The first plain value as a number, or {@code NaN}. */
    double number() {
        try {
            return values.isEmpty() ? Double.NaN : Double.parseDouble(values.get(0));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * Parses WKT text.
     *
     * @throws IllegalArgumentException with a one-line reason if the text is not WKT
     */
    static PrjWktNode parse(String text) {
        Parser p = new Parser(text);
        p.skipSpace();
        PrjWktNode node = p.node(0);
        p.skipSpace();
        if (p.pos != text.length()) {
            throw new IllegalArgumentException("unexpected text after the definition at character " + (p.pos + 1));
        }
        return node;
    }

    private static final class Parser {
        final String s;
        int pos;

        Parser(String s) {
            this.s = s;
        }

        void skipSpace() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        PrjWktNode node(int depth) {
            if (depth > MAX_DEPTH) {
                throw new IllegalArgumentException("definition nested deeper than " + MAX_DEPTH);
            }
            String keyword = word();
            if (keyword.isEmpty()) {
                throw new IllegalArgumentException("expected a WKT keyword at character " + (pos + 1));
            }
            skipSpace();
            char open = pos < s.length() ? s.charAt(pos) : 0;
            if (open != '[' && open != '(') {
                throw new IllegalArgumentException("expected '[' after " + keyword + " at character " + (pos + 1));
            }
            char close = open == '[' ? ']' : ')';
            pos++;
            String name = null;
            List<String> values = new ArrayList<>();
            List<PrjWktNode> children = new ArrayList<>();
            boolean first = true;
            while (true) {
                skipSpace();
                if (pos >= s.length()) {
                    throw new IllegalArgumentException("unterminated " + keyword);
                }
                char c = s.charAt(pos);
                if (c == close) {
                    pos++;
                    break;
                }
                if (!first) {
                    if (c != ',') {
                        throw new IllegalArgumentException("expected ',' in " + keyword + " at character "
                                + (pos + 1));
                    }
                    pos++;
                    skipSpace();
                    c = pos < s.length() ? s.charAt(pos) : 0;
                }
                if (c == '"') {
                    String q = quoted();
                    if (first) {
                        name = q;
                    } else {
                        values.add(q);
                    }
                } else if (Character.isLetter(c)) {
                    int mark = pos;
                    String w = word();
                    skipSpace();
                    if (pos < s.length() && (s.charAt(pos) == '[' || s.charAt(pos) == '(')) {
                        pos = mark;
                        children.add(node(depth + 1));
                    } else {
                        values.add(w);
                    }
                } else {
                    values.add(number());
                }
                first = false;
            }
            return new PrjWktNode(keyword.toUpperCase(Locale.ROOT), name, List.copyOf(values), List.copyOf(children));
        }

        String word() {
            int start = pos;
            while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) {
                pos++;
            }
            return s.substring(start, pos);
        }

        String quoted() {
            int start = ++pos;
            while (pos < s.length() && s.charAt(pos) != '"') {
                pos++;
            }
            if (pos >= s.length()) {
                throw new IllegalArgumentException("unterminated quoted text");
            }
            return s.substring(start, pos++);
        }

        String number() {
            int start = pos;
            while (pos < s.length() && "+-.0123456789eE".indexOf(s.charAt(pos)) >= 0) {
                pos++;
            }
            if (start == pos) {
                throw new IllegalArgumentException("unexpected character '" + s.charAt(pos) + "' at character "
                        + (pos + 1));
            }
            return s.substring(start, pos);
        }
    }
}
