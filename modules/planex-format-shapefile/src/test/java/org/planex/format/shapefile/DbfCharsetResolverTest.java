package org.planex.format.shapefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planex.spi.Location;

/** Charset precedence: option, then .cpg, then language driver id, then the configured default. */
class DbfCharsetResolverTest {

    private static final Charset GBK = Charset.forName("GBK");

    @ParameterizedTest
    @CsvSource({"UTF-8, UTF-8", "utf8, UTF-8", "65001, UTF-8", "936, GBK", "GB2312, GBK", "GBK, GBK",
        "ANSI 1250, windows-1250", "Windows-1251, windows-1251", "88591, ISO-8859-1", "1252, windows-1252",
        "950, Big5", "CP936, GBK"})
    void cpgNamesAreUnderstood(String cpg, String charset) {
        assertThat(DbfCharsetResolver.byName(cpg)).isEqualTo(Charset.forName(charset));
    }

    @Test
    void precedenceIsOptionThenCpgThenLanguageDriverThenDefault(@TempDir Path dir) throws IOException {
        Path cpg = Files.writeString(dir.resolve("a.cpg"), "UTF-8\r\n");
        List<String> warnings = new ArrayList<>();
        DbfCharsetResolver defaults = new DbfCharsetResolver(null, GBK);
        Location at = Location.of(cpg);
        assertThat(new DbfCharsetResolver(StandardCharsets.ISO_8859_1, GBK).resolve(cpg, 0x4D, at, (l, m) -> warnings.add(m)))
                .isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(defaults.resolve(cpg, 0x4D, at, (l, m) -> warnings.add(m))).isEqualTo(StandardCharsets.UTF_8);
        assertThat(defaults.resolve(null, 0x4D, at, (l, m) -> warnings.add(m))).isEqualTo(GBK);
        assertThat(defaults.resolve(null, 0x7A, at, (l, m) -> warnings.add(m))).isEqualTo(GBK);
        assertThat(defaults.resolve(null, 0xC9, at, (l, m) -> warnings.add(m))).isEqualTo(Charset.forName("windows-1251"));
        assertThat(defaults.resolve(null, 0x57, at, (l, m) -> warnings.add(m))).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(defaults.resolve(null, 0, at, (l, m) -> warnings.add(m))).isEqualTo(GBK);
        assertThat(warnings).isEmpty();
        Path unknown = Files.writeString(dir.resolve("b.cpg"), "NO-SUCH-CODEPAGE");
        assertThat(defaults.resolve(unknown, 0x4F, Location.of(unknown), (l, m) -> warnings.add(m)))
                .isEqualTo(Charset.forName("Big5"));
        assertThat(warnings).singleElement().asString().contains("unknown code page 'NO-SUCH-CODEPAGE'");
    }
}
