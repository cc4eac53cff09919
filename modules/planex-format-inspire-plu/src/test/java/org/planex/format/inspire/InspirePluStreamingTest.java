package org.planex.format.inspire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.testkit.StreamingHeapCheck;

/**
 * Writing and reading 30,000 features (a file of about 98 MB) works in a JVM with a 16 MB heap: memory stays
 * flat (100,000 features, 325 MB, pass as well). PLU holds the zones and control areas, 9 of every 10 sample
 * features.
 */
class InspirePluStreamingTest {

    private static final int HEAP_MB = 16;

    @Test
    void aFileManyTimesTheHeapIsWrittenAndReadInFull(@TempDir Path dir) throws Exception {
        StreamingHeapCheck.Result r = StreamingHeapCheck.run(InspirePluFormatProvider.class,
                dir.resolve("big.plu.gml"), 30_000, HEAP_MB);
        assertThat(r.written()).isEqualTo(30_000);
        assertThat(r.read()).isEqualTo(27_000);
        assertThat(r.bytes()).isGreaterThan(5L * HEAP_MB * 1024 * 1024);
    }
}
