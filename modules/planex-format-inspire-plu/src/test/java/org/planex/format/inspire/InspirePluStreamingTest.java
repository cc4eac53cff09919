package org.planex.format.inspire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.testkit.StreamingHeapCheck;

/**
 * Writing and reading 30,000 features (a 98 MB file; 100,000 make 325 MB and pass as well) works in a JVM whose heap is a fraction of the file: memory stays flat.
 * PLU holds the zones and control areas, 9 of every 10 sample features.
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
