package org.planex.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.planex.format.geopackage.GeoPackageFormatProvider;
import org.planex.model.layer.LayerRecord;
import org.planex.spi.LayerSink;
import org.planex.spi.LayerWriter;
import org.planex.spi.PlanexException;
import org.planex.spi.WriteContext;

/**
 * GeoPackage inserts: {@value #COUNT} generated zones written through the SPI into a new GeoPackage per
 * invocation (table, inserts, extent, spatial index, atomic move). Scores are per record.
 *
 * <p><b>Thread safety:</b> JMH state per thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GeoPackageInsertBenchmark {

    static final int COUNT = 10_000;

    private final GeoPackageFormatProvider provider = new GeoPackageFormatProvider();
    private LayerRecord[] records;
    private Path folder;
    private Path target;

    /** Generates the records. */
    @Setup
    public void setUp() throws IOException {
        PlanLayerGenerator generator = new PlanLayerGenerator(COUNT, 1);
        SplittableRandom random = new SplittableRandom(1);
        records = new LayerRecord[COUNT];
        for (int i = 0; i < COUNT; i++) {
            records[i] = generator.zone(i, random);
        }
        folder = Files.createTempDirectory("planex-gpkg-bench");
        target = folder.resolve("zones.gpkg");
    }

    /** Deletes the GeoPackage. */
    @TearDown
    public void tearDown() throws IOException {
        Files.deleteIfExists(target);
        Files.deleteIfExists(folder);
    }

    /** Writes the records into a new GeoPackage. */
    @Benchmark
    @OperationsPerInvocation(COUNT)
    public void insert() throws PlanexException, IOException {
        Files.deleteIfExists(target);
        try (LayerWriter writer = provider.openLayerWriter(WriteContext.of(target))) {
            LayerSink sink = writer.createLayer(PlanLayerGenerator.zonesSchema());
            for (LayerRecord r : records) {
                sink.write(r);
            }
            writer.finish();
        }
    }
}
