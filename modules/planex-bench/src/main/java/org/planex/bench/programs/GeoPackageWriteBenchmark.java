package org.planex.bench.programs;

import java.nio.file.Files;
import java.nio.file.Path;
import org.planex.format.geopackage.GeoPackageFormatProvider;
import org.planex.model.layer.LayerRecord;
import org.planex.spi.FormatProvider;
import org.planex.spi.LayerReader;
import org.planex.spi.LayerSink;
import org.planex.spi.LayerWriter;
import org.planex.spi.ReadContext;
import org.planex.spi.RecordCursor;
import org.planex.spi.WriteContext;
import org.planex.testkit.SampleLayers;

/**
 * Prints how fast planex writes and reads generated polygons as GeoPackage, through the SPI. Compare the file
 * with {@code ogr2ogr -f GPKG} of the same data.
 *
 * <pre>
 * bench/program.sh GeoPackageWriteBenchmark FILE.gpkg [features, default 1000000]
 * </pre>
 */
public final class GeoPackageWriteBenchmark {
    private GeoPackageWriteBenchmark() {
    }

    /** Runs the benchmark. */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        long n = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000L;
        FormatProvider provider = new GeoPackageFormatProvider();
        SampleLayers gen = new SampleLayers(1);
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long c0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        for (long i = 1; i <= n; i++) {
            gen.record(i);
        }
        long t1 = System.nanoTime();
        long c1 = mx.getCurrentThreadCpuTime();
        try (LayerWriter w = provider.openLayerWriter(WriteContext.of(file))) {
            LayerSink sink = w.createLayer(SampleLayers.SCHEMA);
            for (long i = 1; i <= n; i++) {
                sink.write(gen.record(i));
            }
            w.finish();
        }
        long t2 = System.nanoTime();
        long c2 = mx.getCurrentThreadCpuTime();
        long count = 0;
        try (LayerReader r = provider.openLayerReader(ReadContext.of(file));
                RecordCursor c = r.open(SampleLayers.LAYER)) {
            for (LayerRecord rec = c.read(); rec != null; rec = c.read()) {
                count++;
            }
        }
        long t3 = System.nanoTime();
        long c3 = mx.getCurrentThreadCpuTime();
        System.out.printf("cpu: generate %.2f s, write %.2f s, read %.2f s%n", (c1 - c0) / 1e9, (c2 - c1) / 1e9, (c3 - c2) / 1e9);
        double gen1 = (t1 - t0) / 1e9;
        System.out.printf("generate only: %.2f s%n", gen1);
        System.out.printf("write %d features: %.2f s incl. generation (%.0f features/s net of generation), %d MB%n",
                n, (t2 - t1) / 1e9, n / ((t2 - t1) / 1e9 - gen1), Files.size(file) >> 20);
        System.out.printf("read %d features: %.2f s (%.0f features/s)%n", count, (t3 - t2) / 1e9,
                count / ((t3 - t2) / 1e9));
    }
}
