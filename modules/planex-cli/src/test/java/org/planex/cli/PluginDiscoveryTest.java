package org.planex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginDiscoveryTest {

    static final Path PLUGINS = Path.of("target/plugins");

    @Test
    void pluginJarAppearsOnlyWithPluginsOption() {
        assertThat(PLUGINS.toFile().list()).as("the example plugin jar copied by the build")
                .anyMatch(n -> n.startsWith("planex-example-plugin"));
        assertThat(CliRun.of("formats").out()).doesNotContain("feature-csv");
        CliRun run = CliRun.of("formats", "--plugins", PLUGINS.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("feature-csv +-w +plan +features.csv +Feature list \\(CSV\\)")
                .contains("separator=,|;|tab");
    }

    @Test
    void pluginConvertsThePlan(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("qingpu.features.csv");
        CliRun run = CliRun.of("convert", ExampleTest.EXAMPLE.toString(), "-o", out.toString(), "--plugins",
                PLUGINS.toString(), "--co", "separator=;");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("(feature-csv)");
        String csv = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("kind;id;name;class;wkt\n").contains("facility;FAC-4;青浦再生能源利用中心（示例）;waste-incineration;POINT (121.17 31.07)");
    }
}
