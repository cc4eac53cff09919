package org.planex.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.GeometryFactory;
import org.planex.model.PlanFeature;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;
import org.planex.testkit.SamplePlans;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The single-pass check finds what a separate JAXP validation over a secure SAX parser finds (messages, lines,
 * columns), while the reader reads the document as far as it does without a check.
 */
class SchemaCheckTest {

    private static final Location WHERE = Location.of(Path.of("p.zip")).withEntry("plan.xml");

    static Stream<UnaryOperator<String>> edits() {
        return Stream.of(
                xml -> xml,
                xml -> xml.replaceFirst(" code=\"[0-9]+\"", ""),
                xml -> xml.replaceFirst(" code=\"[0-9]+\"", " code=\"\""),
                xml -> xml.replace("status=\"", "status=\"bogus").replaceAll(" id=\"([^\"]+)\"", " id=\"$1 x\""),
                xml -> xml.replaceFirst("<px:zone ", "<px:unknown ").replaceFirst("</px:zone>", "</px:unknown>"),
                xml -> xml.replaceFirst("</px:header>", "<px:extra/></px:header>"),
                xml -> xml.replaceFirst("</px:features>", "</px:feature>"),
                xml -> "",
                xml -> xml.substring(0, xml.length() / 2));
    }

    @ParameterizedTest
    @MethodSource("edits")
    void findsWhatTheSeparatePassFindsAndReadsAsFarAsWithoutIt(UnaryOperator<String> edit) throws Exception {
        SamplePlans s = SamplePlans.projected();
        byte[] xml = edit.apply(new String(PlanXmlRoundTripTest.write(s.header("P", 6), s.featureList(6, 3)),
                StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        List<SchemaProblem> separate = saxValidate(xml, 5);
        assertThat(PlanSchema.validate(new ByteArrayInputStream(xml), 5)).isEqualTo(separate);
        SchemaCheck check = new SchemaCheck(5);
        Outcome single = read(xml, check);
        assertThat(check.finish()).isEqualTo(separate);
        assertThat(single).isEqualTo(read(xml, null));
    }

    @Test
    void aDoctypeIsRefusedAsByTheSeparatePassAtTheEndOfTheDeclaration() throws Exception {
        byte[] xml = ("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"b\">]>\n<px:PlanPackage xmlns:px=\""
                + PlanXml.NAMESPACE + "\" schemaVersion=\"1.0\"/>").getBytes(StandardCharsets.UTF_8);
        SchemaProblem separate = saxValidate(xml, 5).get(0);
        SchemaCheck check = new SchemaCheck(5);
        assertThat(read(xml, check).failure()).contains("DOCTYPE");
        List<SchemaProblem> problems = check.finish();
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).message()).isEqualTo(separate.message());
        assertThat(problems.get(0).line()).isEqualTo(separate.line());
        assertThat(problems.get(0).column()).isEqualTo(53);
        assertThat(problems.get(0).fatal()).isTrue();
    }

    /** The reference: the JAXP validator over a SAX parser that refuses DTDs, as planex validated before. */
    private static List<SchemaProblem> saxValidate(byte[] xml, int max) throws Exception {
        List<SchemaProblem> problems = new ArrayList<>();
        Validator v = PlanSchema.schema().newValidator();
        v.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // not a problem of the document
            }

            @Override
            public void error(SAXParseException e) throws SAXException {
                add(e, false);
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                add(e, true);
                throw e;
            }

            private void add(SAXParseException e, boolean fatal) throws SAXException {
                problems.add(new SchemaProblem(e.getLineNumber(), e.getColumnNumber(), fatal, e.getMessage()));
                if (problems.size() >= max) {
                    throw new SAXException("too many problems", e);
                }
            }
        });
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try {
            v.validate(new SAXSource(f.newSAXParser().getXMLReader(), new InputSource(new ByteArrayInputStream(xml))));
        } catch (SAXParseException e) {
            if (problems.isEmpty()) {
                problems.add(new SchemaProblem(e.getLineNumber(), e.getColumnNumber(), true, e.getMessage()));
            }
        } catch (SAXException e) {
            assertThat(problems).hasSize(max);
        }
        return problems;
    }

    private record Outcome(int features, String failure) {
    }

    private static Outcome read(byte[] xml, SchemaCheck check) {
        int[] count = {0};
        PlanexException e = catchThrowableOfType(PlanexException.class, () -> {
            try (InputStream in = new ByteArrayInputStream(xml);
                    PlanXmlReader r = new PlanXmlReader(in, WHERE, new GeometryFactory(), check)) {
                for (PlanFeature f = r.read(); f != null; f = r.read()) {
                    count[0]++;
                }
            }
        });
        return new Outcome(count[0], e == null ? null : e.getMessage());
    }
}
