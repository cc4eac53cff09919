package org.planex.format.inspire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.spi.WarningListener;
import org.planex.testkit.ExternalResources;

/**
 * An independent check: libxml2's {@code xmllint}, with the shared folder's OASIS catalog
 * ({@code XML_CATALOG_FILES}) and no network, validates the YRD Qingpu plan written as PLU. Skipped without
 * xmllint or the schemas, a failure in CI.
 */
class InspirePluXmllintTest {

    @Test
    void xmllintValidatesTheQingpuPlan(@TempDir Path dir) throws IOException {
        Path schemas = ExternalResources.shared("schemas/inspire-plu-4.0").toAbsolutePath();
        ExternalResources.requireTool("xmllint");
        PluFixtures.Plan plan = PluFixtures.readPackage(PluFixtures.yrd("qingpu"));
        Path out = PluFixtures.writePlu(plan.header(), plan.features(), dir.resolve("qingpu.plu.gml"),
                WarningListener.IGNORE);
        String result = ExternalResources.run("env", "XML_CATALOG_FILES=" + schemas.resolve("catalog.xml"),
                "xmllint", "--nonet", "--noout", "--schema",
                schemas.resolve("inspire.ec.europa.eu/schemas/plu/4.0/PlannedLandUse.xsd").toString(), out.toString());
        assertThat(result).contains(out + " validates");
    }
}
