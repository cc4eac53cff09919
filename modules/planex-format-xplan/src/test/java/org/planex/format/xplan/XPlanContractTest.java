package org.planex.format.xplan;

import java.io.IOException;
import java.nio.file.Path;
import org.planex.spi.FormatProvider;
import org.planex.testkit.FormatProviderContract;

/**
 * The XPlanGML provider fulfils the read side of the format plugin contract of planex-testkit (it writes
 * nothing, so the write tests are skipped): found by the ServiceLoader, a stable descriptor, a probe that
 * recognises the Bebauungsplan 5.4 and leaves it untouched, idempotent close, several threads.
 */
class XPlanContractTest extends FormatProviderContract {

    /** The sample is a test plan as it is: the provider cannot write one. */
    @Override
    protected Path writeSample(Path dir) throws IOException {
        return XPlanFixtures.copy(XPlanFixtures.PLANS.get(0), dir);
    }

    /** Where a copy would go; the write tests are skipped for a read-only format. */
    @Override
    protected Path target(Path dir) {
        return dir.resolve("copy.xplan.gml");
    }

    @Override
    protected FormatProvider provider() {
        return new XPlanFormatProvider();
    }
}
