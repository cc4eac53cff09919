package org.planex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.core.format.PlanexFormatProvider;
import org.planex.model.PlanFeature;
import org.planex.spi.PlanWriter;
import org.planex.spi.WriteContext;
import org.planex.testkit.SamplePlans;

class BatchConvertTest {

    @Test
    void twoHundredPackagesWithThreeBrokenConvertTheRestAndReportTheThree(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        SamplePlans s = SamplePlans.geographic();
        List<PlanFeature> features = s.featureList(20, 3);
        for (int i = 1; i <= 200; i++) {
            try (PlanWriter w = new PlanexFormatProvider().openPlanWriter(
                    WriteContext.of(in.resolve(String.format("p%03d.planex.zip", i))))) {
                w.begin(s.header("P" + i, 20));
                for (PlanFeature f : features) {
                    w.write(f);
                }
                w.finish();
            }
        }
        byte[] good = Files.readAllBytes(in.resolve("p001.planex.zip"));
        Files.write(in.resolve("p050.planex.zip"), Arrays.copyOf(good, good.length / 2));
        Files.writeString(in.resolve("p100.planex.zip"), "<html>not a package</html>", StandardCharsets.UTF_8);
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>";
        try (var z = new java.util.zip.ZipOutputStream(Files.newOutputStream(in.resolve("p150.planex.zip")))) {
            z.putNextEntry(new java.util.zip.ZipEntry("plan.xml"));
            z.write(xxe.getBytes(StandardCharsets.UTF_8));
        }

        Path out = dir.resolve("out");
        Path summary = dir.resolve("summary.json");
        CliRun run = CliRun.of("convert", in + "/*.planex.zip", "-o", out.toString(), "-f", "geopackage",
                "--jobs", "2", "--summary", summary.toString());

        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.out()).contains("200 files: 197 converted, 3 failed; 3940 features").contains("[200/200]");
        List<String> errors = run.err().lines().filter(l -> l.startsWith("planex: ")).toList();
        assertThat(errors).hasSize(3);
        assertThat(errors.get(0)).contains("p050.planex.zip").contains("truncated");
        assertThat(errors.get(1)).contains("p100.planex.zip").contains("unknown format");
        assertThat(errors.get(2)).contains("p150.planex.zip").contains("DOCTYPE");
        try (Stream<Path> files = Files.list(out)) {
            List<String> names = new ArrayList<>(files.map(p -> p.getFileName().toString()).sorted().toList());
            assertThat(names).hasSize(197).contains("p001.gpkg", "p200.gpkg").doesNotContain("p050.gpkg");
        }
        JsonNode json = new ObjectMapper().readTree(summary.toFile());
        assertThat(json.get("converted").asInt()).isEqualTo(197);
        assertThat(json.get("failed").asInt()).isEqualTo(3);
        assertThat(json.get("features").asLong()).isEqualTo(197L * 20);
        assertThat(json.get("results").get(49).get("status").asText()).isEqualTo("failed");
        assertThat(json.get("results").get(49).get("exitCode").asInt()).isEqualTo(4);
    }

    @Test
    void batchNeedsAnOutputFormat(@TempDir Path dir) {
        CliRun run = CliRun.of("convert", "a.planex.zip", "b.planex.zip", "-o", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("add -f FORMAT");
    }
}
