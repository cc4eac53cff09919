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

    private final XPlanFormatProvider xplan = new XPlanFormatProvider();

    @Override
    protected FormatProvider provider() {
        return xplan;
    }

    @Override
    protected Path writeSample(Path dir) throws IOException {
        return XPlanFixtures.copy("bp-5.4.xplan.gml", dir);
    }

    @Override
    protected Path target(Path dir) {
        return dir.resolve("copy.xplan.gml");
    }
}
