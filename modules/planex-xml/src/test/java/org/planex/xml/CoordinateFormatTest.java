package org.planex.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CoordinateFormatTest {

    private static String format(double v) {
        StringBuilder sb = new StringBuilder();
        CoordinateFormat.append(sb, v);
        return sb.toString();
    }

    /** The shortest plain text Double.toString gives, for comparison. */
    private static String reference(double v) {
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    @Test
    void typicalValuesAreWrittenPlainAndShort() {
        assertThat(format(3456789.12)).isEqualTo("3456789.12");
        assertThat(format(595000.5)).isEqualTo("595000.5");
        assertThat(format(-0.005)).isEqualTo("-0.005");
        assertThat(format(121.000000001)).isEqualTo("121.000000001");
        assertThat(format(350000)).isEqualTo("350000");
        assertThat(format(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(format(1e-7)).isEqualTo("0.0000001");
        assertThat(format(1.5e20)).isEqualTo("150000000000000000000");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 6, 9, 12})
    void valuesWithFewDecimalsMatchDoubleToStringAndReadBack(int decimals) {
        SplittableRandom random = new SplittableRandom(decimals);
        double scale = Math.pow(10, decimals);
        for (int i = 0; i < 20_000; i++) {
            double v = Math.round((random.nextDouble() - 0.3) * 4e6 * scale) / scale;
            String text = format(v);
            assertThat(Double.parseDouble(text)).as(text).isEqualTo(v);
            assertThat(text).as("%s", v).isEqualTo(reference(v)).doesNotContain("E");
        }
    }

    @Test
    void arbitraryDoublesReadBackExactly() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 50_000; i++) {
            double v = Double.longBitsToDouble(random.nextLong());
            if (Double.isFinite(v)) {
                String text = format(v);
                assertThat(Double.parseDouble(text)).as(text).isEqualTo(v);
                assertThat(text).doesNotContain("E");
            }
        }
    }
}
