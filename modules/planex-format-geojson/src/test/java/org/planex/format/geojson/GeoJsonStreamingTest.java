package org.planex.format.geojson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.testkit.StreamingHeapCheck;

/** Writing and reading 100,000 zones works in a JVM whose heap is a fraction of the file: memory stays flat. */
class GeoJsonStreamingTest {

    private static final int HEAP_MB = 16;

    @Test
    void aFileThreeTimesTheHeapIsWrittenAndReadInFull(@TempDir Path dir) throws Exception {
        StreamingHeapCheck.Result r = StreamingHeapCheck.run(GeoJsonFormatProvider.class, dir.resolve("big.geojson"),
                100_000, HEAP_MB);
        assertThat(r.written()).isEqualTo(100_000);
        assertThat(r.read()).isEqualTo(100_000);
        assertThat(r.bytes()).isGreaterThan(3L * HEAP_MB * 1024 * 1024);
    }
}
