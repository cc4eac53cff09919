package org.planex.example.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.model.PlanFeature;
import org.planex.spi.FormatProvider;
import org.planex.spi.PlanWriter;
import org.planex.spi.WriteContext;
import org.planex.testkit.FormatProviderContract;
import org.planex.testkit.SamplePlans;

class FeatureCsvFormatProviderTest extends FormatProviderContract {

    @Override
    protected FormatProvider provider() {
        return new FeatureCsvFormatProvider();
    }

    @Override
    protected Path writeSample(Path dir) {
        throw new UnsupportedOperationException("feature-csv is write-only");
    }

    @Override
    protected Path target(Path dir) {
        return dir.resolve("plan.features.csv");
    }

    @Test
    void writesOneRowPerFeatureWithQuotedChineseText(@TempDir Path dir) throws Exception {
        SamplePlans s = SamplePlans.geographic();
        List<PlanFeature> features = s.featureList(40, 5);
        Path out = target(dir);
        try (PlanWriter w = provider().openPlanWriter(WriteContext.of(out))) {
            w.begin(s.header("P", 40));
            for (PlanFeature f : features) {
                w.write(f);
            }
            w.finish();
        }
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(41);
        assertThat(lines.get(0)).isEqualTo("kind,id,name,class,wkt");
        assertThat(lines.get(2)).startsWith("zone,F1,").contains("\"POLYGON ((121.");
        assertThat(lines).anyMatch(l -> l.startsWith("facility,F13,设施13,waste-incineration,POINT"));
    }
}
