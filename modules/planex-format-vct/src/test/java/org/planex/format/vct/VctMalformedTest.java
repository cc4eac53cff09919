package org.planex.format.vct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planex.model.layer.LayerSchema;
import org.planex.spi.ErrorKind;
import org.planex.spi.LayerReader;
import org.planex.spi.PlanexException;
import org.planex.spi.ReadContext;

/**
 * Damaged variants of the hand-written sample fail with a {@link PlanexException} that names the line (and the
 * feature where there is one) and has an exit code, never with a raw exception.
 */
class VctMalformedTest {

    private static final Charset GBK = Charset.forName("GBK");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        a missing line           | 101,102,0,104                 | 101,102,0,109            | UNREADABLE_INPUT | line 109       | 1
        an open ring             | 500000,3450000\\n500100,3450000\\n0\\n103 | 500000,3450000\\n500100,3450001\\n0\\n103 | UNREADABLE_INPUT | do not close | 1
        a bad coordinate         | 500225.5,3450200              | 500225.5;3450200         | UNREADABLE_INPUT | coordinate line | 201
        a bad identifier         | PolygonBegin\\n1\\n             | PolygonBegin\\nA1\\n       | UNREADABLE_INPUT | whole number   | 
        an unknown geometry type | 21\\n500150,3450050            | 99\\n500150,3450050         | UNREADABLE_INPUT | type 99        | 2
        too few values           | 2,2,"0801","机关团体用地",10000.00, | 2,2,"0801","机关团体用地" | UNREADABLE_INPUT | 4 values for 5 fields | 2
        an open quote            | "垃圾转运站"                  | "垃圾转运站               | UNREADABLE_INPUT | not closed     | 301
        a wrong number           | 9600.00                       | 96OO.00                  | INVALID_DATA     | MJ             | 1
        a row missing            | 4,4,1701,,,                   | 5,4,1701,,,              | INVALID_DATA     | no row         | 4
        a line too long          | 500225.5,3450200              | 500225.5,3450200LONG     | UNSAFE_INPUT     | longer than    | 
        version 3.0              | Version:2.0                   | Version:3.0              | UNREADABLE_INPUT | version 3.0    | 
        3D                       | Dim:2                         | Dim:3                    | UNREADABLE_INPUT | Dim 3          | 
        an unknown field type    | MC,Char,30\\nDLZXX             | MC,Varbin,30\\nDLZXX      | UNREADABLE_INPUT | Varbin         | 
        too many fields          | HWSS,2                        | HWSS,5000                | UNSAFE_INPUT     | 5000 fields    | 
        a truncated file         | PolygonEnd                    | CUT                   | UNREADABLE_INPUT | truncated      | 
        no header                | HeadBegin                     | Head                     | UNREADABLE_INPUT | HeadBegin      | 
        """)
    void aDamagedFileIsALocatedError(String name, String find, String replace, ErrorKind kind, String message,
            String feature, @TempDir Path dir) throws Exception {
        String text = Files.readString(Path.of(VctMalformedTest.class.getResource("/land-use-sample.vct").toURI()), GBK);
        String from = find.strip().replace("\\n", "\n");
        String to = replace.strip().replace("\\n", "\n");
        assertThat(text).contains(from);
        if (to.equals("CUT")) {
            text = text.substring(0, text.indexOf(from));
        } else if (to.endsWith("LONG")) {
            text = text.replace(from, to.replace("LONG", "0".repeat(VctLineReader.MAX_LINE_BYTES)));
        } else {
            text = text.replace(from, to);
        }
        Path file = dir.resolve("damaged.vct");
        Files.write(file, text.getBytes(GBK));
        PlanexException e = catchThrowableOfType(PlanexException.class, () -> readAll(file));
        assertThat(e).as("a PlanexException").isNotNull();
        assertThat(e.getKind()).isEqualTo(kind);
        assertThat(kind.exitCode()).isIn(3, 4);
        assertThat(e.getReason()).contains(message);
        assertThat(e.getLocation().file()).isEqualTo(file);
        assertThat(e.getLocation().line()).as("the line is named").isPositive();
        if (feature != null) {
            assertThat(e.getLocation().featureId()).isEqualTo(feature);
        }
        if (!to.equals("CUT") && !to.endsWith("LONG") && from.indexOf('\n') < 0 && !name.startsWith("version")
                && !name.startsWith("3D") && !name.startsWith("a row")) {
            List<String> lines = Arrays.asList(text.split("\n", -1));
            assertThat(lines.get((int) e.getLocation().line() - 1)).as("the line named is the damaged one")
                    .contains(to);
        }
    }

    private static void readAll(Path file) throws Exception {
        try (LayerReader r = new VctFormatProvider().openLayerReader(ReadContext.of(file))) {
            for (LayerSchema l : r.layers()) {
                VctSampleTest.read(r, l.name());
            }
        }
    }
}
