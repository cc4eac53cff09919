package org.planex.format.inspire;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.catalog.CatalogFeatures;
import javax.xml.catalog.CatalogManager;
import javax.xml.catalog.CatalogResolver;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.planex.xml.SecureXml;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Validates documents against the official INSPIRE PLU 4.0 XSDs offline: every schema is found through the OASIS
 * catalog of the shared schema folder ({@code javax.xml.catalog}), nothing is fetched from the network.
 */
final class PluSchemaValidator {

    private final Path root;
    private final CatalogResolver catalog;
    private final Schema schema;
    private final List<String> resolved = new ArrayList<>();
    private final List<String> missing = new ArrayList<>();

    /** A validator of the schemas below {@code root}, which holds {@code catalog.xml}. */
    PluSchemaValidator(Path root) throws SAXException {
        this.root = root.toAbsolutePath().normalize();
        this.catalog = CatalogManager.catalogResolver(CatalogFeatures.builder()
                .with(CatalogFeatures.Feature.RESOLVE, "continue").build(), this.root.resolve("catalog.xml").toUri());
        SchemaFactory f = SecureXml.schemaFactory();
        f.setResourceResolver(new LocalResolver());
        String plu = "https://inspire.ec.europa.eu/schemas/plu/4.0/PlannedLandUse.xsd";
        Path xsd = local(plu);
        try (InputStream in = Files.newInputStream(xsd)) {
            this.schema = f.newSchema(new StreamSource(in, xsd.toUri().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema documents the catalog resolved, as their official addresses. */
    List<String> resolved() {
        return resolved;
    }

    /**
     * The imported schema documents the shared folder lacks. Each is served as an empty schema of its
     * namespace, so that a document using one of its types fails to validate (the types are unknown) while an
     * import nothing uses (LandUseNomenclature.xsd imports gmlcov 1.0 and uses none of it) does not stop the
     * compilation.
     */
    List<String> missing() {
        return missing;
    }

    /** The problems of a document (line: message), empty when it is valid. */
    List<String> validate(Path document) throws IOException {
        List<String> problems = new ArrayList<>();
        Validator v = schema.newValidator();
        try {
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            v.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    problems.add(e.getLineNumber() + ": warning: " + e.getMessage());
                }

                @Override
                public void error(SAXParseException e) {
                    problems.add(e.getLineNumber() + ": " + e.getMessage());
                }

                @Override
                public void fatalError(SAXParseException e) {
                    problems.add(e.getLineNumber() + ": fatal: " + e.getMessage());
                }
            });
            v.validate(new StreamSource(document.toFile()));
        } catch (SAXException e) {
            problems.add("stopped: " + e.getMessage());
        }
        return problems;
    }

    /**
     * The local copy of an official schema address, through the catalog (its resolver: a {@code Catalog}'s own
     * {@code matchSystem} keeps state between calls and answers a later address with an earlier match).
     */
    private Path local(String address) {
        InputSource mapped = catalog.resolveEntity(null, address);
        if (mapped == null) {
            throw new IllegalStateException("the catalog has no local copy of " + address);
        }
        Path p = Path.of(URI.create(mapped.getSystemId())).normalize();
        if (!p.startsWith(root)) {
            throw new IllegalStateException(address + " resolves outside the schema folder: " + p);
        }
        return p;
    }

    /** Serves every schema document from the local copies: official addresses through the catalog. */
    private final class LocalResolver implements LSResourceResolver {
        @Override
        public LSInput resolveResource(String type, String namespace, String publicId, String systemId,
                String baseUri) {
            URI address = baseUri == null || systemId == null ? null : URI.create(baseUri).resolve(systemId);
            String absolute = address == null ? systemId : address.toString();
            if (absolute == null) {
                return null;
            }
            Path file = absolute.startsWith("file:") ? Path.of(URI.create(absolute)).normalize() : local(absolute);
            if (!file.startsWith(root)) {
                throw new IllegalStateException("schema " + file + " is outside the schema folder");
            }
            if (!absolute.startsWith("file:")) {
                resolved.add(absolute);
            }
            try {
                LSInput in = ((DOMImplementationLS) DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .getDOMImplementation()).createLSInput();
                if (Files.exists(file)) {
                    in.setByteStream(Files.newInputStream(file));
                } else {
                    missing.add(absolute);
                    in.setStringData("<schema xmlns='" + XMLConstants.W3C_XML_SCHEMA_NS_URI + "' targetNamespace='"
                            + namespace + "'/>");
                }
                in.setSystemId(file.toUri().toString());
                in.setPublicId(publicId);
                return in;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
