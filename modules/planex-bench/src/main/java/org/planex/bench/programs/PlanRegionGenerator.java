package org.planex.bench.programs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.planex.core.format.PlanexFormatProvider;
import org.planex.model.AdminLevel;
import org.planex.model.Classification;
import org.planex.model.CrsRef;
import org.planex.model.Jurisdiction;
import org.planex.model.Neighbour;
import org.planex.model.PlanHeader;
import org.planex.model.PlanInfo;
import org.planex.model.PlanStatus;
import org.planex.model.PlanType;
import org.planex.model.Zone;
import org.planex.spi.PlanWriter;
import org.planex.spi.WriteContext;

/**
 * Generator, not a test: a region of R x C neighbouring plans of N zones each (a square grid of 40 m cells in
 * EPSG:4549 per plan), written as planex packages {@code plan-R-C} with their edge neighbours declared, whose
 * shared borders are perturbed by a known amount. Along each border the first plan (the western or southern
 * one) has strips of edge zones that reach d metres into the neighbour (an overlap of k cells x d) and strips
 * that stop g metres short (a gap of k cells x g, closed by the plan's unperturbed zones on both ends); d and g
 * are between 3 and 10 m, wider than the sliver width. The plan boundary follows the perturbed zones, so the
 * plans have no gap or overlap inside. With {@code self-overlaps} S &gt; 0 every plan also has S interior zones
 * reaching 10 m into their eastern neighbour zone (S overlapping pairs of 400 m2).
 *
 * <p>Prints the expected areas per border and per plan and writes them to {@code expected.json}; checks the
 * border areas against the written boundaries with JTS before it ends. Seeded and deterministic.
 *
 * <pre>
 * bench/program.sh PlanRegionGenerator FOLDER [rows] [cols] [zones-per-plan] [self-overlaps] [seed]
 * </pre>
 */
public final class PlanRegionGenerator {

    /** The origin of the region in EPSG:4549 (CGCS2000 3-degree GK CM 120E), near Shanghai. */
    private static final double X0 = 500_000;
    private static final double Y0 = 3_440_000;
    private static final double CELL = 40;
    private static final double SELF_OVERLAP_M = 10;
    private static final GeometryFactory GF = new GeometryFactory();
    private static final String[] CODES = {"0101", "0102", "0301", "0701", "1401", "1207", "0901", "1101"};

    private final int rows;
    private final int cols;
    private final int side;
    private final int selfOverlaps;
    private final Random random;
    /** Per plan and cell: how far the cell's east and north edges move (metres, 0 = none). */
    private final double[][] east;
    private final double[][] north;
    private final List<String> borders = new ArrayList<>();

    private PlanRegionGenerator(int rows, int cols, int zones, int selfOverlaps, long seed) {
        this.rows = rows;
        this.cols = cols;
        this.side = (int) Math.round(Math.sqrt(zones));
        this.selfOverlaps = selfOverlaps;
        this.random = new Random(seed);
        this.east = new double[rows * cols][side * side];
        this.north = new double[rows * cols][side * side];
        if (side < 10) {
            throw new IllegalArgumentException("at least 100 zones per plan, not " + zones);
        }
    }

    /** Generates the region. */
    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println(
                    "usage: PlanRegionGenerator FOLDER [rows] [cols] [zones-per-plan] [self-overlaps] [seed]");
            System.exit(2);
        }
        Path folder = Files.createDirectories(Path.of(args[0]));
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int cols = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        int zones = args.length > 3 ? Integer.parseInt(args[3]) : 250_000;
        int self = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        long seed = args.length > 5 ? Long.parseLong(args[5]) : 20230701L;
        long t0 = System.nanoTime();
        PlanRegionGenerator g = new PlanRegionGenerator(rows, cols, zones, self, seed);
        String json = g.generate(folder);
        Files.writeString(folder.resolve("expected.json"), json, StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "%d x %d plans of %,d zones (%d x %d cells of %.0f m) in %s, %.1f s%n", rows,
                cols, g.side * g.side, g.side, g.side, CELL, folder, (System.nanoTime() - t0) / 1e9);
        g.borders.forEach(System.out::println);
    }

    private String generate(Path folder) throws IOException {
        StringBuilder json = new StringBuilder("{\n  \"zonesPerPlan\": ").append(side * side)
                .append(",\n  \"borders\": [");
        double[] totals = new double[2];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (c + 1 < cols) {
                    border(json, totals, r, c, r, c + 1);
                }
                if (r + 1 < rows) {
                    border(json, totals, r, c, r + 1, c);
                }
            }
        }
        json.append("\n  ],\n  \"plans\": [");
        double selfTotal = 0;
        List<Geometry> boundaries = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double self = placeSelfOverlaps(r * cols + c);
                selfTotal += self;
                boundaries.add(write(folder, r, c));
                json.append(r + c == 0 ? "" : ",").append(String.format(Locale.ROOT,
                        "%n    {\"id\": \"%s\", \"path\": \"%s\", \"selfOverlaps\": %d, \"selfOverlap_m2\": %.4f}",
                        id(r, c), "plan-" + r + "-" + c, selfOverlaps, self));
            }
        }
        json.append(String.format(Locale.ROOT,
                "%n  ],%n  \"total\": {\"overlap_m2\": %.4f, \"gap_m2\": %.4f, \"selfOverlap_m2\": %.4f}%n}%n",
                totals[0], totals[1], selfTotal));
        checkBorders(boundaries, totals);
        return json.toString();
    }

    /** Perturbs the border between plans (r1, c1) (west or south) and (r2, c2) and records its known areas. */
    private void border(StringBuilder json, double[] totals, int r1, int c1, int r2, int c2) {
        boolean vertical = r1 == r2;
        int plan = r1 * cols + c1;
        int strips = Math.max(1, Math.min(4, (side - 2) / 4));
        int length = Math.max(1, side / 50);
        double overlap = 0;
        double gap = 0;
        for (int s = 0; s < 2 * strips; s++) {
            int start = (s + 1) * side / (2 * strips + 1);
            double depth = 3 + random.nextInt(15) * 0.5;
            boolean isOverlap = s % 2 == 0;
            for (int k = start; k < start + length; k++) {
                int cell = vertical ? k * side + side - 1 : (side - 1) * side + k;
                (vertical ? east : north)[plan][cell] = isOverlap ? depth : -depth;
            }
            if (isOverlap) {
                overlap += length * CELL * depth;
            } else {
                gap += length * CELL * depth;
            }
        }
        totals[0] += overlap;
        totals[1] += gap;
        json.append(borders.isEmpty() ? "" : ",").append(String.format(Locale.ROOT,
                "%n    {\"first\": \"%s\", \"second\": \"%s\", \"overlaps\": %d, \"overlap_m2\": %.4f, \"gaps\": %d, "
                        + "\"gap_m2\": %.4f}", id(r1, c1), id(r2, c2), strips, overlap, strips, gap));
        borders.add(String.format(Locale.ROOT, "  border %s | %s: %d overlaps of %.2f m2, %d gaps of %.2f m2 in total",
                id(r1, c1), id(r2, c2), strips, overlap, strips, gap));
    }

    /** Makes interior zones of a plan reach into their eastern neighbour zone; returns the overlap area. */
    private double placeSelfOverlaps(int plan) {
        TreeSet<Integer> cells = new TreeSet<>();
        int columns = (side - 3) / 2;
        if (selfOverlaps > columns * (side - 2)) {
            throw new IllegalArgumentException("at most " + columns * (side - 2) + " self-overlaps per plan");
        }
        while (cells.size() < selfOverlaps) {
            int i = 1 + 2 * random.nextInt(columns);
            int j = 1 + random.nextInt(side - 2);
            cells.add(j * side + i);
        }
        cells.forEach(cell -> east[plan][cell] = SELF_OVERLAP_M);
        return cells.size() * CELL * SELF_OVERLAP_M;
    }

    private Geometry write(Path folder, int r, int c) throws IOException {
        int plan = r * cols + c;
        double x0 = c * side * CELL;
        double y0 = r * side * CELL;
        String id = id(r, c);
        List<Polygon> cells = new ArrayList<>(side * side);
        for (int j = 0; j < side; j++) {
            for (int i = 0; i < side; i++) {
                int cell = j * side + i;
                cells.add(rect(x0 + i * CELL, y0 + j * CELL, x0 + (i + 1) * CELL + east[plan][cell],
                        y0 + (j + 1) * CELL + north[plan][cell]));
            }
        }
        Geometry boundary = boundary(plan, x0, y0);
        List<Neighbour> neighbours = new ArrayList<>();
        int[][] around = {{-1, 0}, {1, 0}, {0, -1}, {0, 1}};
        for (int[] d : around) {
            int nr = r + d[0];
            int nc = c + d[1];
            if (nr >= 0 && nr < rows && nc >= 0 && nc < cols) {
                neighbours.add(new Neighbour(code(nr, nc), "GB/T 2260", id(nr, nc)));
            }
        }
        PlanHeader header = new PlanHeader(id, PlanHeader.CURRENT_SCHEMA_VERSION, "planex-bench",
                new Jurisdiction(code(r, c), "GB/T 2260", Map.of("en", id), AdminLevel.COUNTY, null),
                new PlanInfo(id + "-PLAN", "plan of " + id, PlanType.MASTER, PlanStatus.APPROVED, null, null, null,
                        null, null),
                CrsRef.epsg(4549), new Classification("cn-ydyh-2023", null), neighbours, boundary, List.of());
        Random codes = new Random(side * 31L + plan);
        Path out = folder.resolve("plan-" + r + "-" + c);
        try (PlanWriter w = new PlanexFormatProvider().openPlanWriter(WriteContext.of(out))) {
            w.begin(header);
            int n = 0;
            for (Polygon cell : cells) {
                w.write(new Zone(id + "-" + (++n), CODES[codes.nextInt(CODES.length)], null, cell, null));
            }
            w.finish();
        }
        return boundary;
    }

    /** The plan area: the square of the grid with the border strips of its last column and row added or cut. */
    private Geometry boundary(int plan, double x0, double y0) {
        double w = side * CELL;
        Geometry area = rect(x0, y0, x0 + w, y0 + w);
        for (int k = 0; k < side; k++) {
            double e = east[plan][k * side + side - 1];
            double n = north[plan][(side - 1) * side + k];
            if (e != 0) {
                Polygon strip = rect(x0 + w + Math.min(e, 0), y0 + k * CELL, x0 + w + Math.max(e, 0),
                        y0 + (k + 1) * CELL);
                area = e > 0 ? area.union(strip) : area.difference(strip);
            }
            if (n != 0) {
                Polygon strip = rect(x0 + k * CELL, y0 + w + Math.min(n, 0), x0 + (k + 1) * CELL,
                        y0 + w + Math.max(n, 0));
                area = n > 0 ? area.union(strip) : area.difference(strip);
            }
        }
        return area;
    }

    /** The known border areas against JTS on the written boundaries: overlaps and the holes of their union. */
    private void checkBorders(List<Geometry> boundaries, double[] totals) {
        double overlap = 0;
        for (int a = 0; a < boundaries.size(); a++) {
            for (int b = a + 1; b < boundaries.size(); b++) {
                overlap += boundaries.get(a).intersection(boundaries.get(b)).getArea();
            }
        }
        Geometry union = GF.buildGeometry(boundaries).union();
        double gap = 0;
        for (int p = 0; p < union.getNumGeometries(); p++) {
            Polygon polygon = (Polygon) union.getGeometryN(p);
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                gap += GF.createPolygon(polygon.getInteriorRingN(h)).getArea();
            }
        }
        if (Math.abs(overlap - totals[0]) > 1e-6 * totals[0] || Math.abs(gap - totals[1]) > 1e-6 * totals[1]) {
            throw new IllegalStateException(String.format(Locale.ROOT,
                    "generated borders: overlap %.4f m2 and gap %.4f m2 measured, %.4f and %.4f known", overlap, gap,
                    totals[0], totals[1]));
        }
    }

    private static String id(int r, int c) {
        return "R" + r + "C" + c;
    }

    /** A county code of GB/T 2260 form, one per plan. */
    private static String code(int r, int c) {
        return String.format(Locale.ROOT, "32%02d%02d", r + 1, c + 1);
    }

    /** A rectangle in metres from the origin of the region. */
    private static Polygon rect(double x0, double y0, double x1, double y1) {
        return GF.createPolygon(new Coordinate[] {new Coordinate(X0 + x0, Y0 + y0), new Coordinate(X0 + x1, Y0 + y0),
            new Coordinate(X0 + x1, Y0 + y1), new Coordinate(X0 + x0, Y0 + y1), new Coordinate(X0 + x0, Y0 + y0)});
    }
}
