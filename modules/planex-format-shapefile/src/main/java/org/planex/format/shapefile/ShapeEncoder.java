package org.planex.format.shapefile;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.Puntal;

/**
 * Encodes JTS geometries as shape record contents of one shape type: outer rings clockwise, holes
 * counter-clockwise (reversed when needed), Z written for Z types (0 where a coordinate has none), no M.
 *
 * <p><b>Thread safety:</b> not thread-safe (it reuses its buffer).
 */
final class ShapeEncoder {

    private final ShapeType type;
    private ByteBuffer buffer = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);

    /** An encoder for records of {@code type}. */
    ShapeEncoder(ShapeType type) {
        this.type = type;
    }

    /** Whether a geometry can be written to a file of this encoder's type. */
    boolean accepts(Geometry g) {
        return switch (type.base()) {
            case POINT -> g instanceof Point;
            case MULTIPOINT -> g instanceof Puntal;
            case POLYLINE -> g instanceof Lineal;
            case POLYGON -> g instanceof Polygonal;
            default -> false;
        };
    }

    /**
     * Encodes one geometry; {@code null} or empty gives a null shape.
     *
     * @return the content, little endian, from position 0 to its limit, valid until the next call
     */
    ByteBuffer encode(Geometry g) {
        buffer.clear();
        if (g == null || g.isEmpty()) {
            ensure(4);
            buffer.putInt(0);
        } else {
            switch (type.base()) {
                case POINT -> point((Point) g);
                case MULTIPOINT -> multiPoint(g);
                case POLYLINE -> parts(g, false);
                default -> parts(g, true);
            }
        }
        buffer.flip();
        return buffer;
    }

    private void point(Point p) {
        ensure(28);
        Coordinate c = p.getCoordinate();
        buffer.putInt(type.code()).putDouble(c.x).putDouble(c.y);
        if (type.hasZ()) {
            buffer.putDouble(z(c));
        }
    }

    private void multiPoint(Geometry g) {
        int n = g.getNumGeometries();
        ensure(40 + 24 * n + 16);
        buffer.putInt(type.code());
        putBox(g.getEnvelopeInternal());
        buffer.putInt(n);
        for (int i = 0; i < n; i++) {
            Coordinate c = g.getGeometryN(i).getCoordinate();
            buffer.putDouble(c.x).putDouble(c.y);
        }
        if (type.hasZ()) {
            putZ(g);
            for (int i = 0; i < n; i++) {
                buffer.putDouble(z(g.getGeometryN(i).getCoordinate()));
            }
        }
    }

    private void parts(Geometry g, boolean polygon) {
        int numParts = 0;
        int numPoints = 0;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part.isEmpty()) {
                continue;
            }
            if (polygon) {
                Polygon p = (Polygon) part;
                numParts += 1 + p.getNumInteriorRing();
            } else {
                numParts++;
            }
            numPoints += part.getNumPoints();
        }
        ensure(44 + 4 * numParts + 24 * numPoints + 16);
        buffer.putInt(type.code());
        putBox(g.getEnvelopeInternal());
        buffer.putInt(numParts).putInt(numPoints);
        int partsAt = buffer.position();
        int pointsAt = partsAt + 4 * numParts;
        int zAt = pointsAt + 16 * numPoints + 16;
        int part = 0;
        int point = 0;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry piece = g.getGeometryN(i);
            if (piece.isEmpty()) {
                continue;
            }
            if (polygon) {
                Polygon p = (Polygon) piece;
                buffer.putInt(partsAt + 4 * part++, point);
                point = putRing(p.getExteriorRing(), true, pointsAt, zAt, point);
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    buffer.putInt(partsAt + 4 * part++, point);
                    point = putRing(p.getInteriorRingN(h), false, pointsAt, zAt, point);
                }
            } else {
                buffer.putInt(partsAt + 4 * part++, point);
                point = putSequence(((LineString) piece).getCoordinateSequence(), false, pointsAt, zAt, point);
            }
        }
        buffer.position(pointsAt + 16 * numPoints);
        if (type.hasZ()) {
            putZ(g);
            buffer.position(zAt + 8 * numPoints);
        }
    }

    private int putRing(LinearRing ring, boolean clockwise, int pointsAt, int zAt, int point) {
        CoordinateSequence seq = ring.getCoordinateSequence();
        boolean isClockwise = signedArea2(seq) < 0;
        return putSequence(seq, isClockwise != clockwise, pointsAt, zAt, point);
    }

    private int putSequence(CoordinateSequence seq, boolean reverse, int pointsAt, int zAt, int point) {
        int n = seq.size();
        boolean z = type.hasZ();
        for (int i = 0; i < n; i++) {
            int k = reverse ? n - 1 - i : i;
            buffer.putDouble(pointsAt + 16 * point, seq.getX(k));
            buffer.putDouble(pointsAt + 16 * point + 8, seq.getY(k));
            if (z) {
                double v = seq.getZ(k);
                buffer.putDouble(zAt + 8 * point, Double.isNaN(v) ? 0 : v);
            }
            point++;
        }
        return point;
    }

    private static double signedArea2(CoordinateSequence seq) {
        double sum = 0;
        int n = seq.size();
        if (n < 3) {
            return 0;
        }
        double x0 = seq.getX(0);
        double y0 = seq.getY(0);
        for (int i = 1; i < n - 1; i++) {
            sum += (seq.getX(i) - x0) * (seq.getY(i + 1) - y0) - (seq.getX(i + 1) - x0) * (seq.getY(i) - y0);
        }
        return sum;
    }

    private void putBox(Envelope e) {
        buffer.putDouble(e.getMinX()).putDouble(e.getMinY()).putDouble(e.getMaxX()).putDouble(e.getMaxY());
    }

    private void putZ(Geometry g) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Coordinate c : g.getCoordinates()) {
            double v = z(c);
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        buffer.putDouble(min).putDouble(max);
    }

    private static double z(Coordinate c) {
        double v = c.getZ();
        return Double.isNaN(v) ? 0 : v;
    }

    private void ensure(int bytes) {
        if (buffer.capacity() < bytes) {
            buffer = ByteBuffer.allocate(Math.max(bytes, buffer.capacity() * 2)).order(ByteOrder.LITTLE_ENDIAN);
        }
    }
}
