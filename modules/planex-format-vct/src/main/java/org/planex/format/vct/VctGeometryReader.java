package org.planex.format.vct;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.locationtech.jts.algorithm.PointLocation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateArrays;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;

/**
 * Reads the records of one geometry section. Every record is {@code id}, {@code featureCode},
 * {@code styleCode} (图形表现编码) and {@code type} lines, a body, and a closing {@code 0} line. Two layouts
 * are read: the GB/T 17798-2007 one that independent VCT readers and the land-survey exports use, and the
 * older planex one (files planex wrote before it was checked against them):
 * <ul>
 *   <li>Point, types 1 and 2: one coordinate line; type 3 (directed): the point and a direction point;
 *       type 4 (point group): {@code n}, then {@code n} coordinate lines. A count line after type 1 or 2 is
 *       read as a point group too (the older layout).</li>
 *   <li>Line, type 1: the number of parts, then for each part its segment type (11, a polyline), {@code n}
 *       and {@code n} coordinate lines. The older layout has no part count and no segment type: {@code n}
 *       and {@code n} coordinate lines per part, the closing {@code 0} ending the parts.</li>
 *   <li>Polygon type 100 (indirect): a label point line, the composition type 21 (line references), {@code m},
 *       then {@code m} tokens over one or more lines: line ids, negative for a line run backwards, {@code 0}
 *       between rings ({@code m} counts the {@code 0}s). Type 21 without the 100 is the older layout.</li>
 *   <li>Polygon type 1 (direct): a label point line, the ring count, then for each ring its type (11),
 *       {@code n} and {@code n} coordinate lines. Type 11 is the older layout: {@code n} and coordinates per
 *       ring up to the closing {@code 0}.</li>
 * </ul>
 * Blank lines inside a record are skipped, except the style line, which may be blank. A coordinate line is
 * {@code x SEP y}; with {@code XAxisDirection:N} x is the northing and is swapped. Rings are sorted into
 * polygons in file order: a ring inside the current outer ring is its hole, any other ring starts a new
 * polygon.
 *
 * <p><b>Thread safety:</b> used by one thread at a time.
 */
final class VctGeometryReader {

    /** Points, parts or line references a record may have at most. */
    static final int MAX_COUNT = 10_000_000;

    private final VctLineReader in;
    private final VctSection section;
    private final String end;
    private final char sep;
    private final boolean swap;
    private final VctLineStore lines;
    private final GeometryFactory factory = new GeometryFactory();
    private String pending;

    /**
     * A reader of {@code section}'s records from {@code in}, positioned at the section's first line.
     *
     * @param lines the file's lines, for polygons that reference them; {@code null} for other sections
     */
    VctGeometryReader(VctLineReader in, VctSection section, VctHeader header, VctLineStore lines) {
        this.in = in;
        this.section = section;
        this.end = section.token() + "End";
        this.sep = header.separator();
        this.swap = header.northFirst();
        this.lines = lines;
    }

    /** The next record, or {@code null} at the section's end. */
    VctRecord next() throws PlanexException {
        String first = line(end);
        if (first.strip().equals(end)) {
            return null;
        }
        long line = in.lineNumber();
        long id = integer(first, "the identifier (标识码) of a " + section.token() + " record");
        String code = line("a feature code").strip();
        String style = in.require("a representation code").strip();
        long type = integer(line("a geometry type"), "the geometry type");
        boolean multi = style.equals(VctGeometryWriter.MULTI);
        try {
            Geometry g = switch (section) {
                case POINT -> points(type, multi);
                case LINE -> lines(type, multi);
                case POLYGON -> polygon(type, multi, id);
            };
            return new VctRecord(id, code, style, g, line);
        } catch (PlanexException e) {
            throw new PlanexException(e.getKind(), e.getLocation().withFeature(Long.toString(id)), e.getReason(), e);
        } catch (IOException | IllegalArgumentException e) {
            throw PlanexException.unreadable(in.location().withFeature(Long.toString(id)), "record " + id + ": "
                    + e.getMessage(), e);
        }
    }

    private Geometry points(long type, boolean multi) throws PlanexException {
        requireType(type, 1, 2, 3, 4);
        String first = line("a coordinate line or a point count");
        Coordinate[] c;
        if (type != 4 && isCoordinate(first)) {
            c = new Coordinate[] {coordinate(first)};
            if (type == 3) {
                coordinates(1);
            }
        } else {
            c = coordinates(count(first, "the point count"));
        }
        end();
        if (c.length == 0) {
            return null;
        }
        return c.length == 1 && !multi ? factory.createPoint(c[0]) : factory.createMultiPointFromCoords(c);
    }

    private Geometry lines(long type, boolean multi) throws PlanexException {
        if (type == 100) {
            throw located("line type 100 (a line made of other lines) is not supported; planex reads lines with "
                    + "coordinates (type 1)");
        }
        requireType(type, 1);
        List<LineString> parts = new ArrayList<>();
        long k = count(line("a part count"), "the part count");
        String next = k == 0 ? null : line("a segment type or a coordinate line");
        if (next != null && isCoordinate(next)) {
            pending = next;
            for (long n = k; n != 0; n = count(line("a point count or 0"), "a point count or 0")) {
                parts.add(part(n));
            }
            return lineGeometry(parts, multi);
        }
        for (long p = 0; p < k; p++) {
            long segment = integer(p == 0 ? next : line("a segment type"), "the segment type");
            if (segment != 11 && segment != 1) {
                throw located("segment type " + segment + " is not supported; planex reads polylines (11)");
            }
            parts.add(part(count(line("a point count"), "the point count")));
        }
        endOrNext(k);
        return lineGeometry(parts, multi);
    }

    /**
     * Consumes the closing {@code 0}; after an empty line of the older layout, whose {@code 0} was its part
     * count, the next record follows instead and is put back.
     */
    private void endOrNext(long parts) throws PlanexException {
        String s = line("the closing 0 of a record");
        if (parts == 0 && !s.strip().equals("0")) {
            pending = s;
            return;
        }
        if (!s.strip().equals("0")) {
            throw notEnd(s);
        }
    }

    private LineString part(long n) throws PlanexException {
        if (n < 2) {
            throw located("a line part has " + n + " point; a line needs 2 or more");
        }
        return factory.createLineString(coordinates(n));
    }

    private Geometry lineGeometry(List<LineString> parts, boolean multi) {
        if (parts.isEmpty()) {
            return null;
        }
        return parts.size() == 1 && !multi ? parts.get(0)
                : factory.createMultiLineString(parts.toArray(new LineString[0]));
    }

    private Geometry polygon(long type, boolean multi, long id) throws PlanexException, IOException {
        requireType(type, 1, 11, 21, 100);
        coordinates(1);
        List<Coordinate[]> rings = new ArrayList<>();
        if (type == 100) {
            long composition = integer(line("the composition type"), "the composition type of an indirect polygon");
            if (composition != 21) {
                throw located("polygon composition type " + composition + " is not supported; planex reads "
                        + "polygons made of lines (21)");
            }
        }
        if (type == 11) {
            for (long n = count(line("a point count or 0"), "a point count or 0"); n != 0;
                    n = count(line("a point count or 0"), "a point count or 0")) {
                rings.add(coordinates(n));
            }
        } else if (type == 1) {
            long r = count(line("the ring count"), "the ring count");
            for (long k = 0; k < r; k++) {
                long shape = integer(line("a ring type"), "the ring type");
                if (shape != 11) {
                    throw located("ring type " + shape + " is not supported; planex reads simple polygons (11)");
                }
                rings.add(coordinates(count(line("a point count"), "the point count")));
            }
            end();
        } else {
            rings = referencedRings(id);
            end();
        }
        return assemble(rings, multi);
    }

    private List<Coordinate[]> referencedRings(long id) throws PlanexException, IOException {
        long m = count(line("the number of line references"), "the number of line references");
        List<Coordinate[]> rings = new ArrayList<>();
        List<Coordinate> ring = new ArrayList<>();
        long read = 0;
        while (read < m) {
            String row = line("line references");
            for (String token : row.split("[" + Pattern.quote(String.valueOf(sep)) + "\\s]+")) {
                if (token.isEmpty()) {
                    continue;
                }
                if (++read > m) {
                    throw located("more line references than the " + m + " announced");
                }
                long ref = integer(token, "a line reference");
                if (ref == 0) {
                    closeRing(ring, rings);
                    continue;
                }
                if (lines == null) {
                    throw located("polygon " + id + " references lines, but the file has no Line section");
                }
                Coordinate[] c = lines.get(Math.abs(ref));
                if (c == null) {
                    throw located("polygon " + id + " references line " + Math.abs(ref) + ", which the Line section "
                            + "does not hold");
                }
                if (c.length == 0) {
                    throw located("polygon " + id + " references line " + Math.abs(ref) + ", which has several parts");
                }
                if (ref < 0) {
                    CoordinateArrays.reverse(c);
                }
                int from = !ring.isEmpty() && ring.get(ring.size() - 1).equals2D(c[0]) ? 1 : 0;
                for (int k = from; k < c.length; k++) {
                    ring.add(c[k]);
                }
            }
        }
        closeRing(ring, rings);
        return rings;
    }

    private void closeRing(List<Coordinate> ring, List<Coordinate[]> rings) throws PlanexException {
        if (ring.isEmpty()) {
            return;
        }
        if (!ring.get(0).equals2D(ring.get(ring.size() - 1)) || ring.size() < 4) {
            throw located("the lines of a ring do not close it (" + ring.size() + " points from " + ring.get(0)
                    + " to " + ring.get(ring.size() - 1) + ")");
        }
        rings.add(ring.toArray(new Coordinate[0]));
        ring.clear();
    }

    private Geometry assemble(List<Coordinate[]> rings, boolean multi) {
        if (rings.isEmpty()) {
            return null;
        }
        List<Polygon> polygons = new ArrayList<>();
        LinearRing shell = null;
        List<LinearRing> holes = new ArrayList<>();
        for (Coordinate[] r : rings) {
            LinearRing ring = factory.createLinearRing(r);
            if (shell != null && inside(r, shell.getCoordinates())) {
                holes.add(ring);
                continue;
            }
            if (shell != null) {
                polygons.add(factory.createPolygon(shell, holes.toArray(new LinearRing[0])));
                holes.clear();
            }
            shell = ring;
        }
        polygons.add(factory.createPolygon(shell, holes.toArray(new LinearRing[0])));
        return polygons.size() == 1 && !multi ? polygons.get(0)
                : factory.createMultiPolygon(polygons.toArray(new Polygon[0]));
    }

    private static boolean inside(Coordinate[] ring, Coordinate[] shell) {
        for (Coordinate c : ring) {
            if (!PointLocation.isOnLine(c, shell)) {
                return PointLocation.isInRing(c, shell);
            }
        }
        return true;
    }

    private void requireType(long type, long... allowed) throws PlanexException {
        for (long a : allowed) {
            if (type == a) {
                return;
            }
        }
        throw located(section.token() + " geometry type " + type + " is not supported; planex reads "
                + Arrays.toString(allowed));
    }

    private Coordinate[] coordinates(long n) throws PlanexException {
        Coordinate[] c = new Coordinate[(int) n];
        for (int i = 0; i < n; i++) {
            c[i] = coordinate(line("a coordinate line"));
        }
        return c;
    }

    private boolean isCoordinate(String row) {
        return row.indexOf(sep) >= 0;
    }

    private Coordinate coordinate(String row) throws PlanexException {
        int s = row.indexOf(sep);
        try {
            if (s < 0) {
                throw new NumberFormatException("no separator");
            }
            double a = Double.parseDouble(row.substring(0, s).strip());
            int t = row.indexOf(sep, s + 1);
            double b = Double.parseDouble(row.substring(s + 1, t < 0 ? row.length() : t).strip());
            if (!Double.isFinite(a) || !Double.isFinite(b)) {
                throw new NumberFormatException("not finite");
            }
            return swap ? new Coordinate(b, a) : new Coordinate(a, b);
        } catch (NumberFormatException e) {
            throw located("'" + VctHeader.abbreviate(row) + "' is not a coordinate line x" + sep + "y");
        }
    }

    /** The next line that is not blank (or the one put back), which must exist. */
    private String line(String expected) throws PlanexException {
        if (pending != null) {
            String s = pending;
            pending = null;
            return s;
        }
        String s = in.require(expected);
        while (s.isBlank()) {
            s = in.require(expected);
        }
        return s;
    }

    private long count(String row, String what) throws PlanexException {
        long n = integer(row, what);
        if (n < 0 || n > MAX_COUNT) {
            throw located(what + " " + n + " is outside 0.." + MAX_COUNT);
        }
        return n;
    }

    private void end() throws PlanexException {
        String s = line("the closing 0 of a record").strip();
        if (!s.equals("0")) {
            throw notEnd(s);
        }
    }

    private PlanexException notEnd(String s) {
        return located("'" + VctHeader.abbreviate(s.strip()) + "' where the closing 0 of the record was expected; "
                + "the record has more values than its counts say");
    }

    private long integer(String s, String what) throws PlanexException {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            throw located("'" + VctHeader.abbreviate(s) + "' is not a whole number (" + what + ")");
        }
    }

    private PlanexException located(String reason) {
        Location at = in.location();
        return PlanexException.unreadable(at, "in the " + section.token() + " section: " + reason, null);
    }
}
