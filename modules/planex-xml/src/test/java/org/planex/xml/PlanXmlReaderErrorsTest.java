package org.planex.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.GeometryFactory;
import org.planex.spi.ErrorKind;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;
import org.planex.testkit.SamplePlans;

class PlanXmlReaderErrorsTest {

    private static final Location WHERE = Location.of(Path.of("qp.planex.zip")).withEntry("plan.xml");

    @Test
    void externalEntityIsRefusedAsUnsafe() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + "<px:PlanPackage xmlns:px=\"" + PlanXml.NAMESPACE + "\" schemaVersion=\"1.0\">&xxe;</px:PlanPackage>";
        PlanexException e = open(xml);
        assertThat(e.getKind()).isEqualTo(ErrorKind.UNSAFE_INPUT);
        assertThat(e.getMessage()).contains("qp.planex.zip!plan.xml").contains("DOCTYPE").doesNotContain("root:");
    }

    @Test
    void entityExpansionBombIsRefusedAsUnsafe() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i < 10; i++) {
            sb.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">");
        }
        sb.append("]><px:PlanPackage xmlns:px=\"").append(PlanXml.NAMESPACE).append("\">&lol9;</px:PlanPackage>");
        assertThat(open(sb.toString()).getKind()).isEqualTo(ErrorKind.UNSAFE_INPUT);
    }

    @Test
    void anEndlessXmlDeclarationIsRefusedAtLineOneWithoutParsingIt() {
        String xml = "<?xml version=\"1.0\" encoding=\"" + "属".repeat(3_000_000) + "\"?><px:PlanPackage xmlns:px=\""
                + PlanXml.NAMESPACE + "\"/>";
        long start = System.nanoTime();
        PlanexException e = open(xml);
        assertThat(System.nanoTime() - start).as("refused at once, not after scanning 9 MB").isLessThan(2_000_000_000L);
        assertThat(e.getKind()).isEqualTo(ErrorKind.UNREADABLE_INPUT);
        assertThat(e.getLocation().line()).isEqualTo(1);
        assertThat(e.getMessage()).contains("qp.planex.zip!plan.xml").contains("XML declaration");
    }

    @Test
    void malformedXmlIsUnreadableWithLineAndColumn() {
        PlanexException e = open("<?xml version=\"1.0\"?>\n<px:PlanPackage xmlns:px=\"" + PlanXml.NAMESPACE
                + "\" schemaVersion=\"1.0\">\n<px:header>\n</px:PlanPackage>");
        assertThat(e.getKind()).isEqualTo(ErrorKind.UNREADABLE_INPUT);
        assertThat(e.getLocation().line()).isEqualTo(4);
        assertThat(e.getMessage()).startsWith("qp.planex.zip!plan.xml:4:");
    }

    @Test
    void wrongRootIsInvalidData() {
        PlanexException e = open("<plan xmlns=\"urn:other\"/>");
        assertThat(e.getKind()).isEqualTo(ErrorKind.INVALID_DATA);
        assertThat(e.getReason()).contains("root element");
    }

    @Test
    void badFeatureNamesItsIdLineAndValue() throws Exception {
        SamplePlans s = SamplePlans.projected();
        String xml = new String(PlanXmlRoundTripTest.write(s.header("P", 4), s.featureList(4, 1)),
                StandardCharsets.UTF_8).replaceFirst("(<px:integer name=\"BSM\">)2<", "$1two<");
        try (PlanXmlReader r = new PlanXmlReader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), WHERE,
                new GeometryFactory())) {
            r.read();
            PlanexException e = catchThrowableOfType(PlanexException.class, r::read);
            assertThat(e.getKind()).isEqualTo(ErrorKind.INVALID_DATA);
            assertThat(e.getLocation().featureId()).isEqualTo("F1");
            assertThat(e.getLocation().line()).isPositive();
            assertThat(e.getReason()).contains("BSM").contains("'two' is not a valid integer");
        }
    }

    @Test
    void aBadBoundaryIsInvalidDataWithItsLine() throws Exception {
        SamplePlans s = SamplePlans.projected();
        String xml = new String(PlanXmlRoundTripTest.write(s.header("P", 4), s.featureList(4, 1)),
                StandardCharsets.UTF_8)
                .replaceFirst("(<px:boundary>\\s*<gml:\\w+ [^>]*srsName=\")[^\"]+", "$1EPSG:4326");
        PlanexException e = open(xml);
        assertThat(e.getKind()).isEqualTo(ErrorKind.INVALID_DATA);
        assertThat(e.getLocation().line()).isPositive();
        assertThat(e.getReason()).contains("srsName EPSG:4326 differs from the package CRS");
    }

    @Test
    void schemaProblemsCarryLineAndColumn() throws Exception {
        SamplePlans s = SamplePlans.projected();
        String xml = new String(PlanXmlRoundTripTest.write(s.header("P", 4), s.featureList(4, 1)),
                StandardCharsets.UTF_8).replaceFirst(" code=\"[0-9]+\"", "");
        List<SchemaProblem> problems = PlanSchema.validate(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), 10);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).line()).isPositive();
        assertThat(problems.get(0).column()).isPositive();
        assertThat(problems.get(0).message()).contains("code");
    }

    private static PlanexException open(String xml) {
        return catchThrowableOfType(PlanexException.class, () -> new PlanXmlReader(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), WHERE, new GeometryFactory()));
    }
}
