package org.planex.format.geojson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrdinateTextTest {

    private static String format(double v) {
        char[] out = new char[OrdinateText.MAX_LENGTH];
        int n = OrdinateText.format(v, out);
        return n < 0 ? null : new String(out, 0, n);
    }

    @Test
    void typicalOrdinatesAreWrittenPlain() {
        assertThat(format(540035.509)).isEqualTo("540035.509");
        assertThat(format(-0.005)).isEqualTo("-0.005");
        assertThat(format(121.000000001)).isEqualTo("121.000000001");
        assertThat(format(3410000)).isEqualTo("3410000");
        assertThat(format(-7)).isEqualTo("-7");
        assertThat(format(0.0)).isEqualTo("0");
        assertThat(format(0.1 + 0.2)).as("17 significant digits take the general path").isNull();
        assertThat(format(1e300)).isNull();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 3, 6, 9})
    void fastTextEqualsTheGeneralPath(int decimals) {
        SplittableRandom random = new SplittableRandom(decimals);
        double scale = Math.pow(10, decimals);
        for (int i = 0; i < 20_000; i++) {
            double v = Math.round((random.nextDouble() - 0.3) * 4e6 * scale) / scale;
            String text = format(v);
            assertThat(text).as("%s", v).isEqualTo(GeoJsonGeometryWriter.plain(v));
        }
    }

    @Test
    void arbitraryDoublesReadBackExactlyOrTakeTheGeneralPath() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 50_000; i++) {
            double v = random.nextBoolean() ? Double.longBitsToDouble(random.nextLong())
                    : (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(12));
            String text = format(v);
            if (text != null) {
                assertThat(Double.parseDouble(text)).as(text).isEqualTo(v);
                assertThat(text).isEqualTo(GeoJsonGeometryWriter.plain(v));
            }
        }
    }
}
