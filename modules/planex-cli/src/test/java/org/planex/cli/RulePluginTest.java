package org.planex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example rule plugin (planex-example-rule), loaded from a folder with {@code --plugins} only. */
class RulePluginTest {

    private static final String RULE = "EXAMPLE.FACILITY_SPACING";

    @Test
    void theRuleIsListedOnlyWithPluginsOption() {
        assertThat(PluginDiscoveryTest.PLUGINS.toFile().list()).as("the example rule jar copied by the build")
                .anyMatch(n -> n.startsWith("planex-example-rule"));
        assertThat(CliRun.of("validate", "--list-rules").out()).doesNotContain(RULE);
        CliRun run = CliRun.of("validate", "--list-rules", "--plugins", PluginDiscoveryTest.PLUGINS.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern(RULE.replace(".", "\\.") + " +plan +warning +" + RULE.replace(".", "\\."))
                .contains("BORDER.GAP");
    }

    @Test
    void thePluginRuleReportsItsIssueWithTheParameterOfTheProfile(@TempDir Path dir) throws Exception {
        Path profile = dir.resolve("agency.profile");
        Files.writeString(profile, RULE + ".min-distance = 100000\n", StandardCharsets.UTF_8);
        Path report = dir.resolve("report.json");
        CliRun run = CliRun.of("validate", ExampleTest.EXAMPLE.toString(), "--plugins",
                PluginDiscoveryTest.PLUGINS.toString(), "--rules", "EXAMPLE.*", "--severity-profile", profile.toString(),
                "--report", "json", "-o", report.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String json = Files.readString(report, StandardCharsets.UTF_8);
        assertThat(json).contains("\"" + RULE + "\"").contains("nearer than the 100000 m the agency allows")
                .contains("distance_m");
    }
}
