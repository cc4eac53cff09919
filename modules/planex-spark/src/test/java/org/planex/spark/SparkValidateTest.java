package org.planex.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.spark.job.LocalSpark;
import org.planex.spark.job.TestFiles;

/** The {@code planex-spark} command as a user runs it: help, usage errors, a run in local mode, GeoParquet. */
class SparkValidateTest {

    private static final Path YRD = Path.of(System.getProperty("planex.root", "../.."), "examples/yrd-demo-zone");
    private static final List<String> PLANS = List.of("qingpu", "jiashan", "wujiang");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return SparkValidate.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void helpNamesEveryOption() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("--inputs-from", "--master", "--geoparquet", "--report", "--rules",
                "--log-level", "shared");
    }

    @Test
    void usageErrorsSayWhatIsWrong() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString()).contains("give at least one INPUT");
        assertThat(run("--report", "pdf", YRD.resolve("qingpu").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("unknown report format 'pdf'");
        assertThat(run("--rules", "BORDER.*", dir.resolve("absent").toString())).isEqualTo(4);
        assertThat(err.toString()).contains("absent").contains("no such file or folder");
        assertThat(run("--log-level", "LOUD", YRD.resolve("qingpu").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("unknown --log-level 'LOUD'");
        assertThat(run(YRD.resolve("local/wujiang.gpkg") + "=no-such-profile")).isNotZero();
        assertThat(err.toString()).contains("no-such-profile");
    }

    @Test
    void aFolderOfPackagesGivesTheReportAndGeoParquet() throws IOException {
        Path plans = Files.createDirectories(dir.resolve("plans"));
        for (String p : PLANS) {
            TestFiles.copyTree(YRD.resolve(p), plans.resolve(p));
        }
        Path report = dir.resolve("report.json");
        Path parquet = dir.resolve("issues.parquet");
        int code = run("--master", "local[2]", "--inputs-from", plans.toString(), "-o", report.toString(),
                "--geoparquet", parquet.toString());
        assertThat(code).as(err.toString()).isEqualTo(3);
        assertThat(out.toString()).contains("3 packages, 3 borders, 6 errors, 1 warnings");
        assertThat(err.toString()).contains("3 inputs, 3 candidate pairs, 3 adjacent");
        JsonNode json = new ObjectMapper().readTree(report.toFile());
        assertThat(json.get("issues")).hasSize(7);
        List<String> rules = new ArrayList<>();
        json.get("issues").forEach(i -> rules.add(i.get("rule").asText()));
        assertThat(rules).contains("XB.ZONE_CONFLICT", "BORDER.GAP");
        try (var siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".planex-"));
        }
        SparkSession spark = LocalSpark.start();
        try {
            Dataset<Row> issues = spark.read().format("geoparquet").load(parquet.toString());
            assertThat(issues.count()).isEqualTo(7);
            assertThat(issues.columns()).contains("rule", "severity", "measures", "geometry");
            assertThat(issues.filter("geometry IS NOT NULL").count()).isEqualTo(7);
            assertThat(issues.filter("rule = 'XB.ZONE_CONFLICT'").count())
                    .isEqualTo(rules.stream().filter("XB.ZONE_CONFLICT"::equals).count());
        } finally {
            spark.stop();
        }
        assertThat(run("--master", "local[2]", "--geoparquet", parquet.toString(), YRD.resolve("qingpu").toString()))
                .as("an existing GeoParquet folder is refused before any work").isEqualTo(2);
    }
}
