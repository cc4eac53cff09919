package org.planex.format.shapefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DbfTextDecodingTest {

    @ParameterizedTest
    @CsvSource({"GBK, true", "GB18030, true", "UTF-8, true", "Big5, true", "windows-1252, true",
        "ISO-2022-CN, true", "UTF-16LE, false", "UTF-16BE, false", "UTF-32, false"})
    void printableAsciiTakesTheFastPathOnlyWhereTheCharsetDecodesItToItself(String name, boolean expected) {
        assertThat(DbfReader.isAsciiCompatible(Charset.forName(name))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"738.52, true", "2.80, true", "-0.50, true", "0, true", "-0, true", "+5, true", ".5, true",
        "5., true", "123456789012345678, true", "12345678901234567.8, true", "1234567890123456789, false",
        "1e5, false", "., false", "-, false", "1.2.3, false", "'1,5', false"})
    void plainDecimalsHaveTheValueAndScaleOfTheGeneralParser(String text, boolean plain) {
        byte[] bytes = ("  " + text + " ").getBytes(StandardCharsets.US_ASCII);
        BigDecimal fast = DbfReader.plainDecimal(bytes, 2, 2 + text.length());
        assertThat(fast != null).isEqualTo(plain);
        if (plain) {
            BigDecimal general = new BigDecimal(text);
            assertThat(fast).isEqualTo(general);
            assertThat(fast.scale()).isEqualTo(general.scale());
        }
    }
}
