package org.planex.crs;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Accumulates, while features stream past, what {@link DeclaredCrsValidator} needs to check coordinates
 * against their CRS: the envelope of all coordinates, their number, and a uniform random sample of at most
 * {@code capacity} coordinates (reservoir sampling, one coordinate per geometry). Memory is flat in the number
 * of features and each geometry costs one envelope merge and one random draw.
 *
 * <p>The sample is seeded, so the same input gives the same findings.
 *
 * <p>Thread safety: not thread-safe; use one survey per stream (or {@link #merge} surveys of parallel streams).
 *
 * @since 0.1
 */
public final class CoordinateSurvey {

    /** The default sample size. */
    public static final int DEFAULT_CAPACITY = 256;

    private final int capacity;
    private final SplittableRandom random;
    private final Envelope envelope = new Envelope();
    private final List<Coordinate> sample = new ArrayList<>();
    private long offered;

    /** A survey keeping {@link #DEFAULT_CAPACITY} sample coordinates. */
    public CoordinateSurvey() {
        this(DEFAULT_CAPACITY, 20260101L);
    }

    /**
     * A survey keeping at most {@code capacity} sample coordinates, drawn with the given seed.
     *
     * @param capacity sample size, at least 1
     * @param seed random seed
     */
    public CoordinateSurvey(int capacity, long seed) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        this.capacity = capacity;
        this.random = new SplittableRandom(seed);
    }

    /** Adds a geometry: its envelope, and its first coordinate as a sample candidate. Empty geometries are skipped. */
    public CoordinateSurvey add(Geometry geometry) {
        if (geometry == null || geometry.isEmpty()) {
            return this;
        }
        envelope.expandToInclude(geometry.getEnvelopeInternal());
        Coordinate c = geometry.getCoordinate();
        offer(c.x, c.y);
        return this;
    }

    /** Adds one coordinate (x = easting/longitude, y = northing/latitude). Non-finite values are skipped. */
    public CoordinateSurvey add(double x, double y) {
        if (Double.isFinite(x) && Double.isFinite(y)) {
            envelope.expandToInclude(x, y);
            offer(x, y);
        }
        return this;
    }

    /** Adds everything another survey saw (its sample competes with this one's as far as sizes allow). */
    public CoordinateSurvey merge(CoordinateSurvey other) {
        envelope.expandToInclude(other.envelope);
        for (Coordinate c : other.sample) {
            offer(c.x, c.y);
        }
        offered += other.offered - other.sample.size();
        return this;
    }

    /** The envelope of everything added (null envelope if nothing was). */
    public Envelope envelope() {
        return new Envelope(envelope);
    }

    /** How many geometries or coordinates were added. */
    public long count() {
        return offered;
    }

    /** Whether nothing has been added. */
    public boolean isEmpty() {
        return offered == 0;
    }

    /** A copy of the sample, at most the capacity. */
    public List<Coordinate> sample() {
        List<Coordinate> copy = new ArrayList<>(sample.size());
        for (Coordinate c : sample) {
            copy.add(new Coordinate(c.x, c.y));
        }
        return copy;
    }

    private void offer(double x, double y) {
        offered++;
        if (sample.size() < capacity) {
            sample.add(new Coordinate(x, y));
        } else {
            long slot = random.nextLong(offered);
            if (slot < capacity) {
                sample.set((int) slot, new Coordinate(x, y));
            }
        }
    }
}
