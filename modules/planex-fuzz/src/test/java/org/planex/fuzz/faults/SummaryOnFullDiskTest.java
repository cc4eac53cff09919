package org.planex.fuzz.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.fuzz.CliCall;
import org.planex.fuzz.batch.BatchInput;
import org.planex.spi.ExitCode;

/**
 * The JSON summary of a batch is an output like the others: on a full disk the batch exits 5 and a previous
 * summary is kept whole, where writing it in place used to leave it truncated.
 */
class SummaryOnFullDiskTest {

    private static final int FILES = 40;
    private static final String PREVIOUS = "{\"files\": 3, \"converted\": 3}";

    @TempDir
    Path work;

    @Test
    void aSummaryThatDoesNotFitKeepsThePreviousOne() throws IOException {
        List<BatchInput> inputs = BatchInput.write(work.resolve("in"), FILES, 0, 7);
        try (SmallDisk disk = SmallDisk.mount(work.resolve("disk"), 8)) {
            Path summary = disk.folder().resolve("summary.json");
            Files.writeString(summary, PREVIOUS);
            CliCall call = CliCall.run("convert", "--batch", work.resolve("in").toString(), "-o",
                    work.resolve("out").toString(), "-f", "geojson", "-q", "--summary", summary.toString());

            assertEquals(ExitCode.OUTPUT_NOT_WRITABLE.code(), call.exitCode(), call.describe());
            assertTrue(call.err().contains("cannot write the summary"), call.err());
            assertEquals(PREVIOUS, Files.readString(summary), "the previous summary");
            assertTrue(Leftovers.beside(summary).none(), Leftovers.beside(summary).toString());
            assertEquals(List.of(), OpenHandles.under(disk.folder()));
        }
        try (Stream<Path> outputs = Files.list(work.resolve("out"))) {
            assertEquals(inputs.size(), outputs.count(), "every input converted before the summary failed");
        }
    }
}
