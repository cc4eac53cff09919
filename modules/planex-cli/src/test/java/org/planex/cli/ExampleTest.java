package org.planex.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.core.format.PlanexFormatProvider;
import org.planex.model.ControlArea;
import org.planex.model.ControlKind;
import org.planex.model.FeatureKind;
import org.planex.model.PlanFeature;
import org.planex.model.Zone;
import org.planex.spi.PlanReader;
import org.planex.spi.ReadContext;
import org.planex.xml.PlanSchema;

class ExampleTest {

    static final Path ROOT = Path.of(System.getProperty("planex.root", "../.."));
    static final Path EXAMPLE = ROOT.resolve("examples").resolve(QingpuExample.FOLDER);

    @Test
    void committedExampleIsWhatTheGeneratorWrites(@TempDir Path dir) throws Exception {
        if (Boolean.getBoolean("planex.regenerate")) {
            QingpuExample.write(EXAMPLE);
        }
        QingpuExample.write(dir.resolve(QingpuExample.FOLDER));
        for (String file : List.of("plan.xml", "README.md", "attachments/规划说明.md")) {
            assertThat(Files.readString(EXAMPLE.resolve(file), StandardCharsets.UTF_8))
                    .as(file).isEqualTo(Files.readString(dir.resolve(QingpuExample.FOLDER).resolve(file)));
        }
    }

    @Test
    void exampleValidatesWithoutIssues() {
        CliRun run = CliRun.of("validate", EXAMPLE.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("1 package, 0 borders, 0 errors, 0 warnings");
    }

    @Test
    void exampleIsValidAgainstTheSchema() throws IOException {
        try (InputStream in = Files.newInputStream(EXAMPLE.resolve("plan.xml"))) {
            assertThat(PlanSchema.validate(in, 10)).isEmpty();
        }
    }

    @Test
    void exampleHoldsEveryFeatureKindTheThreeControlLinesAndAnAttachment() throws IOException {
        List<PlanFeature> features = read();
        Set<FeatureKind> kinds = features.stream().map(PlanFeature::kind).collect(Collectors.toSet());
        assertThat(kinds).isEqualTo(EnumSet.allOf(FeatureKind.class));
        Set<ControlKind> controls = features.stream().filter(f -> f instanceof ControlArea)
                .map(f -> ((ControlArea) f).controlKind()).collect(Collectors.toSet());
        assertThat(controls).contains(ControlKind.ECOLOGICAL_RED_LINE, ControlKind.PERMANENT_BASIC_FARMLAND,
                ControlKind.URBAN_DEVELOPMENT_BOUNDARY);
        assertThat(features.stream().filter(f -> f instanceof Zone).count()).isGreaterThan(100);
        try (PlanReader r = new PlanexFormatProvider().openPlanReader(ReadContext.of(EXAMPLE))) {
            assertThat(r.header().attachments()).hasSize(1);
            assertThat(r.header().jurisdiction().code()).isEqualTo("310118");
            assertThat(r.header().crs().epsg()).isEqualTo(4490);
        }
    }

    @Test
    void everyZoneCodeAndNameIsInThe2023Classification() throws IOException {
        Path codes = ROOT.resolve("../shared/codes/cn-ydyh-2023.csv");
        assumeTrue(Files.exists(codes), "shared code lists not present");
        Set<String> known = new HashSet<>();
        for (String line : Files.readAllLines(codes, StandardCharsets.UTF_8)) {
            String[] f = line.split(",");
            known.add(f[0] + "=" + f[1]);
        }
        for (PlanFeature f : read()) {
            if (f instanceof Zone z) {
                assertThat(known).as("zone %s", z.id()).contains(z.code() + "=" + z.name());
            }
        }
    }

    private static List<PlanFeature> read() throws IOException {
        List<PlanFeature> out = new ArrayList<>();
        try (PlanReader r = new PlanexFormatProvider().openPlanReader(ReadContext.of(EXAMPLE))) {
            for (PlanFeature f = r.read(); f != null; f = r.read()) {
                out.add(f);
            }
        }
        return out;
    }
}
