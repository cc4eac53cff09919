package org.planex.xml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.SAXException;

/**
 * Validates {@code plan.xml} documents against {@code planex.xsd}, offline: GML 3.2.1 and XLink are resolved
 * from the {@code org.jvnet.ogc:gml-v_3_2_1-schema} copy on the class path, nothing is fetched.
 *
 * <p>The compiled schema is loaded once, on first use, and shared. {@link #validate(InputStream, int)}
 * returns every problem (up to a limit) with its line and column; it is a {@link SchemaCheck} over a document
 * nothing else reads.
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
        SchemaCheck check = new SchemaCheck(maxProblems);
        try {
            check.attach(SecureXml.inputFactory().createXMLStreamReader(in));
        } catch (XMLStreamException e) {
            check.notWellFormed(e);
        }
        List<SchemaProblem> problems = check.finish();
        if (check.readFailure() != null) {
            throw check.readFailure();
        }
        return problems;
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
