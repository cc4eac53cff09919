package org.planex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planex.model.PlanFeature;

/**
 * The VCT format is built in: listed by {@code formats}, and the example package converted to VCT (GBK and
 * UTF-8, with the land-use planning profile) converts back to the same features, the plan header aside (a VCT
 * file has no place for it, and a warning says so).
 */
class VctCliTest {

    @ParameterizedTest
    @CsvSource({"GBK, cn-plan-db", "UTF-8, cn-plan-db", "GBK, generic"})
    void thePackageSurvivesVct(String encoding, String profile, @TempDir Path dir) throws Exception {
        Path vct = dir.resolve("qingpu.vct");
        CliRun out = CliRun.of("convert", ExampleTest.EXAMPLE.toString(), "-o", vct.toString(), "--profile", profile,
                "--co", "encoding=" + encoding);
        assertThat(out.exitCode()).as(out.err()).isZero();
        assertThat(out.err()).contains("plan header");
        assertThat(Files.readString(vct, java.nio.charset.Charset.forName(encoding))).startsWith(
                encoding.equals("UTF-8") ? "\uFEFFHeadBegin" : "HeadBegin");
        Path back = dir.resolve("back.planex.zip");
        CliRun in = CliRun.of("convert", vct.toString(), "-o", back.toString(), "--profile", profile,
                "--jurisdiction", "310118", "--jurisdiction-name", "青浦区");
        assertThat(in.exitCode()).as(in.err()).isZero();
        Map<String, PlanFeature> before = ProfileRoundTripTest.features(ExampleTest.EXAMPLE);
        assertThat(ProfileRoundTripTest.features(back)).as("every feature, geometry and typed value")
                .hasSameSizeAs(before).containsExactlyInAnyOrderEntriesOf(before);
    }

    @Test
    void formatsListsVct() {
        CliRun run = CliRun.of("formats");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("vct +rw +layers +vct +VCT 2\\.0 \\(GB/T 17798\\)");
    }
}
