package org.planex.codes.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planex.codes.CodeRegistry;

class NormaliserTest {

    private static final CodeRegistry REGISTRY = CodeRegistry.load();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "hk-ozp|R(A)4|R(A)",
        "hk-ozp|R(A)|R(A)",
        "hk-ozp|r(b)12|R(B)",
        "hk-ozp|R (A) 4|R(A)",
        "hk-ozp|CDA(1)|CDA",
        "hk-ozp|OU(Railway Depot)|OU",
        "hk-ozp|I(D)1|I(D)",
        "hk-ozp|G/IC(2)|G/IC",
        "hk-ozp|Ｒ（Ａ）４|R(A)",
        "hk-ozp|R(F)|R(F)",
        "hk-ozp|XYZ(1)|XYZ(1)",
        "cn-ydyh-2023|070102|070102",
        "cn-ydyh-2023|70102|070102",
        "cn-ydyh-2023|' 0701 '|0701",
        "cn-ydyh-2023|０７０１０２|070102",
        "cn-gbt21010-2017|0201k|0201K",
        "cn-gbt21010-2017|05h1|05H1",
        "inspire-hilucs|http://inspire.ec.europa.eu/codelist/HILUCSValue/1_1_Agriculture|1_1_Agriculture",
        "inspire-hilucs|1_1|1_1_Agriculture",
        "inspire-hilucs|1|1_PrimaryProduction",
        "inspire-hilucs|5_1_permanentresidentialuse|5_1_PermanentResidentialUse",
        "inspire-hilucs|9_9|9_9",
    })
    void normalisesRawCodes(String system, String raw, String expected) {
        assertThat(REGISTRY.system(system).orElseThrow().normalise(raw)).isEqualTo(expected);
    }
}
