package org.planex.codes.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.spi.ErrorKind;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;

class CsvRecordReaderTest {

    private static List<CsvRow> readAll(String text) throws Exception {
        List<CsvRow> rows = new ArrayList<>();
        try (CsvRecordReader r = new CsvRecordReader(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8,
                Location.UNKNOWN.withEntry("t.csv"))) {
            for (var next = r.next(); next.isPresent(); next = r.next()) {
                rows.add(next.get());
            }
        }
        return rows;
    }

    @Test
    void readsQuotedFieldsCommentsAndLineNumbers() throws Exception {
        List<CsvRow> rows = readAll("\uFEFFcode,name\n# comment\n\nG/IC,\"Government, Institution\"\r\n"
                + "X,\"say \"\"hi\"\"\"\nY,\"two\nlines\"\nZ,last");
        assertThat(rows).extracting(CsvRow::line).containsExactly(1L, 4L, 5L, 6L, 8L);
        assertThat(rows.get(0).fields()).containsExactly("code", "name");
        assertThat(rows.get(1).fields()).containsExactly("G/IC", "Government, Institution");
        assertThat(rows.get(2).field(1)).isEqualTo("say \"hi\"");
        assertThat(rows.get(3).field(1)).isEqualTo("two\nlines");
        assertThat(rows.get(4).field(5)).isEmpty();
    }

    @Test
    void anUnclosedQuoteIsReportedAtItsLine() {
        assertThatThrownBy(() -> readAll("a,b\nc,\"open\n"))
                .isInstanceOf(PlanexException.class)
                .hasMessageContaining("t.csv:2").hasMessageContaining("quoted field is not closed");
    }

    @Test
    void textInTheWrongEncodingIsUnreadableWithAHint(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("gbk.csv");
        Files.write(file, "code\n二类城镇住宅用地\n".getBytes("GBK"));
        assertThatThrownBy(() -> {
            try (CsvRecordReader r = CsvRecordReader.open(file, StandardCharsets.UTF_8)) {
                while (r.next().isPresent()) {
                    continue;
                }
            }
        }).isInstanceOfSatisfying(PlanexException.class, e -> {
            assertThat(e.getKind()).isEqualTo(ErrorKind.UNREADABLE_INPUT);
            assertThat(e.getMessage()).contains("gbk.csv:2").contains("--encoding");
        });
    }
}
