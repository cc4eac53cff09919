package org.planex.format.shapefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.model.layer.LayerRecord;
import org.planex.spi.LayerReader;
import org.planex.spi.LayerSink;
import org.planex.spi.LayerWriter;
import org.planex.spi.Location;
import org.planex.spi.ReadContext;
import org.planex.spi.RecordCursor;
import org.planex.spi.WarningListener;
import org.planex.spi.WriteContext;

/**
 * Writes and reads one million generated zones and prints times and heap use after garbage collection at
 * intervals, which stays flat when streaming works; with GDAL installed it also times {@code ogr2ogr} copying
 * the same shapefile. Excluded from the default build (tag {@code benchmark}); run with
 * {@code -Dbenchmark.excluded=none -Dtest=ShapefileBenchmark}.
 */
@Tag("benchmark")
class ShapefileBenchmark {

    private static final int ZONES = Integer.getInteger("zones", 1_000_000);
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

    @Test
    void millionZones(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("bench");
        ShapefileFormatProvider p = new ShapefileFormatProvider();
        long t0 = System.nanoTime();
        try (LayerWriter w = p.openLayerWriter(WriteContext.of(out))) {
            LayerSink sink = w.createLayer(ShapefileSampleZones.SCHEMA);
            ShapefileSampleZones zones = new ShapefileSampleZones(1);
            for (long i = 1; i <= ZONES; i++) {
                sink.write(zones.next(i));
                heap("write", i);
            }
            w.finish();
        }
        long t1 = System.nanoTime();
        long count = 0;
        double area = 0;
        try (LayerReader r = p.openLayerReader(ReadContext.of(out));
                RecordCursor c = r.open(ShapefileSampleZones.SCHEMA.name())) {
            for (LayerRecord rec = c.read(); rec != null; rec = c.read()) {
                area += rec.geometry().getArea();
                heap("read", ++count);
            }
        }
        long t2 = System.nanoTime();
        assertThat(count).isEqualTo(ZONES);
        long values = 0;
        try (DbfReader dbf = DbfReader.open(out.resolve(ShapefileSampleZones.SCHEMA.name() + ".dbf"), Location.UNKNOWN)) {
            int fields = dbf.readFields(Charset.forName("GBK"), WarningListener.IGNORE).size();
            while (dbf.next()) {
                for (int f = 0; f < fields; f++) {
                    values += dbf.value(f).lexical() == null ? 0 : 1;
                }
            }
        }
        long t3 = System.nanoTime();
        System.out.printf("shapefile benchmark: %,d zones, files %s%n", ZONES, sizes(out));
        System.out.printf("  planex write %.2f s (generation included), read %.2f s (geometry + attributes,"
                + " area sum %.0f)%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9, area);
        System.out.printf("  DBF decoding alone %.2f s (%,d non-null values)%n", (t3 - t2) / 1e9, values);
        if (ShapefileTestData.onPath("ogr2ogr")) {
            Path copy = dir.resolve("gdal-copy");
            long g0 = System.nanoTime();
            ShapefileTestData.run(List.of("ogr2ogr", "-f", "ESRI Shapefile", copy.toString(), out.toString()));
            System.out.printf("  ogr2ogr shapefile to shapefile copy %.2f s%n", (System.nanoTime() - g0) / 1e9);
        }
    }

    private void heap(String phase, long i) {
        if (i % (ZONES / 4) == 0) {
            System.gc();
            System.out.printf("  %s after %,d records: heap used %,d KiB%n", phase, i,
                    memory.getHeapMemoryUsage().getUsed() / 1024);
        }
    }

    private static String sizes(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().map(f -> {
                try {
                    return f.getFileName() + " " + Files.size(f) / (1024 * 1024) + " MiB";
                } catch (IOException e) {
                    return f.getFileName() + " ?";
                }
            }).toList().toString();
        }
    }
}
