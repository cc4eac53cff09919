package org.planex.xml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.sax.SAXSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Validates {@code plan.xml} documents against {@code planex.xsd}, offline: GML 3.2.1 and XLink are resolved
 * from the {@code org.jvnet.ogc:gml-v_3_2_1-schema} copy on the class path, nothing is fetched.
 *
 * <p>The compiled schema is loaded once, on first use, and shared. {@link #validate(InputStream, int)}
 * returns every problem (up to a limit) with its line and column.
 *
 * <p><b>Thread safety:</b> thread-safe.
 *
 * @since 0.1
 */
public final class PlanSchema {

    private static final String OGC_PREFIX = "http://schemas.opengis.net/";

    private PlanSchema() {
    }

    /** The compiled schema. */
    public static Schema schema() {
        return Holder.SCHEMA;
    }

    /**
     * Validates a document.
     *
     * @param in the document; not closed
     * @param maxProblems how many problems to collect before stopping
     * @return the problems found, empty when the document is valid
     * @throws IOException if the stream cannot be read
     */
    public static List<SchemaProblem> validate(InputStream in, int maxProblems) throws IOException {
        List<SchemaProblem> problems = new ArrayList<>();
        Validator v = schema().newValidator();
        v.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings are not problems of the document
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
                if (problems.size() >= maxProblems) {
                    throw new SAXException("too many problems", e);
                }
            }
        });
        try {
            v.validate(new SAXSource(secureReader(), new InputSource(in)));
        } catch (SAXParseException e) {
            if (problems.isEmpty()) {
                problems.add(new SchemaProblem(e.getLineNumber(), e.getColumnNumber(), true, e.getMessage()));
            }
        } catch (SAXException e) {
            if (problems.size() < maxProblems) {
                problems.add(new SchemaProblem(-1, -1, true, e.getMessage()));
            }
        }
        return problems;
    }

    private static XMLReader secureReader() throws IOException {
        try {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            return f.newSAXParser().getXMLReader();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("cannot create a secure XML parser", e);
        }
    }

    private static Schema load() {
        SchemaFactory f = SecureXml.schemaFactory();
        f.setResourceResolver(new OfflineResolver());
        URL xsd = PlanSchema.class.getResource(PlanXml.XSD_RESOURCE);
        if (xsd == null) {
            throw new IllegalStateException("planex.xsd missing from the class path at " + PlanXml.XSD_RESOURCE);
        }
        try (InputStream in = xsd.openStream()) {
            return f.newSchema(new StreamSource(in, PlanXml.XSD_LOCATION));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            throw new IllegalStateException("planex.xsd does not compile: " + e.getMessage(), e);
        }
    }

    /** Serves the OGC schemas from the class path. */
    private static final class OfflineResolver implements LSResourceResolver {
        @Override
        public LSInput resolveResource(String type, String namespace, String publicId, String systemId,
                String baseUri) {
            if (systemId == null) {
                return null;
            }
            String absolute = baseUri == null ? systemId : URI.create(baseUri).resolve(systemId).toString();
            if (!absolute.startsWith(OGC_PREFIX)) {
                throw new IllegalStateException("schema " + absolute + " is not available offline");
            }
            String resource = absolute.substring(OGC_PREFIX.length());
            InputStream in = PlanSchema.class.getClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new IllegalStateException("schema " + absolute + " missing from the class path ("
                        + resource + ")");
            }
            return new ResourceInput(publicId, absolute, baseUri, in);
        }
    }

    private static final class Holder {
        static final Schema SCHEMA = load();
    }
}
