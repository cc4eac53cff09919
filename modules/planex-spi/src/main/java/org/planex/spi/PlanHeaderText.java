package org.planex.spi;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Properties;
import java.util.TreeMap;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.InStream;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBConstants;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.planex.model.AdminLevel;
import org.planex.model.Attachment;
import org.planex.model.Classification;
import org.planex.model.CrsRef;
import org.planex.model.Jurisdiction;
import org.planex.model.Neighbour;
import org.planex.model.PlanHeader;
import org.planex.model.PlanInfo;
import org.planex.model.PlanStatus;
import org.planex.model.PlanType;

/**
 * The one stored form of a {@link PlanHeader} for layered formats: {@code key=value} lines (UTF-8, keys sorted,
 * {@link Properties} escapes), and the boundary as WKB. Exact: every field, names in their order, dates as ISO
 * text, the CRS as its URI, so that reading what was written gives an {@code equals} header.
 *
 * <p>Two ways to store it:
 * <ul>
 * <li>all in one text, the boundary as hexadecimal WKB under {@code boundary.wkb}: the sidecar
 *     {@code plan.planex-header} of shapefile and GeoJSON folders. {@link #write(PlanHeader, Writer)} and
 *     {@link #read(Reader)} stream the boundary's digits (for files); {@link #toText(PlanHeader)} and
 *     {@link #fromText(String)} give and take the same text as a string;</li>
 * <li>the text without the boundary ({@link #toTextWithoutBoundary(PlanHeader)}) and the boundary on its own as
 *     binary WKB, whole ({@link #boundaryWkb(Geometry)}) or in pieces ({@link #boundaryWkbPieces(Geometry)}),
 *     read back with {@link #fromText(String, Geometry)} and {@link #boundary(byte[])} or
 *     {@link #boundary(Iterator)}: for containers that hold binary values (a GeoPackage table), so that a
 *     boundary of many polygons costs its WKB once instead of a text twice its size.</li>
 * </ul>
 * The WKB is JTS's {@code WKBWriter} output, little-endian, with z (flagged as JTS flags it) when the first
 * coordinate has z; both byte orders are read.
 *
 * <p>Example lines: {@code jurisdiction.code=320509}, {@code jurisdiction.languages=zh,en},
 * {@code neighbour.0000.code=310118}, {@code crs=http\://www.opengis.net/def/crs/EPSG/0/4549}.
 *
 * <p><b>Thread safety:</b> stateless.
 *
 * @since 0.1
 */
public final class PlanHeaderText {

    private static final String BOUNDARY_KEY = "boundary.wkb";
    private static final String FIRST_LINE = "# planex plan header (PlanHeaderText)\n";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PlanHeaderText() {
    }

    /** The text form of a header, boundary included (as hexadecimal WKB); the text {@link #write} writes. */
    public static String toText(PlanHeader h) {
        StringWriter out = new StringWriter();
        try {
            write(h, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Writes the text of {@link #toText(PlanHeader)} to {@code out}, the boundary's hexadecimal WKB piece by piece
     * ({@link #boundaryWkbPieces}), so that a boundary of many polygons is never one string: the sidecar of a
     * boundary of 100,000 polygons is 44 MB of hexadecimal digits.
     *
     * @param h the header
     * @param out where to write; not closed
     * @throws IOException if {@code out} fails
     */
    public static void write(PlanHeader h, Writer out) throws IOException {
        String boundaryLine = BOUNDARY_KEY + "=";
        boolean boundaryDone = h.boundary() == null;
        out.write(FIRST_LINE);
        for (String line : lines(h)) {
            if (!boundaryDone && line.compareTo(boundaryLine) > 0) {
                writeBoundaryLine(h.boundary(), out);
                boundaryDone = true;
            }
            out.write(line);
            out.write('\n');
        }
        if (!boundaryDone) {
            writeBoundaryLine(h.boundary(), out);
        }
    }

    private static void writeBoundaryLine(Geometry boundary, Writer out) throws IOException {
        out.write(BOUNDARY_KEY + "=");
        char[] hex = new char[0];
        for (Iterator<byte[]> pieces = boundaryWkbPieces(boundary); pieces.hasNext(); ) {
            byte[] piece = pieces.next();
            if (hex.length < 2 * piece.length) {
                hex = new char[2 * piece.length];
            }
            for (int i = 0; i < piece.length; i++) {
                hex[2 * i] = HEX[(piece[i] >> 4) & 0xF];
                hex[2 * i + 1] = HEX[piece[i] & 0xF];
            }
            out.write(hex, 0, 2 * piece.length);
        }
        out.write('\n');
    }

    /**
     * Reads the text of {@link #write} (or {@link #toText(PlanHeader)}) from {@code in}, decoding a
     * {@code boundary.wkb} line as it streams by instead of holding it as a string.
     *
     * @param in the text; not closed
     * @throws IOException if {@code in} fails
     * @throws IllegalArgumentException naming the key that is missing or wrong
     */
    public static PlanHeader read(Reader in) throws IOException {
        BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in);
        char[] prefix = (BOUNDARY_KEY + "=").toCharArray();
        char[] head = new char[prefix.length];
        StringBuilder text = new StringBuilder();
        Geometry boundary = null;
        while (true) {
            r.mark(prefix.length);
            int n = 0;
            for (int got = 0; n < head.length && got >= 0; n += Math.max(got, 0)) {
                got = r.read(head, n, head.length - n);
            }
            if (n == prefix.length && Arrays.equals(head, prefix) && boundary == null) {
                try {
                    boundary = boundary(new HexLinePieces(r));
                } catch (IllegalArgumentException e) {
                    if (e.getCause() instanceof UncheckedIOException io) {
                        throw io.getCause();
                    }
                    throw e;
                }
                continue;
            }
            r.reset();
            String line = r.readLine();
            if (line == null) {
                break;
            }
            text.append(line).append('\n');
        }
        return fromText(text.toString(), boundary);
    }

    /** The rest of a line of hexadecimal digits, as bytes, in pieces of at most 32 KiB. */
    private static final class HexLinePieces implements Iterator<byte[]> {
        private final Reader in;
        private final char[] digits = new char[1 << 16];
        private boolean ended;

        HexLinePieces(Reader in) {
            this.in = in;
        }

        @Override
        public boolean hasNext() {
            return !ended;
        }

        @Override
        public byte[] next() {
            if (ended) {
                throw new NoSuchElementException();
            }
            int n = 0;
            try {
                while (n < digits.length) {
                    int c = in.read();
                    if (c < 0 || c == '\n' || c == '\r') {
                        ended = true;
                        break;
                    }
                    digits[n++] = (char) c;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (n % 2 != 0) {
                throw new IllegalArgumentException(BOUNDARY_KEY + " has an odd number of hexadecimal digits");
            }
            byte[] bytes = new byte[n / 2];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (digit(digits[2 * i]) << 4 | digit(digits[2 * i + 1]));
            }
            return bytes;
        }

        private static int digit(char c) {
            int d = Character.digit(c, 16);
            if (d < 0) {
                throw new IllegalArgumentException(BOUNDARY_KEY + " has '" + c + "', not a hexadecimal digit");
            }
            return d;
        }
    }

    /**
     * The text form of a header without its boundary, for formats that store {@link #boundaryWkb(Geometry)}
     * beside it.
     */
    public static String toTextWithoutBoundary(PlanHeader h) {
        return FIRST_LINE + String.join("\n", lines(h)) + "\n";
    }

    /**
     * The boundary as WKB (little-endian, with z when it has z): the encoding of {@code boundary.wkb}.
     *
     * @param boundary a geometry, not {@code null}
     */
    public static byte[] boundaryWkb(Geometry boundary) {
        boolean hasZ = !boundary.isEmpty() && !Double.isNaN(boundary.getCoordinate().getZ());
        return new WKBWriter(hasZ ? 3 : 2, ByteOrderValues.LITTLE_ENDIAN).write(boundary);
    }

    /**
     * The boundary's WKB in pieces whose concatenation is {@link #boundaryWkb(Geometry)}: for a multipolygon
     * (any geometry collection) its 9-byte head (byte order, type, number of members), then one piece per member;
     * for a polygon one piece. A format that stores the pieces one by one (rows of a table) holds one member's
     * WKB at a time, not an array the size of the whole boundary. Pieces are made as they are asked for.
     *
     * @param boundary a geometry, not {@code null}
     */
    public static Iterator<byte[]> boundaryWkbPieces(Geometry boundary) {
        boolean hasZ = !boundary.isEmpty() && !Double.isNaN(boundary.getCoordinate().getZ());
        WKBWriter writer = new WKBWriter(hasZ ? 3 : 2, ByteOrderValues.LITTLE_ENDIAN);
        if (!(boundary instanceof GeometryCollection) || boundary.isEmpty()) {
            return List.of(writer.write(boundary)).iterator();
        }
        int type = switch (boundary.getGeometryType()) {
            case Geometry.TYPENAME_MULTIPOINT -> WKBConstants.wkbMultiPoint;
            case Geometry.TYPENAME_MULTILINESTRING -> WKBConstants.wkbMultiLineString;
            case Geometry.TYPENAME_MULTIPOLYGON -> WKBConstants.wkbMultiPolygon;
            default -> WKBConstants.wkbGeometryCollection;
        };
        int members = boundary.getNumGeometries();
        byte[] head = ByteBuffer.allocate(9).order(ByteOrder.LITTLE_ENDIAN).put((byte) WKBConstants.wkbNDR)
                .putInt(hasZ ? type | 0x80000000 : type).putInt(members).array();
        return new Iterator<>() {
            private int next = -1;

            @Override
            public boolean hasNext() {
                return next < members;
            }

            @Override
            public byte[] next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return next++ < 0 ? head : writer.write(boundary.getGeometryN(next - 1));
            }
        };
    }

    /**
     * Reads a boundary from WKB in pieces, e.g. those of {@link #boundaryWkbPieces(Geometry)}, without joining
     * them into one array.
     *
     * @throws IllegalArgumentException if the pieces are not WKB
     */
    public static Geometry boundary(Iterator<byte[]> pieces) {
        InStream in = new InStream() {
            private byte[] piece = new byte[0];
            private int at;

            @Override
            public int read(byte[] buf) throws IOException {
                int filled = 0;
                while (filled < buf.length) {
                    if (at == piece.length) {
                        if (!pieces.hasNext()) {
                            break;
                        }
                        piece = pieces.next();
                        at = 0;
                        continue;
                    }
                    int n = Math.min(buf.length - filled, piece.length - at);
                    System.arraycopy(piece, at, buf, filled, n);
                    at += n;
                    filled += n;
                }
                return filled;
            }
        };
        try {
            return new WKBReader(new GeometryFactory()).read(in);
        } catch (IOException | ParseException | RuntimeException e) {
            throw new IllegalArgumentException("boundary is not valid WKB: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a boundary written by {@link #boundaryWkb(Geometry)} (or any WKB).
     *
     * @throws IllegalArgumentException if the bytes are not WKB
     */
    public static Geometry boundary(byte[] wkb) {
        try {
            return new WKBReader(new GeometryFactory()).read(wkb);
        } catch (ParseException | RuntimeException e) {
            throw new IllegalArgumentException("boundary is not valid WKB: " + e.getMessage(), e);
        }
    }

    /** The sorted lines of every field but the boundary. */
    private static List<String> lines(PlanHeader h) {
        Map<String, String> p = new TreeMap<>();
        put(p, "package.id", h.packageId());
        put(p, "package.schemaVersion", h.schemaVersion());
        put(p, "package.producer", h.producer());
        Jurisdiction j = h.jurisdiction();
        put(p, "jurisdiction.code", j.code());
        put(p, "jurisdiction.scheme", j.scheme());
        put(p, "jurisdiction.level", j.level().token());
        put(p, "jurisdiction.parent", j.parentCode());
        put(p, "jurisdiction.languages", String.join(",", j.names().keySet()));
        j.names().forEach((lang, name) -> put(p, "jurisdiction.name." + lang, name));
        PlanInfo i = h.plan();
        put(p, "plan.id", i.id());
        put(p, "plan.title", i.title());
        put(p, "plan.type", i.type().token());
        put(p, "plan.status", i.status().token());
        put(p, "plan.authority", i.authority());
        put(p, "plan.approvalDate", i.approvalDate() == null ? null : i.approvalDate().toString());
        put(p, "plan.approvalReference", i.approvalReference());
        put(p, "plan.validFrom", i.validFrom() == null ? null : i.validFrom().toString());
        put(p, "plan.validTo", i.validTo() == null ? null : i.validTo().toString());
        put(p, "crs", h.crs().uri());
        put(p, "classification.system", h.classification().system());
        put(p, "classification.version", h.classification().version());
        for (int n = 0; n < h.neighbours().size(); n++) {
            Neighbour nb = h.neighbours().get(n);
            put(p, key("neighbour", n, "code"), nb.code());
            put(p, key("neighbour", n, "scheme"), nb.scheme());
            put(p, key("neighbour", n, "name"), nb.name());
        }
        for (int n = 0; n < h.attachments().size(); n++) {
            Attachment a = h.attachments().get(n);
            put(p, key("attachment", n, "path"), a.path());
            put(p, key("attachment", n, "mediaType"), a.mediaType());
            put(p, key("attachment", n, "sha256"), a.sha256());
            put(p, key("attachment", n, "title"), a.title());
        }
        Properties props = new Properties();
        props.putAll(p);
        StringWriter out = new StringWriter();
        try {
            props.store(out, "planex plan header");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String[] lines = out.toString().split("\n");
        List<String> sorted = new ArrayList<>();
        for (String l : lines) {
            if (!l.startsWith("#")) {
                sorted.add(l);
            }
        }
        sorted.sort(null);
        return sorted;
    }

    /**
     * Reads the text form written by {@link #toText(PlanHeader)}.
     *
     * @throws IllegalArgumentException naming the key that is missing or wrong
     */
    public static PlanHeader fromText(String text) {
        return fromText(text, null);
    }

    /**
     * Reads the text form, with a boundary stored apart.
     *
     * @param text the text of {@link #toTextWithoutBoundary(PlanHeader)} (or of {@link #toText(PlanHeader)})
     * @param boundary the boundary read from where the format stores it, or {@code null} for the one in the
     *     text (if any)
     * @throws IllegalArgumentException naming the key that is missing or wrong, or if the text has a boundary
     *     too
     */
    public static PlanHeader fromText(String text, Geometry boundary) {
        Properties props = new Properties();
        try {
            props.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> p = new LinkedHashMap<>();
        props.forEach((k, v) -> p.put((String) k, (String) v));
        Map<String, String> names = new LinkedHashMap<>();
        for (String lang : required(p, "jurisdiction.languages").split(",")) {
            names.put(lang, required(p, "jurisdiction.name." + lang));
        }
        Jurisdiction j = new Jurisdiction(required(p, "jurisdiction.code"), required(p, "jurisdiction.scheme"), names,
                AdminLevel.fromToken(required(p, "jurisdiction.level")), p.get("jurisdiction.parent"));
        PlanInfo plan = new PlanInfo(required(p, "plan.id"), required(p, "plan.title"),
                PlanType.fromToken(required(p, "plan.type")), PlanStatus.fromToken(required(p, "plan.status")),
                p.get("plan.authority"), date(p.get("plan.approvalDate")), p.get("plan.approvalReference"),
                date(p.get("plan.validFrom")), date(p.get("plan.validTo")));
        List<Neighbour> neighbours = new ArrayList<>();
        for (int n = 0; p.containsKey(key("neighbour", n, "code")); n++) {
            neighbours.add(new Neighbour(p.get(key("neighbour", n, "code")), p.get(key("neighbour", n, "scheme")),
                    p.get(key("neighbour", n, "name"))));
        }
        List<Attachment> attachments = new ArrayList<>();
        for (int n = 0; p.containsKey(key("attachment", n, "path")); n++) {
            attachments.add(new Attachment(p.get(key("attachment", n, "path")), p.get(key("attachment", n, "mediaType")),
                    p.get(key("attachment", n, "sha256")), p.get(key("attachment", n, "title"))));
        }
        String wkb = p.get(BOUNDARY_KEY);
        if (wkb != null) {
            if (boundary != null) {
                throw new IllegalArgumentException("plan header text has a " + BOUNDARY_KEY + " and a boundary apart");
            }
            boundary = boundary(WKBReader.hexToBytes(wkb));
        }
        return new PlanHeader(required(p, "package.id"), required(p, "package.schemaVersion"), p.get("package.producer"),
                j, plan, CrsRef.parse(required(p, "crs")), new Classification(required(p, "classification.system"),
                p.get("classification.version")), neighbours, boundary, attachments);
    }

    private static String key(String kind, int n, String field) {
        return kind + "." + String.format("%04d", n) + "." + field;
    }

    private static void put(Map<String, String> p, String key, String value) {
        if (value != null) {
            p.put(key, value);
        }
    }

    private static String required(Map<String, String> p, String key) {
        String v = p.get(key);
        if (v == null) {
            throw new IllegalArgumentException("plan header text lacks " + key);
        }
        return v;
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }
}
