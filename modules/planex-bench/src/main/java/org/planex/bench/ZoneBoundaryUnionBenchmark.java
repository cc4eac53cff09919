package org.planex.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.planex.core.profile.ZoneBoundaryUnion;

/**
 * The plan boundary as the union of all the zones ({@link ZoneBoundaryUnion}), one whole stream per
 * invocation, in single-shot mode (seconds per union of {@code zones} zones). Two layouts, both on the grid of
 * {@link PlanLayerGenerator} (1,000 columns of 40 m cells, streamed row by row):
 * <ul>
 *   <li>{@code disjoint}: the generator's own zones, star-shaped polygons of 8 to 16 vertices that do not
 *       touch, so the union keeps every zone;</li>
 *   <li>{@code coverage}: a plan coverage, jittered cells sharing their edges vertex for vertex (each edge
 *       with 1 to 3 inner vertices, so 8 to 16 vertices a zone), so the union is one polygon.</li>
 * </ul>
 * The zones are generated in the set-up and held in memory (about 0.7 GB for 1,000,000), so run with a large
 * heap: {@code java -Xmx4g -jar benchmarks.jar ZoneBoundaryUnion -jvmArgs -Xmx4g}.
 *
 * <p><b>Thread safety:</b> JMH state per thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class ZoneBoundaryUnionBenchmark {

    private static final int COLUMNS = 1000;
    private static final double CELL = 40;
    private static final double X0 = 540_000;
    private static final double Y0 = 3_410_000;

    /** The number of zones. */
    @Param({"100000", "1000000"})
    public int zones;

    /** {@code disjoint} or {@code coverage}, see the class comment. */
    @Param({"disjoint", "coverage"})
    public String layout;

    private Geometry[] geometries;

    /** Generates the zones. */
    @Setup
    public void setUp() {
        geometries = "coverage".equals(layout) ? coverage(zones, 20230701) : disjoint(zones, 20230701);
    }

    /** The union of all the zones, streamed in order. */
    @Benchmark
    public Geometry union() {
        ZoneBoundaryUnion union = new ZoneBoundaryUnion();
        for (Geometry g : geometries) {
            union.add(g);
        }
        return union.result().orElseThrow();
    }

    /** The zones of {@link PlanLayerGenerator}, as written to {@code zones.shp}. */
    static Geometry[] disjoint(int count, long seed) {
        PlanLayerGenerator generator = new PlanLayerGenerator(count, seed);
        SplittableRandom random = new SplittableRandom(seed);
        Geometry[] zones = new Geometry[count];
        for (int i = 0; i < count; i++) {
            zones[i] = generator.zone(i, random).geometry();
        }
        return zones;
    }

    /** A coverage of {@code count} jittered cells on the generator's grid, row by row. */
    static Geometry[] coverage(int count, long seed) {
        GeometryFactory factory = new GeometryFactory(new PrecisionModel(1000), 4549);
        SplittableRandom random = new SplittableRandom(seed);
        int rows = (count + COLUMNS - 1) / COLUMNS;
        Coordinate[][] corners = new Coordinate[rows + 1][COLUMNS + 1];
        for (int j = 0; j <= rows; j++) {
            for (int i = 0; i <= COLUMNS; i++) {
                corners[j][i] = point(X0 + i * CELL + jitter(random, i == 0 || i == COLUMNS),
                        Y0 + j * CELL + jitter(random, j == 0 || j == rows));
            }
        }
        Coordinate[][][] below = new Coordinate[rows + 1][COLUMNS][];
        Coordinate[][][] left = new Coordinate[rows][COLUMNS + 1][];
        for (int j = 0; j <= rows; j++) {
            for (int i = 0; i < COLUMNS; i++) {
                below[j][i] = edge(random, corners[j][i], corners[j][i + 1]);
            }
        }
        for (int j = 0; j < rows; j++) {
            for (int i = 0; i <= COLUMNS; i++) {
                left[j][i] = edge(random, corners[j][i], corners[j + 1][i]);
            }
        }
        Geometry[] zones = new Geometry[count];
        for (int z = 0; z < count; z++) {
            int j = z / COLUMNS;
            int i = z % COLUMNS;
            Coordinate[] s = below[j][i];
            Coordinate[] e = left[j][i + 1];
            Coordinate[] n = below[j + 1][i];
            Coordinate[] w = left[j][i];
            Coordinate[] ring = new Coordinate[s.length + e.length + n.length + w.length - 3];
            int k = 0;
            for (int m = 0; m < s.length - 1; m++) {
                ring[k++] = s[m];
            }
            for (int m = 0; m < e.length - 1; m++) {
                ring[k++] = e[m];
            }
            for (int m = n.length - 1; m > 0; m--) {
                ring[k++] = n[m];
            }
            for (int m = w.length - 1; m >= 0; m--) {
                ring[k++] = w[m];
            }
            zones[z] = factory.createPolygon(ring);
        }
        return zones;
    }

    private static double jitter(SplittableRandom random, boolean border) {
        return border ? 0 : (random.nextDouble() - 0.5) * CELL * 0.4;
    }

    /** The edge from {@code a} to {@code b} with 1 to 3 inner vertices, slightly bent. */
    private static Coordinate[] edge(SplittableRandom random, Coordinate a, Coordinate b) {
        int inner = 1 + random.nextInt(3);
        Coordinate[] edge = new Coordinate[inner + 2];
        edge[0] = a;
        double dx = b.x - a.x;
        double dy = b.y - a.y;
        double length = Math.hypot(dx, dy);
        for (int k = 1; k <= inner; k++) {
            double t = (double) k / (inner + 1);
            double bend = (random.nextDouble() - 0.5) * CELL * 0.2;
            edge[k] = point(a.x + t * dx - dy / length * bend, a.y + t * dy + dx / length * bend);
        }
        edge[inner + 1] = b;
        return edge;
    }

    private static Coordinate point(double x, double y) {
        return new Coordinate(Math.round(x * 1000) / 1000.0, Math.round(y * 1000) / 1000.0);
    }
}
