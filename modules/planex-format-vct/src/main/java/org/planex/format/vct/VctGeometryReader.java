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
 * {@code styleCode}, {@code type} lines, a body, and a closing {@code 0} line:
 * <ul>
 *   <li>Point (type 1): {@code n}, then {@code n} coordinate lines;</li>
 *   <li>Line (type 1): for each part {@code n} and {@code n} coordinate lines (VCT 2.0 lines have one part);</li>
 *   <li>Polygon type 21 (line references): a label point line, {@code m}, then {@code m} line ids over one or
 *       more lines (a negative id runs the line backwards, {@code 0} closes a ring);</li>
 *   <li>Polygon type 11 (direct coordinates): a label point line, then for each ring {@code n} and {@code n}
 *       coordinate lines.</li>
 * </ul>
 * A coordinate line is {@code x SEP y}; with {@code XAxisDirection:N} x is the northing and is swapped. Rings
 * are sorted into polygons in file order: a ring inside the current outer ring is its hole, any other ring
 * starts a new polygon.
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
        String first = in.require(end);
        while (first.isBlank()) {
            first = in.require(end);
        }
        if (first.strip().equals(end)) {
            return null;
        }
        long line = in.lineNumber();
        long id = integer(first, "the identifier (标识码) of a " + section.token() + " record");
        String code = in.require("a feature code").strip();
        String style = in.require("a representation code").strip();
        long type = integer(in.require("a geometry type"), "the geometry type");
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
        requireType(type, 1, 2, 3);
        Coordinate[] c = coordinates(count("the point count", 0));
        end();
        if (c.length == 0) {
            return null;
        }
        return c.length == 1 && !multi ? factory.createPoint(c[0]) : factory.createMultiPointFromCoords(c);
    }

    private Geometry lines(long type, boolean multi) throws PlanexException {
        requireType(type, 1);
        List<LineString> parts = new ArrayList<>();
        for (long n = count("a point count or 0", 0); n != 0; n = count("a point count or 0", 0)) {
            if (n < 2) {
                throw located("a line part has " + n + " point; a line needs 2 or more");
            }
            parts.add(factory.createLineString(coordinates(n)));
        }
        if (parts.isEmpty()) {
            return null;
        }
        return parts.size() == 1 && !multi ? parts.get(0)
                : factory.createMultiLineString(parts.toArray(new LineString[0]));
    }

    private Geometry polygon(long type, boolean multi, long id) throws PlanexException, IOException {
        requireType(type, 11, 21);
        coordinates(1);
        List<Coordinate[]> rings = new ArrayList<>();
        if (type == 11) {
            for (long n = count("a point count or 0", 0); n != 0; n = count("a point count or 0", 0)) {
                rings.add(coordinates(n));
            }
        } else {
            rings = referencedRings(id);
            end();
        }
        return assemble(rings, multi);
    }

    private List<Coordinate[]> referencedRings(long id) throws PlanexException, IOException {
        long m = count("the number of line references", 0);
        List<Coordinate[]> rings = new ArrayList<>();
        List<Coordinate> ring = new ArrayList<>();
        long read = 0;
        while (read < m) {
            String row = in.require("line references");
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
            String row = in.require("a coordinate line");
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
                c[i] = swap ? new Coordinate(b, a) : new Coordinate(a, b);
            } catch (NumberFormatException e) {
                throw located("'" + VctHeader.abbreviate(row) + "' is not a coordinate line x" + sep + "y");
            }
        }
        return c;
    }

    private long count(String what, long min) throws PlanexException {
        long n = integer(in.require(what), what);
        if (n < min || n > MAX_COUNT) {
            throw located(what + " " + n + " is outside " + min + ".." + MAX_COUNT);
        }
        return n;
    }

    private void end() throws PlanexException {
        String s = in.require("the closing 0 of a record").strip();
        if (!s.equals("0")) {
            throw located("'" + VctHeader.abbreviate(s) + "' where the closing 0 of the record was expected; "
                    + "the record has more values than its counts say");
        }
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
