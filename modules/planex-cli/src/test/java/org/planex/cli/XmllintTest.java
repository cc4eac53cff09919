package org.planex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.core.format.PlanexFormatProvider;
import org.planex.model.PlanFeature;
import org.planex.spi.PlanWriter;
import org.planex.spi.WriteContext;
import org.planex.testkit.SamplePlans;
import org.planex.testkit.ExternalResources;

/** planex output is valid for an independent validator: libxml2's xmllint, offline through the catalog. */
class XmllintTest {

    static final Path SCHEMAS = ExampleTest.ROOT.resolve("schemas");

    @Test
    void xmllintAcceptsTheExampleAndWrittenPackages(@TempDir Path dir) throws Exception {
        ExternalResources.requireTool("xmllint");
        List<Path> docs = new ArrayList<>();
        docs.add(ExampleTest.EXAMPLE.resolve("plan.xml"));
        Path copy = dir.resolve("copy");
        assertThat(CliRun.of("convert", ExampleTest.EXAMPLE.toString(), "-o", copy.toString(), "-f", "planex").exitCode()).isZero();
        docs.add(copy.resolve("plan.xml"));
        docs.add(write(dir.resolve("geo.xml"), SamplePlans.geographic()));
        docs.add(write(dir.resolve("gk.xml"), SamplePlans.projected()));
        for (Path doc : docs) {
            Result r = xmllint(doc);
            assertThat(r.code()).as("%s: %s", doc, r.output()).isZero();
            assertThat(r.output()).contains(doc + " validates");
        }
    }

    @Test
    void schemaErrorIsReportedWithLineAndColumnByBothValidators(@TempDir Path dir) throws Exception {
        Path doc = write(dir.resolve("plan.xml"), SamplePlans.projected());
        List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
        int line = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("<px:zone ")) {
                lines.set(i, lines.get(i).replaceFirst(" code=\"[0-9]+\"", " code=\"\""));
                line = i + 1;
                break;
            }
        }
        Files.write(doc, lines, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("info", doc.toString(), "--oo", "validate=true");
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains(doc + ":" + line + ":").contains("does not match planex.xsd").contains("minLength");
        if (ExternalResources.inCi() || ExternalResources.onPath("xmllint")) {
            Result r = xmllint(doc);
            assertThat(r.code()).isNotZero();
            assertThat(r.output()).contains(doc + ":" + line + ":");
        }
    }

    private static Path write(Path file, SamplePlans samples) throws IOException {
        try (PlanWriter w = new PlanexFormatProvider().openPlanWriter(WriteContext.of(file))) {
            w.begin(samples.header("X", 200));
            for (PlanFeature f : samples.featureList(200, 9)) {
                w.write(f);
            }
            w.finish();
        }
        return file;
    }

    record Result(int code, String output) {
    }

    static Result xmllint(Path doc) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("xmllint", "--noout", "--nonet", "--schema",
                SCHEMAS.resolve("planex/1.0/planex.xsd").toString(), doc.toString()).redirectErrorStream(true);
        pb.environment().put("XML_CATALOG_FILES", SCHEMAS.resolve("planex/1.0/catalog.xml").toAbsolutePath().toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), out);
    }

}
