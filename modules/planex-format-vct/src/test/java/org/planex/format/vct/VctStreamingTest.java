package org.planex.format.vct;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.testkit.StreamingHeapCheck;

/**
 * Writing and reading 100,000 polygons (with holes and multi-polygons, as ring lines the polygons reference)
 * works in a JVM whose heap is less than half the file (24 MB for 53 MB): the lines are spooled to a temporary
 * file and only their index (24 bytes per line) stays in memory. With 16 MB the line index does not fit.
 */
class VctStreamingTest {

    private static final int HEAP_MB = 24;

    @Test
    void aFileTwiceTheHeapIsWrittenAndReadInFull(@TempDir Path dir) throws Exception {
        StreamingHeapCheck.Result r = StreamingHeapCheck.run(VctFormatProvider.class, dir.resolve("big.vct"),
                100_000, HEAP_MB);
        assertThat(r.written()).isEqualTo(100_000);
        assertThat(r.read()).isEqualTo(100_000);
        assertThat(r.bytes()).isGreaterThan(2L * HEAP_MB * 1024 * 1024);
    }
}
