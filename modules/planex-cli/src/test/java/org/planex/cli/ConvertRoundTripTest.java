package org.planex.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Iterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.core.format.PlanexFormatProvider;
import org.planex.model.PlanFeature;
import org.planex.spi.PlanWriter;
import org.planex.spi.WriteContext;
import org.planex.testkit.SamplePlans;

class ConvertRoundTripTest {

    static final int FEATURES = 120_000;

    @Test
    void convertingAHundredThousandZonesKeepsCountsIdsValuesAndGeometries(@TempDir Path dir) throws Exception {
        Path source = dir.resolve("big.planex.zip");
        SamplePlans s = SamplePlans.projected();
        try (PlanWriter w = new PlanexFormatProvider().openPlanWriter(WriteContext.of(source))) {
            w.begin(s.header("BIG", FEATURES));
            for (Iterator<PlanFeature> it = s.features(FEATURES, 2026); it.hasNext(); ) {
                w.write(it.next());
            }
            w.finish();
        }
        Path copy = dir.resolve("copy");
        CliRun convert = CliRun.of("convert", source.toString(), "-o", copy.toString(), "-f", "planex");
        assertThat(convert.exitCode()).as(convert.err()).isZero();
        System.out.print("[figures] " + convert.out());

        JsonNode a = info(source);
        JsonNode b = info(copy);
        assertThat(a.get("counts").get("zone").asLong()).isGreaterThanOrEqualTo(100_000);
        assertThat(b.get("counts")).isEqualTo(a.get("counts"));
        assertThat(b.get("featureDigest").asText()).hasSize(64).isEqualTo(a.get("featureDigest").asText());
        assertThat(b.get("extent")).isEqualTo(a.get("extent"));
        assertThat(b.get("jurisdiction")).isEqualTo(a.get("jurisdiction"));
        assertThat(b.get("plan")).isEqualTo(a.get("plan"));
    }

    private static JsonNode info(Path p) throws Exception {
        CliRun run = CliRun.of("info", p.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }
}
