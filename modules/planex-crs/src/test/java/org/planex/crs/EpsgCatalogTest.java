package org.planex.crs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planex.model.AxisOrder;
import org.planex.model.CrsRef;
import org.planex.spi.crs.CrsDefinition;
import org.planex.spi.crs.CrsDefinitions;
import org.planex.spi.crs.CrsKind;

/** The EPSG catalogue: coverage, facts of the families planex meets, consistency of its resources. */
class EpsgCatalogTest {

    private static List<EpsgEntry> all() {
        List<EpsgEntry> all = new ArrayList<>();
        EpsgCatalog.standard().scan(all::add);
        return all;
    }

    @Test
    void holdsTheWholeRegistryOfTheEditionItNames() {
        List<EpsgEntry> all = all();
        assertThat(all).hasSize(6123);
        assertThat(all.stream().filter(e -> !e.deprecated())).hasSize(5680);
        assertThat(EpsgCatalog.standard().edition()).contains("EPSG dataset v10.076").contains("PROJ 9.1.1");
        assertThat(all.stream().filter(e -> e.kind() == CrsKind.GEOGRAPHIC)).hasSize(623);
    }

    @Test
    void definitionsOfTheFamiliesPlanexMeets() {
        CrsDefinitions d = CrsDefinitions.provider();
        assertThat(d).isInstanceOf(EpsgCrsDefinitions.class);
        CrsDefinition nad83 = d.find(CrsRef.epsg(4269)).orElseThrow();
        assertThat(nad83.name()).isEqualTo("NAD83");
        assertThat(nad83.kind()).isEqualTo(CrsKind.GEOGRAPHIC);
        assertThat(nad83.axisOrder()).isEqualTo(AxisOrder.NORTH_EAST);
        assertThat(nad83.esriWkt()).startsWith("GEOGCS[\"GCS_North_American_1983\"");
        CrsDefinition california = d.find(CrsRef.epsg(2227)).orElseThrow();
        assertThat(california.unitName()).isEqualTo("US survey foot");
        assertThat(california.unitFactor()).isCloseTo(1200.0 / 3937, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(california.axisOrder()).isEqualTo(AxisOrder.EAST_NORTH);
        assertThat(california.esriWkt()).startsWith("PROJCS[\"NAD_1983_StatePlane_California_III_FIPS_0403_Feet\"");
        assertThat(california.ogcWkt()).endsWith("AUTHORITY[\"EPSG\",\"2227\"]]");
        assertThat(d.find(CrsRef.epsg(3035)).orElseThrow().axisOrder()).isEqualTo(AxisOrder.NORTH_EAST);
        assertThat(d.find(CrsRef.epsg(8433)).orElseThrow().name()).isEqualTo("Macao 1920 / Macao Grid");
        assertThat(d.find(CrsRef.epsg(2383)).orElseThrow().esriWkt())
                .startsWith("PROJCS[\"Xian_1980_3_Degree_GK_CM_114E\"");
        assertThat(d.find(CrsRef.epsg(21413)).orElseThrow().name()).isEqualTo("Beijing 1954 / Gauss-Kruger zone 13");
        assertThat(d.find(CrsRef.epsg(27700)).orElseThrow().name()).isEqualTo("OSGB36 / British National Grid");
        assertThat(d.find(CrsRef.epsg(4549)).orElseThrow().axisOrder()).isEqualTo(AxisOrder.NORTH_EAST);
        assertThat(d.find(CrsRef.epsg(9_999_999))).isEmpty();
        assertThat(d.find(CrsRef.epsg(21473)).orElseThrow().deprecated()).isTrue();
    }

    @Test
    void northFirstTableOfTheModelAgreesWithEveryEntry() {
        for (EpsgEntry e : all()) {
            assertThat(CrsRef.epsg(e.code()).axisOrder()).as("EPSG:%d %s", e.code(), e.name())
                    .isEqualTo(e.axisOrder());
        }
    }

    @Test
    void commonSubsetRepeatsTheCatalogueExactly() {
        Map<Integer, EpsgEntry> common = EpsgCatalog.standard().getAll(List.of(4490, 4549, 32650, 2326, 4269));
        Map<Integer, EpsgEntry> full = EpsgCatalog.standard().peek(List.of(4490, 4549, 32650, 2326, 4269));
        assertThat(common).hasSize(5).isEqualTo(full);
    }

    @Test
    void proj4jTakesAllButTheMethodsItLacks() {
        List<EpsgEntry> all = all();
        EpsgCatalog.standard().getAll(all.stream().map(EpsgEntry::code).toList());
        List<String> unsupported = new ArrayList<>();
        for (EpsgEntry e : all) {
            if (!CrsService.standard().supports(CrsRef.epsg(e.code()))) {
                unsupported.add(e.code() + " " + e.name());
            }
        }
        assertThat(unsupported).hasSizeLessThanOrEqualTo(71).doesNotContain("8433 Macao 1920 / Macao Grid");
        for (int code : new int[] {4269, 2227, 2263, 3035, 25832, 27700, 2383, 2327, 2436, 21413, 21483, 8433,
            2154, 31467, 28992, 3414, 7683, 2063}) {
            assertThat(CrsService.standard().supports(CrsRef.epsg(code))).as("EPSG:%d", code).isTrue();
        }
    }
}
