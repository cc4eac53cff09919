package org.planex.format.geojson;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planex.model.layer.LayerRecord;

class CanonicalIntegerIdTest {

    @ParameterizedTest
    @CsvSource({"0, true", "-0, true", "7, true", "-42, true", "123456789012345678, true",
        "1234567890123456789, false", "007, false", "+7, false", "'', false", "-, false", "1a, false",
        "Z000000001, false", "1.0, false"})
    void onlyPlainIntegersBecomeNumericFeatureIds(String id, boolean expected) {
        assertThat(LayerRecord.isCanonicalInteger(id)).isEqualTo(expected);
    }
}
