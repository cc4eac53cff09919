package org.planex.codes.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;
import org.planex.spi.codes.MappingFlag;

class DataReaderTest {

    private static CsvRecordReader reader(String text) {
        return new CsvRecordReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8, Location.UNKNOWN.withEntry("x.csv"));
    }

    @Test
    void aCrosswalkReadsFlagsAndTargets() throws PlanexException {
        var rows = CrosswalkTableReader.read(reader("from,to,flag,note\n0604,1101,needs-subdivision,n\n"
                + "0604,1102,needs-subdivision,n\n0601,1001,judgement,class unknown\nX,,unmapped,why\n"));
        assertThat(rows.get("0604").targets()).containsExactly("1101", "1102");
        assertThat(rows.get("0601").flags()).containsExactly(MappingFlag.JUDGEMENT);
        assertThat(rows.get("X").isMapped()).isFalse();
    }

    @Test
    void aOneToManyRowWithoutItsFlagIsRefusedAtItsLine() {
        assertThatThrownBy(() -> CrosswalkTableReader.read(reader("from,to,flag,note\n0604,1101,,\n0604,1102,,\n")))
                .isInstanceOf(PlanexException.class).hasMessageContaining("x.csv:2")
                .hasMessageContaining("needs-subdivision");
    }

    @Test
    void anUnknownFlagIsRefusedAtItsLine() {
        assertThatThrownBy(() -> CrosswalkTableReader.read(reader("from,to,flag,note\n\n0604,1101,maybe,\n")))
                .hasMessageContaining("x.csv:3").hasMessageContaining("unknown flag 'maybe'");
    }

    @Test
    void aCodeListNeedsParentsBeforeChildrenAndConsistentLevels() {
        String header = "code,name,level,parent,domain,origin\n";
        assertThatThrownBy(() -> CodeTableReader.read(reader(header + "0701,a,2,07,land,standard\n")))
                .hasMessageContaining("x.csv:2").hasMessageContaining("parent 07 of 0701 must be listed before it");
        assertThatThrownBy(() -> CodeTableReader.read(reader(header + "07,a,1,,land,standard\n070101,b,3,07,land,standard\n")))
                .hasMessageContaining("x.csv:3").hasMessageContaining("has level 3 but its parent 07 has level 1");
        assertThatThrownBy(() -> CodeTableReader.read(reader(header + "07,a,1,,moon,standard\n")))
                .hasMessageContaining("x.csv:2").hasMessageContaining("domain land|sea|unspecified");
    }
}
