package org.planex.format.xplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.planex.spi.ErrorKind;
import org.planex.spi.PlanexException;

/** Malformed and unsafe XPlanGML is refused with what is wrong, the line and the feature. */
class XPlanErrorsTest {

    @Test
    void aBrokenPositionListNamesItsLineAndFeature(@TempDir Path dir) throws IOException {
        Path file = edited(dir, "bp-5.4.xplan.gml", "565100.00 5933000.00 565200.00", "565100.00 5933000.00 565200.00 1");
        PlanexException e = readFails(file);
        assertThat(e.getKind()).isEqualTo(ErrorKind.INVALID_DATA);
        assertThat(e.getLocation().featureId()).isEqualTo("MI_1");
        assertThat(e.getLocation().line()).isEqualTo(lineOf(file, "MI_1") + 5);
        assertThat(e.getReason()).contains("not a positive multiple of srsDimension 2");
    }

    @Test
    void anOpenRingAndAnotherCrsAreInvalid(@TempDir Path dir) throws IOException {
        Path open = edited(dir, "fp-5.4.xplan.gml", "480100.00 5750100.00 480100.00 5750000.00</gml:posList>",
                "480100.00 5750100.00 480100.00 5750001.00</gml:posList>");
        assertThat(readFails(open).getReason()).contains("not closed");
        Path other = edited(dir, "bp-6.0.xplan.gml", "<gml:Polygon srsName=\"http://www.opengis.net/def/crs/EPSG/0/25833\"><gml:exterior><gml:LinearRing><gml:posList>390100",
                "<gml:Polygon srsName=\"EPSG:25832\"><gml:exterior><gml:LinearRing><gml:posList>390100");
        PlanexException crs = readFails(other);
        assertThat(crs.getReason()).contains("differs from the CRS of the plan");
        assertThat(crs.getLocation().featureId()).isEqualTo("GI_1");
    }

    @Test
    void aTruncatedDocumentIsUnreadableAtItsLine(@TempDir Path dir) throws IOException {
        Path file = XPlanFixtures.copy("fp-6.0.xplan.gml", dir);
        String text = Files.readString(file);
        Files.writeString(file, text.substring(0, text.indexOf("FWA_2")));
        PlanexException e = readFails(file);
        assertThat(e.getKind()).isEqualTo(ErrorKind.UNREADABLE_INPUT);
        assertThat(e.getLocation().line()).isPositive();
    }

    @Test
    void aDoctypeIsRefusedAsUnsafe(@TempDir Path dir) throws IOException {
        Path file = edited(dir, "bp-5.4.xplan.gml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>");
        assertThat(readFails(file).getKind()).isEqualTo(ErrorKind.UNSAFE_INPUT);
    }

    @Test
    void anotherRootOrVersionIsNotXPlanGml(@TempDir Path dir) throws IOException {
        Path v4 = edited(dir, "bp-5.4.xplan.gml", "xplangml/5/4", "xplangml/4/1");
        assertThat(readFails(v4).getReason()).contains("XPlanGML 5.x or 6.0");
    }

    private static PlanexException readFails(Path file) {
        PlanexException e = catchThrowableOfType(PlanexException.class, () -> XPlanFixtures.read(file));
        assertThat(e).as("reading %s fails", file.getFileName()).isNotNull();
        assertThat(e.getLocation().file()).isEqualTo(file);
        return e;
    }

    private static Path edited(Path dir, String plan, String from, String to) throws IOException {
        Path file = XPlanFixtures.copy(plan, Files.createTempDirectory(dir, "edit"));
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
        return file;
    }

    private static long lineOf(Path file, String id) throws IOException {
        var lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("gml:id=\"" + id + "\"")) {
                return i + 1;
            }
        }
        throw new AssertionError(id + " not in " + file);
    }
}
