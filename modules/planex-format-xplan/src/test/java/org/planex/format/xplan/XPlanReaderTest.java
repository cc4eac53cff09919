package org.planex.format.xplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.planex.codes.CodeRegistry;
import org.planex.model.AttributeValue;
import org.planex.model.ControlArea;
import org.planex.model.PlanFeature;
import org.planex.model.PlanStatus;
import org.planex.model.PlanType;
import org.planex.model.Zone;
import org.planex.spi.codes.HarmonisedCategory;

/**
 * The four test plans import with every area feature, its zone code, harmonised category and HILUCS value (from
 * the bundled crosswalks, found through the SPI), the header and the typed attributes; what planex does not
 * read is a warning naming the type and count.
 */
class XPlanReaderTest {

    private static final CodeRegistry CODES = CodeRegistry.load();

    /** Each plan with the zones or control areas it must give: id -> code (zones) or control kind. */
    static java.util.stream.Stream<Arguments> plans() {
        return java.util.stream.Stream.of(
                Arguments.of("bp-5.4.xplan.gml", ordered("WA_1", "WA", "MI_1", "MI", "GB_1", "GEMEINBEDARF",
                        "GR_1", "GRUEN", "ST_1", "STRASSE", "VB_1", "VERKEHR", "SPE_1",
                        "control:nature-landscape-protection")),
                Arguments.of("bp-6.0.xplan.gml", ordered("GE_1", "GE", "GI_1", "GI", "MU_1", "MU", "GR_RUND", "GRUEN",
                        "MDW_1", "MDW")),
                Arguments.of("fp-5.4.xplan.gml", ordered("FW_1", "W", "FG_1", "GE", "FGB_1", "GEMEINBEDARF",
                        "FGR_1", "GRUEN", "FLW_1", "LANDWIRTSCHAFT", "FWA_1", "WALD", "FGW_1", "GEWAESSER", "FSPE_1",
                        "control:nature-landscape-protection")),
                Arguments.of("fp-6.0.xplan.gml", ordered("FM_1", "MDW", "FS_1", "SOE", "FW_2", "WR", "FGR_2", "GRUEN",
                        "FWA_2", "WALD", "FGW_2", "GEWAESSER")));
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    @ParameterizedTest
    @MethodSource("plans")
    void everyAreaFeatureImportsWithItsCodeCategoryAndHilucs(String plan, Map<String, String> expected,
            @TempDir Path dir) throws IOException {
        XPlanFixtures.Read read = XPlanFixtures.read(XPlanFixtures.copy(plan, dir));
        Map<String, String> got = read.features().stream().collect(Collectors.toMap(PlanFeature::id,
                f -> f instanceof Zone z ? z.code() : "control:" + ((ControlArea) f).controlKind().token(),
                (a, b) -> a, LinkedHashMap::new));
        assertThat(got).containsExactlyEntriesOf(expected);
        for (PlanFeature f : read.features()) {
            assertThat(f.geometry().isValid()).as(f.id() + " is a valid surface").isTrue();
            assertThat(f.geometry().getArea()).as(f.id()).isPositive();
            if (f instanceof Zone z) {
                var category = CODES.crosswalk(XPlanCodes.SYSTEM, HarmonisedCategory.SYSTEM_ID).orElseThrow()
                        .map(z.code());
                var hilucs = CODES.crosswalk(XPlanCodes.SYSTEM, "inspire-hilucs").orElseThrow().map(z.code());
                assertThat(category.targets()).as("category of " + z.id()).hasSize(1);
                assertThat(hilucs.targets()).as("HILUCS of " + z.id()).hasSize(1);
            }
        }
        assertThat(read.header().classification().system()).isEqualTo("de-xplan-artdernutzung");
        assertThat(read.header().boundary().getArea()).isPositive();
    }

    @Test
    void theBebauungsplanHeaderComesFromBpPlan(@TempDir Path dir) throws IOException {
        XPlanFixtures.Read read = XPlanFixtures.read(XPlanFixtures.copy("bp-5.4.xplan.gml", dir));
        var h = read.header();
        assertThat(h.packageId()).isEqualTo("02000000-BP-17");
        assertThat(h.plan().id()).isEqualTo("BP-17");
        assertThat(h.plan().title()).isEqualTo("Wohnen am Mühlenteich");
        assertThat(h.plan().type()).isEqualTo(PlanType.ZONING);
        assertThat(h.plan().status()).isEqualTo(PlanStatus.IN_FORCE);
        assertThat(h.plan().validFrom()).isEqualTo(LocalDate.of(2021, 6, 15));
        assertThat(h.jurisdiction().code()).isEqualTo("02000000");
        assertThat(h.jurisdiction().scheme()).isEqualTo(XPlanHeaderReader.AGS);
        assertThat(h.jurisdiction().name("de")).isEqualTo("Hamburg");
        assertThat(h.jurisdiction().parentCode()).isEqualTo("02000");
        assertThat(h.crs().epsg()).isEqualTo(25832);
        assertThat(h.boundary().getArea()).isEqualTo(300.0 * 200.0);
    }

    @Test
    void theFlaechennutzungsplanIsAMasterPlanInTheUriFormOfItsCrs(@TempDir Path dir) throws IOException {
        var fp = XPlanFixtures.read(XPlanFixtures.copy("fp-6.0.xplan.gml", dir)).header();
        assertThat(fp.plan().type()).isEqualTo(PlanType.MASTER);
        assertThat(fp.plan().validFrom()).isEqualTo(LocalDate.of(2019, 3, 1));
        var bp60 = XPlanFixtures.read(XPlanFixtures.copy("bp-6.0.xplan.gml", dir)).header();
        assertThat(bp60.crs().epsg()).as("http://www.opengis.net/def/crs/EPSG/0/25833").isEqualTo(25833);
        assertThat(bp60.plan().status()).as("rechtsstand 3000 Satzung").isEqualTo(PlanStatus.APPROVED);
    }

    @Test
    void measuresAreTypedAttributes(@TempDir Path dir) throws IOException {
        Zone wa = (Zone) XPlanFixtures.read(XPlanFixtures.copy("bp-5.4.xplan.gml", dir)).features().get(0);
        assertThat(wa.attributes().get("GRZ")).contains(AttributeValue.of(new BigDecimal("0.4")));
        assertThat(wa.attributes().get("GFZ")).contains(AttributeValue.of(new BigDecimal("0.8")));
        assertThat(wa.attributes().get("Z")).contains(AttributeValue.of(2));
        assertThat(wa.attributes().get("besondereArtDerBaulNutzung")).contains(AttributeValue.of(1200));
        assertThat(wa.attributes().get("flaechenschluss")).contains(AttributeValue.of(true));
        assertThat(wa.attributes().get("xplanType")).contains(AttributeValue.of("BP_BaugebietsTeilFlaeche"));
        assertThat(wa.attributes().get("bereich")).as("the nummer of BP_Bereich B1").contains(AttributeValue.of("0"));
    }

    @Test
    void featureTypesPlanexDoesNotReadAreWarningsWithTheirCount(@TempDir Path dir) throws IOException {
        XPlanFixtures.Read bp = XPlanFixtures.read(XPlanFixtures.copy("bp-5.4.xplan.gml", dir));
        assertThat(bp.warnings()).singleElement().asString().startsWith("XPlanGML BP_BauGrenze: 2 features not read");
        XPlanFixtures.Read fp = XPlanFixtures.read(XPlanFixtures.copy("fp-5.4.xplan.gml", dir));
        assertThat(fp.warnings()).singleElement().asString().startsWith("XPlanGML FP_VerEntsorgung: 1 feature not read");
    }
}
