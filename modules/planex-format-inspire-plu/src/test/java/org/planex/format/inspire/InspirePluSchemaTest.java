package org.planex.format.inspire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.planex.model.Attachment;
import org.planex.model.PlanHeader;
import org.planex.spi.WarningListener;
import org.planex.testkit.ExternalResources;
import org.planex.testkit.SamplePlans;

/**
 * The output validates against the official INSPIRE PLU 4.0 XSDs ({@code ../shared/schemas/inspire-plu-4.0},
 * offline through its catalog): the three YRD example plans and a sample with every feature kind, attribute
 * type, holes and plans without boundary. A missing schema folder skips the test, and fails it in CI.
 */
class InspirePluSchemaTest {

    private static PluSchemaValidator validator;

    @BeforeAll
    static void compileSchema() throws Exception {
        validator = new PluSchemaValidator(ExternalResources.shared("schemas/inspire-plu-4.0"));
    }

    @ParameterizedTest
    @MethodSource("org.planex.format.inspire.PluFixtures#yrdNames")
    void yrdExampleValidates(String name, @TempDir Path dir) throws IOException {
        PluFixtures.Plan plan = PluFixtures.readPackage(PluFixtures.yrd(name));
        Path out = PluFixtures.writePlu(plan.header(), plan.features(), dir.resolve(name + ".plu.gml"),
                WarningListener.IGNORE);
        assertThat(validator.validate(out)).as("schema problems of %s", out).isEmpty();
        assertThat(Files.readString(out)).contains("<plu:ZoningElement").contains("<plu:hilucsLandUse");
    }

    @Test
    void sampleWithEveryKindValidates(@TempDir Path dir) throws IOException {
        SamplePlans s = SamplePlans.projected();
        PlanHeader header = s.header("CN-310118-SAMPLE", 200).withAttachments(List.of(new Attachment(
                "attachments/text.pdf", "application/pdf", "ab".repeat(32), "规划文本"), new Attachment(
                "attachments/map.png", "image/png", "cd".repeat(32), null)));
        Path out = PluFixtures.writePlu(header, s.featureList(200, 3), dir.resolve("sample.plu.gml"),
                WarningListener.IGNORE);
        assertThat(validator.validate(out)).isEmpty();
        assertThat(Files.readString(out)).contains("<plu:SupplementaryRegulation")
                .contains("DimensioningIndicationRealValue").contains("<plu:officialDocument xlink:href=\"#doc2\"/>")
                .contains("<base2:link>attachments/text.pdf</base2:link>");
    }

    @Test
    void catalogServesTheOfficialAddresses() {
        assertThat(validator.resolved()).contains("https://inspire.ec.europa.eu/schemas/base/3.3/BaseTypes.xsd",
                "https://inspire.ec.europa.eu/schemas/lunom/4.0/LandUseNomenclature.xsd",
                "http://schemas.opengis.net/iso/19139/20070417/gmd/gmd.xsd");
        assertThat(validator.missing()).as("imports the shared folder lacks (unused by PLU)")
                .containsExactly("http://schemas.opengis.net/gmlcov/1.0/coverage.xsd");
    }

    @Test
    void anInvalidDocumentIsReported(@TempDir Path dir) throws IOException {
        SamplePlans s = SamplePlans.geographic();
        Path out = PluFixtures.writePlu(s.header("P", 4), s.featureList(4, 1), dir.resolve("p.plu.gml"),
                WarningListener.IGNORE);
        Path broken = Files.writeString(dir.resolve("broken.plu.gml"),
                Files.readString(out).replaceFirst("<plu:officialTitle>", "<plu:officialTitel>")
                        .replaceFirst("</plu:officialTitle>", "</plu:officialTitel>"));
        assertThat(validator.validate(broken)).singleElement().asString().contains("officialTitel");
    }
}
