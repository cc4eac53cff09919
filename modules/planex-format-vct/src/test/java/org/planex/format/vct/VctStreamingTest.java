package org.planex.format.vct;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.testkit.StreamingHeapCheck;

/**
 * Writing and reading 100,000 polygons (with holes and multi-polygons, as ring lines the polygons reference)
 * works in a JVM whose heap is less than half the file (24 MB for 55 MB): the lines are spooled to a temporary
 * file and only their index (24 bytes per line) stays in memory. With 16 MB the line index does not fit.
 */
class VctStreamingTest {

    private static final long POLYGONS = 100_000;
    private static final int HEAP_MB = 24;

    @Test
    void aFileTwiceTheHeapIsWrittenAndReadInFull(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.vct");
        StreamingHeapCheck.Result r = StreamingHeapCheck.run(VctFormatProvider.class, file, POLYGONS, HEAP_MB);
        assertThat(List.of(r.written(), r.read())).as("polygons written, read").containsOnly(POLYGONS);
        assertThat(r.bytes() / (double) (HEAP_MB << 20)).as("file size over heap").isGreaterThan(2.0);
    }
}
