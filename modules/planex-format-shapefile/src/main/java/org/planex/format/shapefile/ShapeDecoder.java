package org.planex.format.shapefile;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * Decodes the content of one shape record into a JTS geometry: x = east, y = north as stored, Z kept, M
 * dropped. Points become Point, multipoints MultiPoint, polylines LineString or MultiLineString, polygons
 * Polygon or MultiPolygon (rings assembled by {@link PolygonRingAssembler}).
 *
 * <p>Degenerate parts are repaired the way GDAL reads them and reported through {@link #lastRepair()}: an
 * unclosed ring is closed, a ring with fewer than four points or a line with one point is padded by repeating
 * its last point.
 *
 * <p><b>Thread safety:</b> not thread-safe (it keeps the last repair note).
 */
final class ShapeDecoder {

    private final GeometryFactory factory;
    private final PolygonRingAssembler assembler;
    private final ShapeType fileType;
    private String repair;

    /** A decoder for records of a file whose header declares {@code fileType}. */
    ShapeDecoder(GeometryFactory factory, ShapeType fileType) {
        this.factory = factory;
        this.assembler = new PolygonRingAssembler(factory);
        this.fileType = fileType;
    }

    /** What the last {@link #decode} repaired, or {@code null}. */
    String lastRepair() {
        return repair;
    }

    /**
     * Decodes one record.
     *
     * @param b the record content, little endian, from its shape type to its end
     * @return the geometry, or {@code null} for a null shape
     * @throws MalformedShapeException if the content is inconsistent
     */
    Geometry decode(ByteBuffer b) throws MalformedShapeException {
        repair = null;
        int code = b.getInt(0);
        if (code == 0) {
            return null;
        }
        ShapeType type = ShapeType.fromCode(code);
        if (type == null || (type.base() != fileType.base() && fileType != ShapeType.NULL)) {
            throw new MalformedShapeException("shape type " + code + " in a file of shape type "
                    + fileType.code());
        }
        return switch (type.base()) {
            case POINT -> point(b, type);
            case MULTIPOINT -> multiPoint(b, type);
            case POLYLINE -> parts(b, type, false);
            case POLYGON -> parts(b, type, true);
            default -> throw new MalformedShapeException("shape type " + code + " is not supported");
        };
    }

    private Geometry point(ByteBuffer b, ShapeType type) throws MalformedShapeException {
        int need = type.hasZ() ? 28 : 20;
        require(b, need);
        double x = b.getDouble(4);
        double y = b.getDouble(12);
        Coordinate c = type.hasZ() ? new Coordinate(x, y, b.getDouble(20)) : new Coordinate(x, y);
        return factory.createPoint(c);
    }

    private Geometry multiPoint(ByteBuffer b, ShapeType type) throws MalformedShapeException {
        require(b, 40);
        int n = b.getInt(36);
        if (n < 0 || n > (b.limit() - 40) / 16) {
            throw new MalformedShapeException("point count " + n + " does not fit the record of "
                    + b.limit() + " bytes");
        }
        int zAt = 40 + 16 * n + 16;
        boolean z = type.hasZ();
        if (z) {
            require(b, zAt + 8 * n);
        }
        Coordinate[] pts = new Coordinate[n];
        for (int i = 0; i < n; i++) {
            double x = b.getDouble(40 + 16 * i);
            double y = b.getDouble(48 + 16 * i);
            pts[i] = z ? new Coordinate(x, y, b.getDouble(zAt + 8 * i)) : new Coordinate(x, y);
        }
        return factory.createMultiPointFromCoords(pts);
    }

    private Geometry parts(ByteBuffer b, ShapeType type, boolean polygon) throws MalformedShapeException {
        require(b, 44);
        int numParts = b.getInt(36);
        int numPoints = b.getInt(40);
        long pointsAt = 44L + 4L * numParts;
        if (numParts < 0 || numPoints < 0 || pointsAt + 16L * numPoints > b.limit()) {
            throw new MalformedShapeException(numParts + " parts and " + numPoints
                    + " points do not fit the record of " + b.limit() + " bytes");
        }
        boolean z = type.hasZ();
        int zAt = (int) (pointsAt + 16L * numPoints + 16);
        if (z) {
            require(b, zAt + 8 * numPoints);
        }
        int xyAt = (int) pointsAt;
        List<Coordinate[]> pieces = new ArrayList<>(numParts);
        for (int p = 0; p < numParts; p++) {
            int start = b.getInt(44 + 4 * p);
            int stop = p + 1 < numParts ? b.getInt(44 + 4 * (p + 1)) : numPoints;
            if (start < 0 || stop > numPoints || start > stop) {
                throw new MalformedShapeException("part " + (p + 1) + " has invalid point indexes " + start
                        + ".." + stop + " (of " + numPoints + " points)");
            }
            if (start == stop) {
                continue;
            }
            Coordinate[] cs = new Coordinate[stop - start];
            for (int i = start; i < stop; i++) {
                double x = b.getDouble(xyAt + 16 * i);
                double y = b.getDouble(xyAt + 16 * i + 8);
                if (polygon && !(Double.isFinite(x) && Double.isFinite(y))) {
                    throw new MalformedShapeException("point " + (i + 1) + " of ring " + (p + 1) + " is (" + x + " "
                            + y + "); a ring's coordinates must be finite numbers");
                }
                cs[i - start] = z ? new Coordinate(x, y, b.getDouble(zAt + 8 * i)) : new Coordinate(x, y);
            }
            pieces.add(polygon ? closeRing(cs) : padLine(cs));
        }
        if (polygon) {
            return pieces.isEmpty() ? factory.createPolygon() : assembler.assemble(pieces);
        }
        if (pieces.isEmpty()) {
            return factory.createLineString();
        }
        if (pieces.size() == 1) {
            return factory.createLineString(pieces.get(0));
        }
        LineString[] lines = new LineString[pieces.size()];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = factory.createLineString(pieces.get(i));
        }
        return factory.createMultiLineString(lines);
    }

    private Coordinate[] closeRing(Coordinate[] cs) {
        Coordinate[] ring = cs;
        if (!cs[0].equals2D(cs[cs.length - 1])) {
            ring = new Coordinate[cs.length + 1];
            System.arraycopy(cs, 0, ring, 0, cs.length);
            ring[cs.length] = cs[0].copy();
            repair = "an unclosed ring was closed";
        }
        if (ring.length < 4) {
            Coordinate[] padded = new Coordinate[4];
            System.arraycopy(ring, 0, padded, 0, ring.length);
            for (int i = ring.length; i < 4; i++) {
                padded[i] = ring[ring.length - 1].copy();
            }
            ring = padded;
            repair = "a ring with fewer than four points was padded";
        }
        return ring;
    }

    private Coordinate[] padLine(Coordinate[] cs) {
        if (cs.length >= 2) {
            return cs;
        }
        repair = "a line part with one point was doubled";
        return new Coordinate[] {cs[0], cs[0].copy()};
    }

    private static void require(ByteBuffer b, int bytes) throws MalformedShapeException {
        if (b.limit() < bytes) {
            throw new MalformedShapeException("the record has " + b.limit() + " bytes, fewer than the "
                    + bytes + " its shape needs");
        }
    }

    /** A shape record whose content is inconsistent; the caller adds the file and record number. */
    static final class MalformedShapeException extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedShapeException(String message) {
            super(message);
        }
    }
}
