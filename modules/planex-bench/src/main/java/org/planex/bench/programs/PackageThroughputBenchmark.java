package org.planex.bench.programs;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import org.planex.core.format.PlanexFormatProvider;
import org.planex.model.PlanFeature;
import org.planex.spi.PlanReader;
import org.planex.spi.PlanWriter;
import org.planex.spi.ReadContext;
import org.planex.spi.WriteContext;
import org.planex.testkit.SamplePlans;

/**
 * Write and read throughput of a planex ZIP package of generated features (three rounds) and the peak heap,
 * e.g. with {@code -Xmx256m} to show the heap stays flat.
 *
 * <pre>
 * bench/program.sh PackageThroughputBenchmark [features, default 100000]
 * </pre>
 */
public final class PackageThroughputBenchmark {

    private PackageThroughputBenchmark() {
    }

    /** Writes and reads a generated package of {@code args[0]} features and prints rates and peak heap. */
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createTempDirectory("planex-bench");
        Path pkg = dir.resolve("bench.planex.zip");
        SamplePlans s = SamplePlans.projected();
        PlanexFormatProvider p = new PlanexFormatProvider();
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            try (PlanWriter w = p.openPlanWriter(WriteContext.of(pkg))) {
                w.begin(s.header("BENCH", n));
                for (Iterator<PlanFeature> it = s.features(n, 1); it.hasNext(); ) {
                    w.write(it.next());
                }
                w.finish();
            }
            long t1 = System.nanoTime();
            long count = 0;
            try (PlanReader r = p.openPlanReader(ReadContext.of(pkg))) {
                while (r.read() != null) {
                    count++;
                }
            }
            long t2 = System.nanoTime();
            System.out.printf(Locale.ROOT, "round %d: %d features, write %.0f features/s (%.2f s, %.1f MB), read %.0f features/s (%.2f s)%n",
                    round + 1, count, n / ((t1 - t0) / 1e9), (t1 - t0) / 1e9, Files.size(pkg) / 1e6,
                    count / ((t2 - t1) / 1e9), (t2 - t1) / 1e9);
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "peak heap %.1f MB (max heap %.0f MB)%n", peak / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6);
        Files.delete(pkg);
        Files.delete(dir);
    }
}
