package org.planex.format.geopackage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writing and reading 100,000 zones works in a JVM whose heap is a fraction of the file: memory stays flat (the
 * writer keeps only 24 bytes per feature for the spatial index).
 */
class GeoPackageStreamingTest {

    private static final int HEAP_MB = 12;

    @TempDir
    Path dir;

    @Test
    void aFileTwoAndAHalfTimesTheHeapIsWrittenAndReadInFull() throws Exception {
        Path file = dir.resolve("big.gpkg");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx" + HEAP_MB + "m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), GeoPackageStreamingMain.class.getName(), file.toString(),
                "100000").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        String[] figures = out.split(" ");
        assertThat(figures[0]).isEqualTo("100000");
        assertThat(figures[1]).isEqualTo("100000");
        assertThat(Long.parseLong(figures[2])).isGreaterThan(HEAP_MB * 1024L * 1024 * 5 / 2);
    }
}
