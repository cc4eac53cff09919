package org.planex.crs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One node of a parsed WKT CRS: a keyword and its values (quoted texts, numbers and enumerations are kept as
 * strings; nested nodes as {@code WktNode}). Parses WKT 1 (OGC and ESRI) and the bracket syntax of WKT 2.
 */
final class WktNode {

    /** The longest WKT accepted, in characters; a {@code .prj} is a few hundred. */
    static final int MAX_LENGTH = 64 * 1024;
    private static final int MAX_DEPTH = 32;

    private final String keyword;
    private final List<Object> values = new ArrayList<>();

    private WktNode(String keyword) {
        this.keyword = keyword;
    }

    /** The keyword in upper case, e.g. {@code PROJCS}. */
    String keyword() {
        return keyword;
    }

    /** The first value if it is a text, e.g. the name of a PROJCS. */
    String name() {
        return !values.isEmpty() && values.get(0) instanceof String s ? s : "";
    }

    /** The text or number value at index, if it is one. */
    Optional<String> text(int index) {
        return index < values.size() && values.get(index) instanceof String s ? Optional.of(s) : Optional.empty();
    }

    /** The first direct child with this keyword. */
    Optional<WktNode> child(String key) {
        return children(key).stream().findFirst();
    }

    /** The direct children with this keyword, in order. */
    List<WktNode> children(String key) {
        List<WktNode> out = new ArrayList<>();
        for (Object v : values) {
            if (v instanceof WktNode n && n.keyword.equals(key)) {
                out.add(n);
            }
        }
        return out;
    }

    /**
     * Parses one WKT CRS.
     *
     * @throws IllegalArgumentException if the text is not well-formed WKT, too long or too deep
     */
    static WktNode parse(String wkt) {
        if (wkt.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("WKT longer than " + MAX_LENGTH + " characters");
        }
        Parser p = new Parser(wkt.strip());
        WktNode root = p.node(0);
        p.skipSpace();
        if (p.pos != p.text.length()) {
            throw new IllegalArgumentException("unexpected text after the WKT at character " + p.pos);
        }
        return root;
    }

    private static final class Parser {
        private final String text;
        private int pos;

        Parser(String text) {
            this.text = text;
        }

        WktNode node(int depth) {
            if (depth > MAX_DEPTH) {
                throw new IllegalArgumentException("WKT nested deeper than " + MAX_DEPTH);
            }
            skipSpace();
            int start = pos;
            while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                pos++;
            }
            if (start == pos) {
                throw error("a keyword");
            }
            WktNode node = new WktNode(text.substring(start, pos).toUpperCase(Locale.ROOT));
            skipSpace();
            if (pos >= text.length() || (text.charAt(pos) != '[' && text.charAt(pos) != '(')) {
                throw error("'[' after " + node.keyword);
            }
            char close = text.charAt(pos) == '[' ? ']' : ')';
            pos++;
            while (true) {
                skipSpace();
                if (pos >= text.length()) {
                    throw error("'" + close + "'");
                }
                char c = text.charAt(pos);
                if (c == close && node.values.isEmpty()) {
                    pos++;
                    return node;
                } else if (c == '"') {
                    node.values.add(quoted());
                } else if (c == '-' || c == '+' || c == '.' || Character.isDigit(c)) {
                    int s = pos;
                    while (pos < text.length() && "+-.eE0123456789".indexOf(text.charAt(pos)) >= 0) {
                        pos++;
                    }
                    node.values.add(text.substring(s, pos));
                } else if (Character.isLetter(c)) {
                    int save = pos;
                    while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos))
                            || text.charAt(pos) == '_')) {
                        pos++;
                    }
                    int end = pos;
                    skipSpace();
                    if (pos < text.length() && (text.charAt(pos) == '[' || text.charAt(pos) == '(')) {
                        pos = save;
                        node.values.add(node(depth + 1));
                    } else {
                        node.values.add(text.substring(save, end));
                    }
                } else {
                    throw error("a value");
                }
                skipSpace();
                if (pos < text.length() && text.charAt(pos) == ',') {
                    pos++;
                } else if (pos < text.length() && text.charAt(pos) == close) {
                    pos++;
                    return node;
                } else {
                    throw error("',' or '" + close + "'");
                }
            }
        }

        private String quoted() {
            StringBuilder sb = new StringBuilder();
            pos++;
            while (pos < text.length()) {
                char c = text.charAt(pos++);
                if (c == '"') {
                    if (pos < text.length() && text.charAt(pos) == '"') {
                        sb.append('"');
                        pos++;
                    } else {
                        return sb.toString();
                    }
                } else {
                    sb.append(c);
                }
            }
            throw error("a closing quote");
        }

        void skipSpace() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        private IllegalArgumentException error(String expected) {
            return new IllegalArgumentException("malformed WKT: expected " + expected + " at character " + pos);
        }
    }
}
