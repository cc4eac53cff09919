package org.planex.format.geopackage;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;

/**
 * Encodes a JTS geometry as a GeoPackage binary geometry (GeoPackage 1.2, clause 2.1.3): the {@code GP} header
 * (version 0, little-endian, XY envelope except for points, the empty flag) followed by little-endian WKB.
 * Geometries with z values are written with three dimensions. Two-dimensional polygons and multipolygons, the
 * bulk of plan data, are encoded straight into the blob (the same bytes JTS's {@link WKBWriter} gives, without
 * its intermediate streams); everything else goes through {@link WKBWriter}.
 *
 * <p><b>Thread safety:</b> not thread-safe (the WKB writers keep buffers); one instance per layer.
 */
final class GeoPackageGeometryWriter {

    private final WKBWriter xy = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN);
    private final WKBWriter xyz = new WKBWriter(3, ByteOrderValues.LITTLE_ENDIAN);

    /** The GeoPackage blob of {@code g} in the SRS {@code srsId}. */
    byte[] write(Geometry g, int srsId) {
        boolean empty = g.isEmpty();
        boolean hasZ = hasZ(g);
        boolean direct = !empty && !hasZ && (g instanceof Polygon || g instanceof MultiPolygon);
        byte[] wkb = direct ? null : (hasZ ? xyz : xy).write(g);
        boolean withEnvelope = !empty && !(g instanceof Point);
        int headerSize = 8 + (withEnvelope ? 32 : 0);
        byte[] out = new byte[headerSize + (direct ? polygonalSize(g) : wkb.length)];
        out[0] = 'G';
        out[1] = 'P';
        out[2] = 0;
        out[3] = (byte) (1 | (withEnvelope ? 1 << 1 : 0) | (empty ? 1 << 4 : 0));
        putInt(out, 4, srsId);
        if (withEnvelope) {
            Envelope e = g.getEnvelopeInternal();
            putDouble(out, 8, e.getMinX());
            putDouble(out, 16, e.getMaxX());
            putDouble(out, 24, e.getMinY());
            putDouble(out, 32, e.getMaxY());
        }
        if (direct) {
            putPolygonal(out, headerSize, g);
        } else {
            System.arraycopy(wkb, 0, out, headerSize, wkb.length);
        }
        return out;
    }

    /** The WKB size of a 2D polygon or multipolygon. */
    private static int polygonalSize(Geometry g) {
        if (g instanceof Polygon p) {
            int size = 9;
            if (!p.isEmpty()) {
                size += 4 + 16 * p.getExteriorRing().getNumPoints();
                for (int i = 0; i < p.getNumInteriorRing(); i++) {
                    size += 4 + 16 * p.getInteriorRingN(i).getNumPoints();
                }
            }
            return size;
        }
        int size = 9;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            size += polygonalSize(g.getGeometryN(i));
        }
        return size;
    }

    /** Writes the WKB of a 2D polygon or multipolygon at {@code at}; returns the position after it. */
    private static int putPolygonal(byte[] b, int at, Geometry g) {
        b[at] = 1;
        if (g instanceof Polygon p) {
            putInt(b, at + 1, 3);
            if (p.isEmpty()) {
                putInt(b, at + 5, 0);
                return at + 9;
            }
            putInt(b, at + 5, 1 + p.getNumInteriorRing());
            int next = putRing(b, at + 9, p.getExteriorRing().getCoordinateSequence());
            for (int i = 0; i < p.getNumInteriorRing(); i++) {
                next = putRing(b, next, p.getInteriorRingN(i).getCoordinateSequence());
            }
            return next;
        }
        putInt(b, at + 1, 6);
        putInt(b, at + 5, g.getNumGeometries());
        int next = at + 9;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            next = putPolygonal(b, next, g.getGeometryN(i));
        }
        return next;
    }

    private static int putRing(byte[] b, int at, CoordinateSequence seq) {
        int n = seq.size();
        putInt(b, at, n);
        int p = at + 4;
        for (int i = 0; i < n; i++) {
            putDouble(b, p, seq.getX(i));
            putDouble(b, p + 8, seq.getY(i));
            p += 16;
        }
        return p;
    }

    /** Whether {@code g} has z values (written with three dimensions). */
    static boolean hasZ(Geometry g) {
        return !g.isEmpty() && !Double.isNaN(g.getCoordinate().getZ());
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >>> 8);
        b[at + 2] = (byte) (v >>> 16);
        b[at + 3] = (byte) (v >>> 24);
    }

    private static void putDouble(byte[] b, int at, double d) {
        long v = Double.doubleToRawLongBits(d);
        for (int i = 0; i < 8; i++) {
            b[at + i] = (byte) (v >>> (8 * i));
        }
    }
}
