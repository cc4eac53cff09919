package org.planex.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
import org.openjdk.jmh.infra.Blackhole;
import org.planex.format.shapefile.ShapefileFormatProvider;
import org.planex.model.layer.LayerRecord;
import org.planex.spi.LayerReader;
import org.planex.spi.PlanexException;
import org.planex.spi.ReadContext;
import org.planex.spi.RecordCursor;

/**
 * Shapefile decoding on {@value #COUNT} generated zones (GBK, ten fields) through the public reader: whole
 * records (geometry and every attribute) through the SPI cursor. Scores are per record.
 *
 * <p><b>Thread safety:</b> JMH state per thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ShapefileDecodeBenchmark {

    static final int COUNT = 10_000;

    private Path folder;

    /** Writes the shapefile. */
    @Setup
    public void setUp() throws IOException, PlanexException {
        folder = Files.createTempDirectory("planex-shp-bench");
        new PlanLayerGenerator(COUNT, 1).write(folder.resolve("data"));
    }

    /** Deletes the shapefile. */
    @TearDown
    public void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Reads whole records (geometry and attributes) through the SPI. */
    @Benchmark
    @OperationsPerInvocation(COUNT)
    public void layerRecords(Blackhole hole) throws PlanexException {
        try (LayerReader reader = new ShapefileFormatProvider().openLayerReader(
                ReadContext.of(folder.resolve("data").resolve("zones.shp")));
                RecordCursor cursor = reader.open("zones")) {
            for (LayerRecord r = cursor.read(); r != null; r = cursor.read()) {
                hole.consume(r);
            }
        }
    }
}
