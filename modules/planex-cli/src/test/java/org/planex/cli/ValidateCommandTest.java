package org.planex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.spi.ExitCode;

class ValidateCommandTest {

    private static final Path QINGPU = Path.of(System.getProperty("planex.root", "../.."), "examples",
            QingpuExample.FOLDER);

    @TempDir
    Path tmp;

    @Test
    void aCleanSelectionExitsZeroAndPrintsTheSummary() {
        CliRun r = CliRun.of("validate", QINGPU.toString(), "--rules", "PKG.*,SCHEMA.*,GEOM.*");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK.code());
        assertThat(r.out()).contains("1 package, 0 borders, 0 errors");
    }

    @Test
    void errorsExitThreeAndTheJsonReportFollowsTheSchema() throws Exception {
        Path copy = tmp.resolve("qingpu");
        copyTree(QINGPU, copy);
        Files.writeString(copy.resolve("attachments/规划说明.md"), "edited", StandardCharsets.UTF_8);
        Path report = tmp.resolve("out/report.json");
        CliRun r = CliRun.of("validate", copy.toString(), "--rules", "PKG.*", "--report", "json", "-o", report.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.INVALID_DATA.code());
        assertThat(r.out()).contains("1 errors").contains("report written to");
        JsonNode doc = new ObjectMapper().readTree(report.toFile());
        assertThat(doc.path("schemaVersion").asText()).isEqualTo("1.1");
        assertThat(doc.path("issues").get(0).path("rule").asText()).isEqualTo("PKG.CHECKSUM");
        assertThat(doc.path("tolerances").path("tolerance_m").asDouble()).isEqualTo(1.0);
    }

    @Test
    void onlyTheHtmlReportCarriesTheMap() throws Exception {
        Path yrd = QINGPU.resolveSibling("yrd-demo-zone");
        Path html = tmp.resolve("yrd.html");
        CliRun r = CliRun.of("validate", yrd.resolve("jiashan").toString(), yrd.resolve("qingpu").toString(),
                yrd.resolve("wujiang").toString(), "--report", "html", "-o", html.toString());
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCode.INVALID_DATA.code());
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertThat(page).as("the map's features are in the page's data").contains("\"features\":[{\"package\":");
    }

    @Test
    void toleranceAndMinAreaReachTheReport() {
        CliRun r = CliRun.of("validate", QINGPU.toString(), "--rules", "GEOM.*", "--tolerance", "2.5", "--min-area",
                "10");
        assertThat(r.out()).contains("tolerance 2.5 m, min-area 10 m2");
    }

    @Test
    void badOptionsAreUsageErrorsAndMissingInputsUnreadable() {
        assertThat(CliRun.of("validate", QINGPU.toString(), "--report", "pdf").exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(CliRun.of("validate").exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(CliRun.of("validate", QINGPU.toString(), "--rules", "BORDER.;").exitCode())
                .isEqualTo(ExitCode.USAGE.code());
        CliRun missing = CliRun.of("validate", tmp.resolve("nope").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCode.UNREADABLE_INPUT.code());
        assertThat(missing.err()).contains("no such file or folder").doesNotContain("Exception");
    }

    @Test
    void listRulesNamesEveryBundledRule() {
        CliRun r = CliRun.of("validate", "--list-rules");
        assertThat(r.exitCode()).isEqualTo(ExitCode.OK.code());
        assertThat(r.out()).contains("BORDER.GAP", "XB.NIMBY_PROXIMITY", "CRS.SWAPPED_AXES", "TOPO.CONTROL_CONFLICT",
                "INPUT.WARNING");
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (var files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
