package org.planex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `planex demo` works from the jar alone (no checkout): it extracts the bundled examples. */
class DemoTest {

    @Test
    void demoRunsEndToEndAndWritesTheRegionReport(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("demo", "-o", dir.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("[2/5]").contains(": valid")
                .contains("identical content (SHA-256")
                .contains("3 packages, 3 borders");
        Path report = dir.resolve("yrd-demo-zone-report.html");
        assertThat(Files.readString(report, StandardCharsets.UTF_8)).contains("id=\"planex-map\"").contains("BORDER.GAP");
        assertThat(dir.resolve("qingpu-310118.planex.zip")).isRegularFile();
    }
}
