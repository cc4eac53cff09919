package org.planex.format.inspire;

import java.io.IOException;
import java.nio.file.Path;
import org.planex.spi.FormatProvider;
import org.planex.spi.WarningListener;
import org.planex.testkit.FormatProviderContract;
import org.planex.testkit.SamplePlans;

/**
 * The INSPIRE PLU provider fulfils the format plugin contract of planex-testkit. The sample is a generated plan
 * of 60 features; its facilities and corridors are left out on writing, so the sample holds zones and control
 * areas, which then round-trip unchanged.
 */
class InspirePluContractTest extends FormatProviderContract {

    private final InspirePluFormatProvider plu = new InspirePluFormatProvider();

    @Override
    protected FormatProvider provider() {
        return plu;
    }

    @Override
    protected Path writeSample(Path dir) throws IOException {
        SamplePlans s = SamplePlans.geographic();
        return PluFixtures.writePlu(s.header("CN-310118-SAMPLE", 60), s.featureList(60, 7),
                dir.resolve("sample.plu.gml"), WarningListener.IGNORE);
    }

    @Override
    protected Path target(Path dir) {
        return dir.resolve("copy.plu.gml");
    }
}
