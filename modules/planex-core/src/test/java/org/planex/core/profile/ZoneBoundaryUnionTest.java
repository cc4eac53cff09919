package org.planex.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * The streamed union equals {@link UnaryUnionOp} of all the zones at once, on seeded random plan coverages:
 * clean, with gaps, with overlapping zones, with invalid rings, and in shuffled order, with batches small
 * enough that every level of the cascade is exercised.
 */
class ZoneBoundaryUnionTest {

    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(1000), 4549);
    private static final int COLUMNS = 23;
    private static final int ROWS = 17;
    private static final double CELL = 40;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 20230701, 424242})
    void cleanCoverageIsOnePolygonWithoutFallback(long seed) {
        List<Geometry> zones = coverage(new Random(seed), 0);
        ZoneBoundaryUnion union = streamed(zones, 7);
        assertSameUnion(union, zones);
        assertThat(union.coverageFallbacks()).isZero();
        assertThat(union.result().orElseThrow()).isInstanceOf(Polygon.class);
        assertThat(union.zones()).isEqualTo(zones.size());
    }

    @ParameterizedTest
    @ValueSource(longs = {4, 5, 6, 7, 8})
    void coverageWithGapsAndHolesInShuffledOrder(long seed) {
        Random random = new Random(seed);
        List<Geometry> zones = coverage(random, 0.3);
        Collections.shuffle(zones, random);
        assertSameUnion(streamed(zones, 5), zones);
    }

    @ParameterizedTest
    @ValueSource(longs = {9, 10, 11, 12, 13})
    void overlappingZonesFallBackToTheGeneralOverlay(long seed) {
        Random random = new Random(seed);
        List<Geometry> zones = coverage(random, 0.1);
        for (int i = 0; i < 40; i++) {
            double x = random.nextDouble() * COLUMNS * CELL;
            double y = random.nextDouble() * ROWS * CELL;
            zones.add(random.nextInt(zones.size()), blob(random, x, y, CELL * (0.2 + random.nextDouble())));
        }
        ZoneBoundaryUnion union = streamed(zones, 6);
        assertSameUnion(union, zones);
        assertThat(union.coverageFallbacks()).isPositive();
    }

    @ParameterizedTest
    @ValueSource(longs = {14, 15, 16})
    void invalidRingsAreRepairedAndCount(long seed) {
        Random random = new Random(seed);
        List<Geometry> zones = coverage(random, 0.2);
        for (int i = 0; i < 10; i++) {
            double x = random.nextDouble() * COLUMNS * CELL;
            double y = random.nextDouble() * ROWS * CELL;
            zones.add(random.nextInt(zones.size()), bowtie(x, y, CELL * (0.5 + random.nextDouble())));
        }
        List<Geometry> repaired = zones.stream().map(GeometryFixer::fix).toList();
        assertSameUnion(streamed(zones, 8), repaired);
    }

    @ParameterizedTest
    @ValueSource(longs = {17, 18})
    void disjointZonesLikeTheBenchmarkGeneratorKeepEveryZone(long seed) {
        Random random = new Random(seed);
        List<Geometry> zones = new ArrayList<>();
        for (int row = 0; row < ROWS; row++) {
            for (int col = 0; col < COLUMNS; col++) {
                zones.add(blob(random, (col + 0.5) * CELL, (row + 0.5) * CELL, CELL * 0.45));
            }
        }
        ZoneBoundaryUnion union = streamed(zones, 10);
        assertSameUnion(union, zones);
        assertThat(union.result().orElseThrow().getNumGeometries()).isEqualTo(zones.size());
    }

    @Test
    void nonPolygonalAndEmptyGeometryIsIgnored() {
        ZoneBoundaryUnion union = new ZoneBoundaryUnion(2);
        assertThat(union.result()).isEmpty();
        assertThat(union.add(null)).isFalse();
        assertThat(union.add(FACTORY.createPoint(new Coordinate(1, 2)))).isFalse();
        assertThat(union.add(FACTORY.createPolygon())).isFalse();
        assertThat(union.zones()).isZero();
        assertThat(union.result()).isEmpty();
        assertThatThrownBy(() -> new ZoneBoundaryUnion(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void resultCanBeTakenWhileAdding() {
        List<Geometry> zones = coverage(new Random(19), 0);
        ZoneBoundaryUnion union = new ZoneBoundaryUnion(4);
        zones.subList(0, 50).forEach(union::add);
        assertSameUnion(union, zones.subList(0, 50));
        zones.subList(50, zones.size()).forEach(union::add);
        assertSameUnion(union, zones);
    }

    private static ZoneBoundaryUnion streamed(List<Geometry> zones, int batch) {
        ZoneBoundaryUnion union = new ZoneBoundaryUnion(batch);
        zones.forEach(union::add);
        return union;
    }

    /**
     * Same union up to the precision model (millimetres): where zones overlap, the overlays round the new
     * crossing vertices to the grid, each in its own order, which moves the area by a few square millimetres
     * per crossing.
     */
    private static void assertSameUnion(ZoneBoundaryUnion union, List<Geometry> zones) {
        Geometry expected = UnaryUnionOp.union(zones);
        Geometry actual = union.result().orElseThrow();
        double tolerance = 1e-7 * expected.getArea();
        assertThat(actual.isValid()).as("valid union").isTrue();
        assertThat(actual.getArea()).isCloseTo(expected.getArea(), offset(tolerance));
        assertThat(actual.symDifference(expected).getArea()).as("area off the exact union").isLessThan(tolerance);
    }

    /**
     * A jittered grid coverage: cells share their corner vertices and, at random, extra vertices on their
     * edges (so that zones have 4 to 12 vertices), each cell left out with probability {@code gaps}.
     */
    private static List<Geometry> coverage(Random random, double gaps) {
        Coordinate[][] corners = new Coordinate[COLUMNS + 1][ROWS + 1];
        for (int i = 0; i <= COLUMNS; i++) {
            for (int j = 0; j <= ROWS; j++) {
                double jx = i == 0 || i == COLUMNS ? 0 : (random.nextDouble() - 0.5) * CELL * 0.4;
                double jy = j == 0 || j == ROWS ? 0 : (random.nextDouble() - 0.5) * CELL * 0.4;
                corners[i][j] = point(i * CELL + jx, j * CELL + jy);
            }
        }
        Coordinate[][][] horizontal = new Coordinate[COLUMNS][ROWS + 1][];
        Coordinate[][][] vertical = new Coordinate[COLUMNS + 1][ROWS][];
        for (int i = 0; i < COLUMNS; i++) {
            for (int j = 0; j <= ROWS; j++) {
                horizontal[i][j] = edge(random, corners[i][j], corners[i + 1][j]);
            }
        }
        for (int i = 0; i <= COLUMNS; i++) {
            for (int j = 0; j < ROWS; j++) {
                vertical[i][j] = edge(random, corners[i][j], corners[i][j + 1]);
            }
        }
        List<Geometry> zones = new ArrayList<>();
        for (int j = 0; j < ROWS; j++) {
            for (int i = 0; i < COLUMNS; i++) {
                if (random.nextDouble() < gaps) {
                    continue;
                }
                List<Coordinate> ring = new ArrayList<>();
                add(ring, horizontal[i][j], false);
                add(ring, vertical[i + 1][j], false);
                add(ring, horizontal[i][j + 1], true);
                add(ring, vertical[i][j], true);
                ring.add(ring.get(0).copy());
                zones.add(FACTORY.createPolygon(ring.toArray(new Coordinate[0])));
            }
        }
        return zones;
    }

    /** An edge from {@code a} to {@code b} with 0 to 2 extra vertices on it, without its last vertex. */
    private static Coordinate[] edge(Random random, Coordinate a, Coordinate b) {
        int extra = random.nextInt(3);
        Coordinate[] edge = new Coordinate[1 + extra];
        edge[0] = a;
        for (int k = 1; k <= extra; k++) {
            double t = (double) k / (extra + 1);
            double bend = (random.nextDouble() - 0.5) * CELL * 0.2;
            double dx = b.x - a.x;
            double dy = b.y - a.y;
            double length = Math.hypot(dx, dy);
            edge[k] = point(a.x + t * dx - dy / length * bend, a.y + t * dy + dx / length * bend);
        }
        return appendEnd(edge, b);
    }

    private static Coordinate[] appendEnd(Coordinate[] edge, Coordinate end) {
        Coordinate[] full = Arrays.copyOf(edge, edge.length + 1);
        full[edge.length] = end;
        return full;
    }

    /** Appends the edge without its last vertex, reversed if asked. */
    private static void add(List<Coordinate> ring, Coordinate[] edge, boolean reversed) {
        for (int k = 0; k < edge.length - 1; k++) {
            ring.add(edge[reversed ? edge.length - 1 - k : k].copy());
        }
    }

    /** A star-shaped simple polygon of 8 to 16 vertices around (x, y). */
    private static Polygon blob(Random random, double x, double y, double radius) {
        int n = 8 + random.nextInt(9);
        Coordinate[] ring = new Coordinate[n + 1];
        for (int k = 0; k < n; k++) {
            double angle = 2 * Math.PI * (k + 0.8 * random.nextDouble() - 0.4) / n;
            double r = radius * (0.6 + 0.4 * random.nextDouble());
            ring[k] = point(x + r * Math.cos(angle), y + r * Math.sin(angle));
        }
        ring[n] = ring[0].copy();
        return FACTORY.createPolygon(ring);
    }

    /** A self-intersecting ring shaped like a bow tie. */
    private static Polygon bowtie(double x, double y, double size) {
        return FACTORY.createPolygon(new Coordinate[] {point(x, y), point(x + size, y + size), point(x + size, y),
            point(x, y + size), point(x, y)});
    }

    private static Coordinate point(double x, double y) {
        return new Coordinate(Math.round(x * 1000) / 1000.0, Math.round(y * 1000) / 1000.0);
    }
}
