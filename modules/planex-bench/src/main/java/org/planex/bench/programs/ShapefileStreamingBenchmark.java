package org.planex.bench.programs;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.planex.bench.PlanLayerGenerator;
import org.planex.format.shapefile.ShapefileFormatProvider;
import org.planex.model.layer.LayerRecord;
import org.planex.spi.LayerReader;
import org.planex.spi.ReadContext;
import org.planex.spi.RecordCursor;

/**
 * Writes N generated zones (default one million) as a GBK shapefile with planex's writer, reads them back
 * through the SPI, and prints the times and the heap used after garbage collection at each quarter of the read,
 * which stays flat when streaming works. With GDAL on the path it also times {@code ogr2ogr} copying the same
 * shapefile.
 *
 * <pre>
 * bench/program.sh ShapefileStreamingBenchmark [zones, default 1000000]
 * </pre>
 */
public final class ShapefileStreamingBenchmark {

    private ShapefileStreamingBenchmark() {
    }

    /** Runs the benchmark. */
    public static void main(String[] args) throws Exception {
        int zones = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        Path dir = Files.createTempDirectory("planex-shp-bench");
        Path out = dir.resolve("bench");
        try {
            long t0 = System.nanoTime();
            new PlanLayerGenerator(zones, 1).write(out);
            long t1 = System.nanoTime();
            long count = 0;
            double area = 0;
            try (LayerReader r = new ShapefileFormatProvider().openLayerReader(ReadContext.of(out.resolve("zones.shp")));
                    RecordCursor c = r.open("zones")) {
                for (LayerRecord rec = c.read(); rec != null; rec = c.read()) {
                    area += rec.geometry().getArea();
                    if (++count % Math.max(1, zones / 4) == 0) {
                        System.gc();
                        System.out.printf(Locale.ROOT, "  read after %,d records: heap used %,d KiB%n", count,
                                memory.getHeapMemoryUsage().getUsed() / 1024);
                    }
                }
            }
            long t2 = System.nanoTime();
            System.out.printf(Locale.ROOT, "shapefile benchmark: %,d zones, zones.shp %,d KiB, zones.dbf %,d KiB%n",
                    count, Files.size(out.resolve("zones.shp")) / 1024, Files.size(out.resolve("zones.dbf")) / 1024);
            System.out.printf(Locale.ROOT, "  planex write %.2f s (generation included), read %.2f s (geometry +"
                    + " attributes, area sum %.0f)%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9, area);
            ogr2ogr(out, dir.resolve("gdal-copy"));
        } finally {
            delete(dir);
        }
    }

    private static void ogr2ogr(Path from, Path to) throws IOException, InterruptedException {
        long g0 = System.nanoTime();
        Process p;
        try {
            p = new ProcessBuilder("ogr2ogr", "-f", "ESRI Shapefile", to.toString(), from.resolve("zones.shp")
                    .toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            System.out.println("  ogr2ogr not found: no GDAL comparison");
            return;
        }
        if (!p.waitFor(1, TimeUnit.HOURS) || p.exitValue() != 0) {
            System.out.println("  ogr2ogr failed");
            return;
        }
        System.out.printf(Locale.ROOT, "  ogr2ogr shapefile to shapefile copy %.2f s%n", (System.nanoTime() - g0) / 1e9);
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
