package org.planex.codes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.planex.codes.data.TableCrosswalk;
import org.planex.spi.codes.CodeEntry;
import org.planex.spi.codes.CodeSystem;
import org.planex.spi.codes.Crosswalk;
import org.planex.spi.codes.CrosswalkResult;
import org.planex.spi.codes.HarmonisedCategory;
import org.planex.spi.codes.MappingFlag;

class CrosswalkDataTest {

    private static final CodeRegistry REGISTRY = CodeRegistry.load();

    private static CodeSystem system(String id) {
        return REGISTRY.system(id).orElseThrow();
    }

    private static CrosswalkResult map(String from, String code, String to) {
        return REGISTRY.crosswalk(from, to).orElseThrow().map(code);
    }

    @Test
    void the2020FitnessCodeMapsToThe2023EntertainmentCode() {
        CrosswalkResult r = map("cn-ydyh-2020", "090302", "cn-ydyh-2023");
        assertThat(r.targets()).containsExactly("0903");
        assertThat(r.flags()).isEmpty();
    }

    @Test
    void every2020CodeMapsToExactlyOne2023Code() {
        for (CodeEntry e : system("cn-ydyh-2020").entries()) {
            CrosswalkResult r = map("cn-ydyh-2020", e.code(), "cn-ydyh-2023");
            assertThat(r.targets()).as(e.code()).hasSize(1);
            assertThat(system("cn-ydyh-2023").lookup(r.targets().get(0))).as(e.code()).isPresent();
        }
        assertThat(map("cn-ydyh-2020", "0204", "cn-ydyh-2023").has(MappingFlag.JUDGEMENT)).isTrue();
        assertThat(map("cn-ydyh-2020", "2303", "cn-ydyh-2023").targets()).containsExactly("060102");
    }

    @Test
    void landSurveyCodesThatSplitAreMarkedNeedsSubdivision() {
        CrosswalkResult storage = map("cn-gbt21010-2017", "0604", "cn-ydyh-2023");
        assertThat(storage.targets()).containsExactly("1101", "1102");
        assertThat(storage.has(MappingFlag.NEEDS_SUBDIVISION)).isTrue();
        assertThat(map("cn-gbt21010-2017", "1202", "cn-ydyh-2023").targets())
                .containsExactly("060201", "060202", "060203");
        assertThat(map("cn-gbt21010-2017", "0303", "cn-ydyh-2023").targets()).containsExactly("0507");
        assertThat(map("cn-gbt21010-2017", "1107A", "cn-ydyh-2023").targets()).containsExactly("1311");
        for (CodeEntry e : system("cn-gbt21010-2017").entries()) {
            CrosswalkResult r = map("cn-gbt21010-2017", e.code(), "cn-ydyh-2023");
            assertThat(r.isMapped()).as(e.code()).isTrue();
            assertThat(r.targets().size() > 1).as(e.code()).isEqualTo(r.has(MappingFlag.NEEDS_SUBDIVISION));
        }
    }

    @Test
    void every2023CodeMapsToACategoryAndToHilucs() {
        for (CodeEntry e : system("cn-ydyh-2023").entries()) {
            CrosswalkResult category = map("cn-ydyh-2023", e.code(), HarmonisedCategory.SYSTEM_ID);
            assertThat(category.targets()).as(e.code()).hasSize(1);
            CrosswalkResult hilucs = map("cn-ydyh-2023", e.code(), "inspire-hilucs");
            assertThat(hilucs.targets()).as(e.code()).hasSize(1);
        }
        assertThat(map("cn-ydyh-2023", "070102", HarmonisedCategory.SYSTEM_ID).targets()).containsExactly("residential");
        assertThat(map("cn-ydyh-2023", "080403", HarmonisedCategory.SYSTEM_ID).targets()).containsExactly("education");
        assertThat(map("cn-ydyh-2023", "100103", HarmonisedCategory.SYSTEM_ID).targets())
                .containsExactly("heavy-industry");
        assertThat(map("cn-ydyh-2023", "1309", HarmonisedCategory.SYSTEM_ID).targets())
                .containsExactly("nuisance-utilities");
    }

    @Test
    void everyHongKongZoneAndEveryLandSurveyCodeMapsToACategoryAndHilucs() {
        for (String id : List.of("hk-ozp", "cn-gbt21010-2017", "cn-ydyh-2020", "de-xplan-artdernutzung")) {
            for (CodeEntry e : system(id).entries()) {
                assertThat(map(id, e.code(), HarmonisedCategory.SYSTEM_ID).isMapped()).as(id + " " + e.code()).isTrue();
                assertThat(map(id, e.code(), "inspire-hilucs").isMapped()).as(id + " " + e.code()).isTrue();
            }
        }
        assertThat(map("hk-ozp", "CA", HarmonisedCategory.SYSTEM_ID).targets()).containsExactly("ecological-protection");
    }

    @Test
    void the2020EditionReachesCategoriesThroughThe2023Edition() {
        Crosswalk composed = REGISTRY.crosswalk("cn-ydyh-2020", HarmonisedCategory.SYSTEM_ID).orElseThrow();
        assertThat(composed.toString()).isEqualTo("cn-ydyh-2020 -> cn-ydyh-2023 -> planex-category");
        assertThat(composed.map("090302").targets()).containsExactly("commercial");
        assertThat(composed.map("2202").has(MappingFlag.JUDGEMENT)).isTrue();
    }

    @Test
    void aCodeThatSplitsAcrossCategoriesNeedsSubdivision() {
        CrosswalkResult r = map("cn-gbt21010-2017", "08H2", HarmonisedCategory.SYSTEM_ID);
        assertThat(r.targets()).containsExactly("education", "health", "other-public-service");
        assertThat(r.has(MappingFlag.NEEDS_SUBDIVISION)).isTrue();
    }

    @Test
    void unmappedIsExplicitNeverADefault() {
        CrosswalkResult notKnown = map("inspire-hilucs", "6_6_NotKnownUse", HarmonisedCategory.SYSTEM_ID);
        assertThat(notKnown.isMapped()).isFalse();
        assertThat(notKnown.has(MappingFlag.UNMAPPED)).isTrue();
        assertThat(notKnown.note()).contains("not known");
        CrosswalkResult noRow = map("cn-ydyh-2023", "9999", HarmonisedCategory.SYSTEM_ID);
        assertThat(noRow.targets()).isEmpty();
        assertThat(noRow.flags()).containsExactly(MappingFlag.UNMAPPED);
        assertThat(noRow.note()).contains("no row for 9999");
    }

    @Test
    void everyRowOfEveryBundledCrosswalkNamesExistingCodes() {
        for (Crosswalk c : REGISTRY.crosswalks()) {
            CodeSystem from = system(c.fromSystem());
            TableCrosswalk table = (TableCrosswalk) c;
            assertThat(table.rows()).as(c.toString()).isNotEmpty();
            table.rows().forEach((code, result) -> {
                assertThat(from.lookup(code)).as(c + " from " + code).isPresent();
                for (String target : result.targets()) {
                    if (c.toSystem().equals(HarmonisedCategory.SYSTEM_ID)) {
                        assertThat(HarmonisedCategory.fromToken(target)).as(c + " " + code).isPresent();
                    } else {
                        assertThat(system(c.toSystem()).lookup(target)).as(c + " " + code + " -> " + target).isPresent();
                    }
                }
            });
        }
    }
}
