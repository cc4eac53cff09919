package org.planex.format.inspire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.spi.WarningListener;
import org.planex.testkit.ExternalResources;

/**
 * Independent checks of the YRD Qingpu plan written as PLU: libxml2's {@code xmllint}, with the shared folder's
 * OASIS catalog ({@code XML_CATALOG_FILES}) and no network, validates it; GDAL's GML driver reads its 399 zones
 * in the right place (longitude and latitude not swapped). Skipped without the tools or the schemas, a failure
 * in CI.
 */
class InspirePluInteropTest {

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

    @Test
    void gdalReadsTheZonesWhereTheyAre(@TempDir Path dir) throws IOException {
        ExternalResources.requireTool("ogrinfo");
        PluFixtures.Plan plan = PluFixtures.readPackage(PluFixtures.yrd("qingpu"));
        Path out = PluFixtures.writePlu(plan.header(), plan.features(), dir.resolve("qingpu.plu.gml"),
                WarningListener.IGNORE);
        String info = ExternalResources.run("ogrinfo", "-ro", "-so", out.toString(), "ZoningElement");
        assertThat(info).contains("Feature Count: 399").containsPattern("Extent: \\(120\\.8\\d+, 30\\.9\\d+\\)");
    }
}
