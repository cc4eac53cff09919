package org.planex.codes.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.planex.codes.CodeRegistry;
import org.planex.spi.codes.CodeDomain;
import org.planex.spi.codes.CodeEntry;
import org.planex.spi.codes.CodeOrigin;
import org.planex.spi.codes.CodeSystem;

class BuiltinSystemsTest {

    private static final CodeRegistry REGISTRY = CodeRegistry.load();

    private static CodeSystem system(String id) {
        return REGISTRY.system(id).orElseThrow();
    }

    private static Map<Integer, Long> standardCountsByLevel(CodeSystem system) {
        return system.entries().stream().filter(e -> e.origin() == CodeOrigin.STANDARD)
                .collect(Collectors.groupingBy(CodeEntry::level, Collectors.counting()));
    }

    @Test
    void ydyh2023HasTheCountsOfTheStandard() {
        assertThat(standardCountsByLevel(system("cn-ydyh-2023"))).isEqualTo(Map.of(1, 24L, 2, 111L, 3, 40L));
    }

    @Test
    void gbt21010HasTwelveFirstAndSeventyThreeSecondLevelCodes() {
        assertThat(standardCountsByLevel(system("cn-gbt21010-2017"))).isEqualTo(Map.of(1, 12L, 2, 73L));
    }

    @Test
    void ydyh2020TrialEditionHasItsPublishedCounts() {
        assertThat(standardCountsByLevel(system("cn-ydyh-2020"))).isEqualTo(Map.of(1, 24L, 2, 106L, 3, 39L));
        assertThat(system("cn-ydyh-2020").successor()).contains("cn-ydyh-2023");
        assertThat(system("cn-ydyh-2020").deprecated()).isTrue();
        assertThat(system("cn-ydyh-2023").deprecated()).isFalse();
    }

    @Test
    void hilucsHasSixTwentySevenAndSixtyFiveValues() {
        assertThat(standardCountsByLevel(system("inspire-hilucs"))).isEqualTo(Map.of(1, 6L, 2, 27L, 3, 65L));
        CodeEntry e = system("inspire-hilucs").lookup("1_1_1_CommercialAgriculturalProduction").orElseThrow();
        assertThat(e.parent()).isEqualTo("1_1_Agriculture");
        assertThat(e.name()).isEqualTo("Commercial Agricultural Production");
    }

    @Test
    void namesLevelsParentsAndDomainsAreThoseOfTheStandard() {
        CodeEntry housing = system("cn-ydyh-2023").lookup("070102").orElseThrow();
        assertThat(housing.name()).isEqualTo("二类城镇住宅用地");
        assertThat(housing.level()).isEqualTo(3);
        assertThat(housing.parent()).isEqualTo("0701");
        assertThat(housing.domain()).isEqualTo(CodeDomain.LAND);
        assertThat(system("cn-ydyh-2023").lookup("1802").orElseThrow().domain()).isEqualTo(CodeDomain.SEA);
        assertThat(system("cn-ydyh-2023").lookup("24").orElseThrow().domain()).isEqualTo(CodeDomain.SEA);
        assertThat(system("cn-ydyh-2023").children("0701")).extracting(CodeEntry::code)
                .containsExactly("070101", "070102", "070103");
        assertThat(system("cn-gbt21010-2017").lookup("0101").orElseThrow().name()).isEqualTo("水田");
        assertThat(system("cn-ydyh-2020").lookup("090302").orElseThrow().name()).isEqualTo("康体用地");
        assertThat(system("cn-ydyh-2020").lookup("0204").orElseThrow().name()).isEqualTo("其他园地");
        assertThat(system("cn-ydyh-2020").lookup("060201")).isEmpty();
    }

    @Test
    void hongKongZonesHaveEnglishAndChineseNames() {
        CodeEntry ra = system("hk-ozp").lookup("R(A)").orElseThrow();
        assertThat(ra.name()).isEqualTo("Residential (Group A)");
        assertThat(ra.names()).containsEntry("zh-Hant", "住宅(甲類)");
        assertThat(system("hk-ozp").entries()).hasSize(22);
    }

    @Test
    void thirdLandSurveyWorkingCodesAreSupplementsUnderTheCodesTheyRefine() {
        CodeSystem gbt = system("cn-gbt21010-2017");
        for (String code : List.of("05H1", "08H1", "08H2", "08H2A", "0810A", "1104A", "1107A", "0201K", "1104K")) {
            assertThat(gbt.lookup(code)).as(code).get().extracting(CodeEntry::origin).isEqualTo(CodeOrigin.SUPPLEMENT);
        }
        assertThat(gbt.lookup("08H2A").orElseThrow().parent()).isEqualTo("08H2");
        assertThat(gbt.lookup("0201K").orElseThrow().parent()).isEqualTo("0201");
        assertThat(gbt.lookup("0201K").orElseThrow().name()).isEqualTo("可调整果园");
    }

    @Test
    void bundled2023ListEqualsTheSharedSourceFacts() throws IOException {
        Path shared = Path.of(System.getProperty("planex.root", "."), "..", "shared", "codes", "cn-ydyh-2023.csv");
        assumeTrue(Files.isRegularFile(shared), "shared code lists not present");
        List<String> source = Files.readAllLines(shared, StandardCharsets.UTF_8).stream().skip(1)
                .filter(l -> !l.isBlank()).toList();
        List<String> bundled = system("cn-ydyh-2023").entries().stream()
                .map(e -> e.code() + "," + e.name() + "," + e.level() + "," + e.parent()).toList();
        assertThat(bundled).isEqualTo(source);
    }

    @Test
    void the2020EditionDiffersFrom2023OnlyWhereTheChangesListSays() throws IOException {
        Path changes = Path.of(System.getProperty("planex.root", "."), "..", "shared", "codes",
                "cn-ydyh-2020-to-2023-changes.csv");
        assumeTrue(Files.isRegularFile(changes), "shared code lists not present");
        Map<String, String> changed = Files.readAllLines(changes, StandardCharsets.UTF_8).stream().skip(1)
                .filter(l -> !l.isBlank()).map(l -> l.split(","))
                .collect(Collectors.toMap(f -> f[0], f -> f[1]));
        CodeSystem y2023 = system("cn-ydyh-2023");
        for (CodeEntry e : system("cn-ydyh-2020").entries()) {
            if (changed.containsKey(e.code())) {
                assertThat(e.name()).as(e.code()).isEqualTo(changed.get(e.code()));
            } else {
                assertThat(y2023.lookup(e.code())).as(e.code()).get().extracting(CodeEntry::name).isEqualTo(e.name());
            }
        }
        assertThat(changed.keySet()).allSatisfy(c -> assertThat(system("cn-ydyh-2020").lookup(c)).isPresent());
    }

    @Test
    void dataIsLoadedOnceAndShared() {
        CodeSystem a = system("cn-ydyh-2023");
        CodeSystem b = CodeRegistry.load().system("cn-ydyh-2023").orElseThrow();
        assertThat(a.entries()).isSameAs(b.entries());
    }
}
