package org.planex.bench.programs;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.planex.core.format.PlanexFormatProvider;
import org.planex.core.registry.FormatRegistry;
import org.planex.model.AdminLevel;
import org.planex.model.Classification;
import org.planex.model.CrsRef;
import org.planex.model.Jurisdiction;
import org.planex.model.PlanHeader;
import org.planex.model.PlanInfo;
import org.planex.model.PlanStatus;
import org.planex.model.PlanType;
import org.planex.model.Zone;
import org.planex.spi.PlanWriter;
import org.planex.spi.WriteContext;
import org.planex.validate.PackageSummary;
import org.planex.validate.RuleCatalog;
import org.planex.validate.RuleSelection;
import org.planex.validate.SeverityProfile;
import org.planex.validate.ValidationReport;
import org.planex.validate.Validator;
import org.planex.validate.engine.ValidationContext;

/**
 * Benchmark, not a test: two neighbouring generated plans of N zones each (default 250,000; a square grid of
 * 40 m cells in EPSG:4549, the second east of the first, one 20 km border), written as planex packages, then
 * validated as a pair with every bundled rule. Prints the time of each phase and the peak heap.
 *
 * <pre>
 * JAVA_OPTS=-Xmx3g bench/program.sh PairValidationBenchmark [zones-per-plan] [work-folder] [rule-globs]
 * </pre>
 */
public final class PairValidationBenchmark {

    /** The origin of the grid in EPSG:4549 (CGCS2000 3-degree GK CM 120E), near Shanghai. */
    private static final double X0 = 500_000;
    private static final double Y0 = 3_440_000;
    private static final GeometryFactory GF = new GeometryFactory();
    private static final String[] CODES = {"0101", "0102", "0301", "070102", "1401", "1207", "090101", "110101"};

    private PairValidationBenchmark() {
    }

    /** Runs the benchmark. */
    public static void main(String[] args) throws Exception {
        int zones = args.length > 0 ? Integer.parseInt(args[0]) : 250_000;
        Path work = args.length > 1 ? Files.createDirectories(Path.of(args[1])) : Files.createTempDirectory("planex-bench");
        int side = (int) Math.round(Math.sqrt(zones));
        double cell = 40;
        long t0 = System.nanoTime();
        Path west = write(work.resolve("west"), "WEST", "320001", 0, side, cell);
        Path east = write(work.resolve("east"), "EAST", "310001", side * cell, side, cell);
        long t1 = System.nanoTime();
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
        Validator validator = new Validator(RuleCatalog.load(), ValidationContext.defaults(),
                RuleSelection.of(args.length > 2 ? args[2] : null, null), SeverityProfile.NONE, FormatRegistry.load());
        ValidationReport report = validator.validate(List.of(west, east));
        long t2 = System.nanoTime();
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                peak += p.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "zones per plan: %,d (%d x %d cells of %.0f m), features total: %,d%n",
                side * side, side, side, cell, report.packages().stream().mapToInt(PackageSummary::features).sum());
        System.out.printf(Locale.ROOT, "write both packages: %.1f s%n", (t1 - t0) / 1e9);
        System.out.printf(Locale.ROOT, "validate the pair (load, all rules, border): %.1f s%n", (t2 - t1) / 1e9);
        System.out.printf(Locale.ROOT, "peak heap during validation: %,d MiB (max heap %,d MiB)%n", peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.println(report.summaryLine());
        report.countByRule().forEach((k, v) -> System.out.println("  " + k + ": " + v));
        report.borders().forEach(b -> System.out.println("  border " + b.label() + ": " + b.lengthM() + " m"));
    }

    private static Path write(Path folder, String id, String code, double x0, int side, double cell) throws Exception {
        PlanHeader header = new PlanHeader(id, PlanHeader.CURRENT_SCHEMA_VERSION, "planex-bench",
                new Jurisdiction(code, "GB/T 2260", Map.of("en", id), AdminLevel.COUNTY, null),
                new PlanInfo(id + "-PLAN", "plan of " + id, PlanType.MASTER, PlanStatus.APPROVED, null, null, null, null,
                        null),
                CrsRef.epsg(4549), new Classification("cn-ydyh-2023", null), List.of(),
                rect(x0, 0, x0 + side * cell, side * cell), List.of());
        Random random = new Random(side * 31L + code.hashCode());
        try (PlanWriter w = new PlanexFormatProvider().openPlanWriter(WriteContext.of(folder))) {
            w.begin(header);
            int n = 0;
            for (int j = 0; j < side; j++) {
                for (int i = 0; i < side; i++) {
                    w.write(new Zone(id + "-" + (++n), CODES[random.nextInt(CODES.length)], null,
                            rect(x0 + i * cell, j * cell, x0 + (i + 1) * cell, (j + 1) * cell), null));
                }
            }
            w.finish();
        }
        return folder;
    }

    /** A rectangle in metres from the origin of the grid. */
    private static Polygon rect(double x0, double y0, double x1, double y1) {
        return GF.createPolygon(new Coordinate[] {new Coordinate(X0 + x0, Y0 + y0), new Coordinate(X0 + x1, Y0 + y0),
            new Coordinate(X0 + x1, Y0 + y1), new Coordinate(X0 + x0, Y0 + y1), new Coordinate(X0 + x0, Y0 + y0)});
    }
}
