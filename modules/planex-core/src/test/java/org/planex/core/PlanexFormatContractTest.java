package org.planex.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.planex.core.format.PlanexFormatProvider;
import org.planex.model.Attachment;
import org.planex.model.PlanFeature;
import org.planex.model.PlanHeader;
import org.planex.spi.FormatProvider;
import org.planex.spi.PlanWriter;
import org.planex.spi.Sha256;
import org.planex.spi.WriteContext;
import org.planex.testkit.FormatProviderContract;
import org.planex.testkit.SamplePlans;

class PlanexFormatContractTest extends FormatProviderContract {

    static final byte[] NOTE = "青浦区规划说明：本附件为测试。\n".getBytes(StandardCharsets.UTF_8);

    @Override
    protected FormatProvider provider() {
        return new PlanexFormatProvider();
    }

    @Override
    protected Path writeSample(Path dir) throws IOException {
        return writePackage(dir.resolve("sample.planex.zip"), 60);
    }

    @Override
    protected Path target(Path dir) {
        return dir.resolve("copy.planex.zip");
    }

    static Path writePackage(Path target, int features) throws IOException {
        SamplePlans s = SamplePlans.geographic();
        Attachment note = new Attachment("attachments/说明.txt", "text/plain", sha256(NOTE), "规划说明");
        PlanHeader header = s.header("QP-2035", features).withAttachments(List.of(note));
        try (PlanWriter w = new PlanexFormatProvider().openPlanWriter(WriteContext.of(target))) {
            w.begin(header);
            w.addAttachment(note, new java.io.ByteArrayInputStream(NOTE));
            for (PlanFeature f : s.featureList(features, 11)) {
                w.write(f);
            }
            w.finish();
        }
        return target;
    }

    static String sha256(byte[] bytes) {
        return Sha256.of(bytes);
    }
}
