package org.planex.format.geopackage;

import java.util.Arrays;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * Decodes GeoPackage binary geometries (GeoPackage 1.2, clause 2.1.3): checks the {@code GP} header, skips the
 * envelope and reads the WKB (ISO or extended, either byte order) with JTS.
 *
 * <p><b>Thread safety:</b> not thread-safe; one instance per cursor.
 */
final class GeoPackageGeometryReader {

    private final WKBReader wkb;

    /** A reader building geometries with {@code factory}. */
    GeoPackageGeometryReader(GeometryFactory factory) {
        this.wkb = new WKBReader(factory);
    }

    /**
     * Decodes one blob.
     *
     * @throws IllegalArgumentException if the blob is not a valid GeoPackage geometry (the message says why)
     */
    Geometry read(byte[] blob) {
        Geometry g;
        try {
            g = wkb.read(Arrays.copyOfRange(blob, wkbOffset(blob), blob.length));
        } catch (ParseException | RuntimeException e) {
            throw new IllegalArgumentException("invalid WKB in the geometry blob (" + e.getMessage() + ")", e);
        }
        return g;
    }

    /**
     * The envelope stored in the header of a blob, or the geometry's envelope when the header has none;
     * {@code null} for an empty geometry.
     */
    Envelope envelope(byte[] blob) {
        int offset = wkbOffset(blob);
        if ((blob[3] & 0x10) != 0) {
            return null;
        }
        if (offset > 8) {
            boolean little = (blob[3] & 1) != 0;
            return new Envelope(getDouble(blob, 8, little), getDouble(blob, 16, little), getDouble(blob, 24, little),
                    getDouble(blob, 32, little));
        }
        Geometry g = read(blob);
        return g.isEmpty() ? null : g.getEnvelopeInternal();
    }

    private static int wkbOffset(byte[] blob) {
        if (blob.length < 8 || blob[0] != 'G' || blob[1] != 'P') {
            throw new IllegalArgumentException("not a GeoPackage geometry blob (no GP header)");
        }
        if ((blob[3] & 0x20) != 0) {
            throw new IllegalArgumentException("extended GeoPackage geometry types are not supported");
        }
        int envelopeType = (blob[3] >> 1) & 0x07;
        int envelopeSize = switch (envelopeType) {
            case 0 -> 0;
            case 1 -> 32;
            case 2, 3 -> 48;
            case 4 -> 64;
            default -> throw new IllegalArgumentException("invalid envelope type " + envelopeType
                    + " in the geometry header");
        };
        if (blob.length < 8 + envelopeSize) {
            throw new IllegalArgumentException("geometry blob shorter than its header");
        }
        return 8 + envelopeSize;
    }

    private static double getDouble(byte[] b, int at, boolean little) {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            int shift = little ? 8 * i : 8 * (7 - i);
            v |= (b[at + i] & 0xFFL) << shift;
        }
        return Double.longBitsToDouble(v);
    }
}
