package org.planex.format.xplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.spi.PlanReader;
import org.planex.spi.ReadContext;

/**
 * A Bebauungsplan of 100,000 building areas (about 53 MB) is read in full by a JVM with a 16 MB heap: the reader
 * holds one member at a time.
 */
class XPlanStreamingTest {

    private static final int FEATURES = 100_000;
    private static final int HEAP_MB = 16;

    @Test
    void aPlanManyTimesTheHeapIsReadInFull(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.xplan.gml");
        write(file);
        assertThat(Files.size(file)).isGreaterThan(2L * HEAP_MB * 1024 * 1024);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx" + HEAP_MB + "m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), XPlanStreamingTest.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).isEqualTo(Integer.toString(FEATURES));
    }

    /** The child JVM: reads the plan given and prints how many features it has. */
    public static void main(String[] args) throws IOException {
        long n = 0;
        try (PlanReader r = new XPlanFormatProvider().openPlanReader(ReadContext.of(Path.of(args[0])))) {
            while (r.read() != null) {
                n++;
            }
        }
        System.out.println(n);
    }

    /** Writes a plan of {@value #FEATURES} squares of 10 m in rows of 100, WA and GE in turn. */
    private static void write(Path file) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<xplan:XPlanAuszug xmlns:xplan=\"http://www.xplanung.de/xplangml/6/0\" "
                    + "xmlns:gml=\"http://www.opengis.net/gml/3.2\" gml:id=\"A\">\n<gml:featureMember><xplan:BP_Plan "
                    + "gml:id=\"P\"><xplan:name>Gross</xplan:name><xplan:raeumlicherGeltungsbereich>"
                    + square(0, 0, 1000, FEATURES / 10.0, "EPSG:25832")
                    + "</xplan:raeumlicherGeltungsbereich></xplan:BP_Plan></gml:featureMember>\n");
            for (int i = 0; i < FEATURES; i++) {
                double x = (i % 100) * 10.0;
                double y = (i / 100) * 10.0;
                w.write("<gml:featureMember><xplan:BP_BaugebietsTeilFlaeche gml:id=\"F" + i + "\"><xplan:position>"
                        + square(x, y, x + 10, y + 10, null) + "</xplan:position><xplan:GRZ>0.4</xplan:GRZ>"
                        + "<xplan:allgArtDerBaulNutzung>" + (i % 2 == 0 ? 1000 : 3000) + "</xplan:allgArtDerBaulNutzung>"
                        + "<xplan:besondereArtDerBaulNutzung>" + (i % 2 == 0 ? 1200 : 1700)
                        + "</xplan:besondereArtDerBaulNutzung></xplan:BP_BaugebietsTeilFlaeche></gml:featureMember>\n");
            }
            w.write("</xplan:XPlanAuszug>\n");
        }
    }

    private static String square(double x1, double y1, double x2, double y2, String srs) {
        double ox = 500_000;
        double oy = 5_700_000;
        return "<gml:Polygon" + (srs == null ? "" : " srsName=\"" + srs + "\"") + "><gml:exterior><gml:LinearRing>"
                + "<gml:posList>" + (ox + x1) + " " + (oy + y1) + " " + (ox + x2) + " " + (oy + y1) + " " + (ox + x2)
                + " " + (oy + y2) + " " + (ox + x1) + " " + (oy + y2) + " " + (ox + x1) + " " + (oy + y1)
                + "</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon>";
    }
}
