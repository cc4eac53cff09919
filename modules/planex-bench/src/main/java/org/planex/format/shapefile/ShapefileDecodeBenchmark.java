package org.planex.format.shapefile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.locationtech.jts.geom.GeometryFactory;
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
import org.planex.bench.PlanLayerGenerator;
import org.planex.model.layer.LayerRecord;
import org.planex.spi.LayerReader;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;
import org.planex.spi.ReadContext;
import org.planex.spi.RecordCursor;
import org.planex.spi.WarningListener;

/**
 * Shapefile decoding on {@value #COUNT} generated zones (GBK, ten fields): shape records alone (the bytes of
 * the {@code .shp} records to JTS polygons), the {@code .dbf} alone (every value of every record), and whole
 * records through the SPI cursor. Scores are per record. In the shapefile package to reach its package-private
 * decoders.
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
    private static final Charset GBK = Charset.forName("GBK");

    private Path folder;
    private ByteBuffer[] shapes;
    private ShapeDecoder decoder;

    /** Writes the shapefile and encodes the shape records. */
    @Setup
    public void setUp() throws IOException, PlanexException {
        folder = Files.createTempDirectory("planex-shp-bench");
        new PlanLayerGenerator(COUNT, 1).write(folder.resolve("data"));
        PlanLayerGenerator generator = new PlanLayerGenerator(COUNT, 1);
        SplittableRandom random = new SplittableRandom(1);
        ShapeEncoder encoder = new ShapeEncoder(ShapeType.POLYGON);
        shapes = new ByteBuffer[COUNT];
        for (int i = 0; i < COUNT; i++) {
            ByteBuffer b = encoder.encode(generator.zone(i, random).geometry());
            ByteBuffer copy = ByteBuffer.allocate(b.remaining()).order(ByteOrder.LITTLE_ENDIAN);
            copy.put(b).flip();
            shapes[i] = copy;
        }
        decoder = new ShapeDecoder(new GeometryFactory(), ShapeType.POLYGON);
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

    /** Decodes the shape records to polygons. */
    @Benchmark
    @OperationsPerInvocation(COUNT)
    public void shapeRecords(Blackhole hole) throws ShapeDecoder.MalformedShapeException {
        for (ByteBuffer b : shapes) {
            hole.consume(decoder.decode(b));
        }
    }

    /** Decodes every value of every record of the table. */
    @Benchmark
    @OperationsPerInvocation(COUNT)
    public void dbfRecords(Blackhole hole) throws IOException, PlanexException {
        Path dbf = folder.resolve("data").resolve("zones.dbf");
        try (DbfReader table = DbfReader.open(dbf, Location.of(dbf))) {
            int fields = table.readFields(GBK, WarningListener.IGNORE).size();
            while (table.next()) {
                for (int i = 0; i < fields; i++) {
                    hole.consume(table.value(i));
                }
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
