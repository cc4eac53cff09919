package org.planex.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.planex.codes.data.BuiltinCodesProvider;
import org.planex.spi.ErrorKind;
import org.planex.spi.PlanexException;
import org.planex.spi.codes.CodeSystem;

class CodeRegistryTest {

    @Test
    void serviceLoaderFindsTheSixBuiltinSystems() {
        assertThat(CodeRegistry.load().systems()).extracting(CodeSystem::id).containsExactly(
                "cn-gbt21010-2017", "cn-ydyh-2020", "cn-ydyh-2023", "de-xplan-artdernutzung", "hk-ozp", "inspire-hilucs");
    }

    @Test
    void twoProvidersOfOneSystemAreRefused() {
        assertThatThrownBy(() -> CodeRegistry.of(List.of(new BuiltinCodesProvider(), new BuiltinCodesProvider())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contributed twice");
    }

    @Test
    void anUnknownSystemIsAUsageErrorListingTheKnownOnes() {
        assertThatThrownBy(() -> CodeRegistry.load().requireSystem("cn-ydyh-2019"))
                .isInstanceOfSatisfying(PlanexException.class, e -> {
                    assertThat(e.getKind()).isEqualTo(ErrorKind.USAGE);
                    assertThat(e.getMessage()).contains("cn-ydyh-2019").contains("cn-ydyh-2023, de-xplan-artdernutzung, hk-ozp");
                });
    }

    @Test
    void systemsWithoutAPathBetweenThemHaveNoCrosswalk() throws PlanexException {
        CodeRegistry registry = CodeRegistry.load();
        assertThat(registry.crosswalk("hk-ozp", "cn-ydyh-2023")).isEmpty();
        assertThat(registry.predecessors("cn-ydyh-2023")).extracting(CodeSystem::id).containsExactly("cn-ydyh-2020");
        assertThatThrownBy(() -> registry.requireCrosswalk("hk-ozp", "cn-ydyh-2023"))
                .isInstanceOf(PlanexException.class).hasMessageContaining("no crosswalk from hk-ozp to cn-ydyh-2023");
    }
}
