package org.planex.format.geopackage;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * Ids and bounding boxes for an R-tree level: the boxes of a layer's rows, collected while they are inserted, and
 * the boxes of the nodes {@link RTreeIndexBuilder} packs above them. Boxes are stored as the R-tree stores them,
 * 32-bit floats rounded outwards (minimums down, maximums up) so that each float box contains its geometry. Costs
 * 24 bytes per entry, in blocks of 8,192 entries so the heap never needs one large array: the one structure of
 * the GeoPackage writer that grows with the number of features (GDAL's bulk loader does the same).
 *
 * <p><b>Thread safety:</b> not thread-safe.
 */
final class RTreeEntries {

    private static final int BLOCK_BITS = 13;
    private static final int BLOCK = 1 << BLOCK_BITS;

    private final List<long[]> ids = new ArrayList<>();
    private final List<float[]> boxes = new ArrayList<>();
    private int size;

    /** Adds the box of row {@code id}, rounded outwards to floats. */
    void add(long id, Envelope e) {
        add(id, down(e.getMinX()), up(e.getMaxX()), down(e.getMinY()), up(e.getMaxY()));
    }

    /** Adds a float box. */
    void add(long id, float minX, float maxX, float minY, float maxY) {
        int offset = size & (BLOCK - 1);
        if (offset == 0) {
            ids.add(new long[BLOCK]);
            boxes.add(new float[4 * BLOCK]);
        }
        ids.get(size >> BLOCK_BITS)[offset] = id;
        float[] b = boxes.get(size >> BLOCK_BITS);
        b[4 * offset] = minX;
        b[4 * offset + 1] = maxX;
        b[4 * offset + 2] = minY;
        b[4 * offset + 3] = maxY;
        size++;
    }

    /** The number of entries. */
    int size() {
        return size;
    }

    /** The id of entry {@code i}. */
    long id(int i) {
        return ids.get(i >> BLOCK_BITS)[i & (BLOCK - 1)];
    }

    /** Ordinate {@code k} (0 minx, 1 maxx, 2 miny, 3 maxy) of entry {@code i}. */
    float box(int i, int k) {
        return boxes.get(i >> BLOCK_BITS)[4 * (i & (BLOCK - 1)) + k];
    }

    /** The largest float not above {@code d}. */
    static float down(double d) {
        float f = (float) d;
        return f > d ? Math.nextDown(f) : f;
    }

    /** The smallest float not below {@code d}. */
    static float up(double d) {
        float f = (float) d;
        return f < d ? Math.nextUp(f) : f;
    }
}
