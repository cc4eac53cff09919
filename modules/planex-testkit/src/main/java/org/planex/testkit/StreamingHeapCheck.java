package org.planex.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import org.planex.model.PlanFeature;
import org.planex.model.layer.LayerRecord;
import org.planex.spi.DataModel;
import org.planex.spi.FormatProvider;
import org.planex.spi.LayerReader;
import org.planex.spi.LayerSink;
import org.planex.spi.LayerWriter;
import org.planex.spi.PlanReader;
import org.planex.spi.PlanWriter;
import org.planex.spi.ReadContext;
import org.planex.spi.RecordCursor;
import org.planex.spi.WriteContext;

/**
 * Proves a format streams: writes {@link SampleLayers} records (a layered format) or {@link SamplePlans}
 * features (a plan format, in EPSG:4549, with a header whose boundary is one rectangle) to a file and reads them
 * back in a separate JVM whose heap is a fraction of the file, so a reader or writer that holds the dataset
 * fails with {@link OutOfMemoryError}.
 *
 * @since 0.1
 */
public final class StreamingHeapCheck {

    /**
     * What the child JVM did.
     *
     * @param written records written
     * @param read records read back
     * @param bytes size of the file
     */
    public record Result(long written, long read, long bytes) {
    }

    private StreamingHeapCheck() {
    }

    /**
     * Runs the check in a child JVM with the current class path.
     *
     * @param provider the format provider class (with a public no-argument constructor)
     * @param file the file to write
     * @param records how many records
     * @param heapMegabytes the child's maximum heap
     * @throws IllegalStateException if the child fails, with its output
     */
    public static Result run(Class<? extends FormatProvider> provider, Path file, long records, int heapMegabytes)
            throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx" + heapMegabytes + "m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), StreamingHeapCheck.class.getName(), provider.getName(),
                file.toString(), Long.toString(records)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("the streaming check failed with a " + heapMegabytes + " MB heap: " + out);
        }
        String[] f = out.split(" ");
        return new Result(Long.parseLong(f[0]), Long.parseLong(f[1]), Long.parseLong(f[2]));
    }

    /** The child: arguments provider class, file, record count; prints "written read bytes". */
    public static void main(String[] args) throws Exception {
        FormatProvider provider = (FormatProvider) Class.forName(args[0]).getDeclaredConstructor().newInstance();
        Path file = Path.of(args[1]);
        long n = Long.parseLong(args[2]);
        if (provider.descriptor().dataModel() == DataModel.PLAN) {
            System.out.println(n + " " + plans(provider, file, n) + " " + Files.size(file));
            return;
        }
        SampleLayers gen = new SampleLayers(11);
        try (LayerWriter w = provider.openLayerWriter(WriteContext.of(file))) {
            LayerSink sink = w.createLayer(SampleLayers.SCHEMA);
            for (long i = 1; i <= n; i++) {
                sink.write(gen.record(i));
            }
            w.finish();
        }
        long read = 0;
        try (LayerReader r = provider.openLayerReader(ReadContext.of(file)); RecordCursor c = r.open(SampleLayers.LAYER)) {
            for (LayerRecord rec = c.read(); rec != null; rec = c.read()) {
                read++;
            }
        }
        System.out.println(n + " " + read + " " + Files.size(file));
    }

    private static long plans(FormatProvider provider, Path file, long n) throws IOException {
        SamplePlans gen = SamplePlans.projected();
        try (PlanWriter w = provider.openPlanWriter(WriteContext.of(file))) {
            w.begin(gen.header("STREAMING", 1));
            for (Iterator<PlanFeature> it = gen.features(n, 11); it.hasNext(); ) {
                w.write(it.next());
            }
            w.finish();
        }
        long read = 0;
        try (PlanReader r = provider.openPlanReader(ReadContext.of(file))) {
            for (PlanFeature f = r.read(); f != null; f = r.read()) {
                read++;
            }
        }
        return read;
    }
}
