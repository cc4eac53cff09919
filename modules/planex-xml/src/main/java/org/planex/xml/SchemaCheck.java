package org.planex.xml;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import javax.xml.validation.ValidatorHandler;
import org.xml.sax.ErrorHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Validates {@code plan.xml} against {@code planex.xsd} in the same pass as a {@link PlanXmlReader} reads it:
 * every StAX event the reader pulls is handed to a {@link ValidatorHandler} of {@link PlanSchema#schema()}, so
 * the document is opened and parsed once. The problems are those the JAXP validator finds over a SAX parser,
 * with the same messages, lines and columns; a DOCTYPE is refused with the SAX parser's message, at the end of
 * the declaration. {@link PlanSchema#validate} is this check over a document nothing else reads.
 *
 * <p>Give the check to {@link PlanXmlReader#PlanXmlReader(java.io.InputStream, org.planex.spi.Location,
 * org.locationtech.jts.geom.GeometryFactory, SchemaCheck)}, read, then call {@link #finish()} before closing the
 * reader: it validates what the reader left unread (after its last feature, or after it failed), so a
 * document the reader refuses early is still checked to its end.
 *
 * <p><b>Thread safety:</b> not thread-safe; one check per document.
 *
 * @since 0.1
 */
public final class SchemaCheck {

    private static final String DOCTYPE_REFUSED = "DOCTYPE is disallowed when the feature"
            + " \"http://apache.org/xml/features/disallow-doctype-decl\" set to true.";

    private final int maxProblems;
    private final List<SchemaProblem> problems = new ArrayList<>();
    private final ValidatorHandler handler = SecureXml.validatorHandler(PlanSchema.schema());
    private ValidatingReader reader;
    private IOException readFailure;
    private boolean stopped;

    /**
     * A check that keeps the first problems.
     *
     * @param maxProblems how many problems to collect before it stops validating; the first is always kept
     */
    public SchemaCheck(int maxProblems) {
        this.maxProblems = Math.max(1, maxProblems);
    }

    /**
     * Validates the rest of the document (what the reader did not pull) and returns every problem found.
     *
     * @return the problems, empty when the document is valid
     */
    public List<SchemaProblem> finish() {
        try {
            while (reader != null && !stopped && reader.hasNext()) {
                reader.next();
            }
        } catch (XMLStreamException e) {
            stopped = true;
        }
        return List.copyOf(problems);
    }

    /** The document reader, validating what is pulled through it; positioned on the start of the document. */
    XMLStreamReader attach(XMLStreamReader document) {
        if (reader != null) {
            throw new IllegalStateException("a schema check validates one document");
        }
        reader = new ValidatingReader(document);
        handler.setErrorHandler(new Collector());
        handler.setDocumentLocator(reader);
        try {
            handler.startDocument();
        } catch (SAXException e) {
            stopped = true;
        }
        return reader;
    }

    /** The error of the stream that stopped the check, or {@code null}: not a problem of the document. */
    IOException readFailure() {
        return readFailure;
    }

    /** Records that the document could not be parsed past here, or that its stream failed. */
    void notWellFormed(XMLStreamException e) {
        if (e.getNestedException() instanceof IOException io) {
            readFailure = io;
            stopped = true;
        } else if (!stopped) {
            javax.xml.stream.Location l = e.getLocation();
            add(new SchemaProblem(l == null ? -1 : l.getLineNumber(), l == null ? -1 : l.getColumnNumber(), true,
                    PlanXmlReader.parseMessage(e)));
            stopped = true;
        }
    }

    private void add(SchemaProblem p) {
        problems.add(p);
        if (problems.size() >= maxProblems) {
            stopped = true;
        }
    }

    /** Collects the validator's errors; warnings are not problems of the document. */
    private final class Collector implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {
            // not a problem of the document
        }

        @Override
        public void error(SAXParseException e) {
            add(new SchemaProblem(e.getLineNumber(), e.getColumnNumber(), false, e.getMessage()));
        }

        @Override
        public void fatalError(SAXParseException e) {
            add(new SchemaProblem(e.getLineNumber(), e.getColumnNumber(), true, e.getMessage()));
            stopped = true;
        }
    }

    /** A StAX reader that hands every event pulled through it to the validator, as SAX events. */
    private final class ValidatingReader extends StreamReaderDelegate implements Locator {

        private final AttributesImpl attributes = new AttributesImpl();

        ValidatingReader(XMLStreamReader document) {
            super(document);
        }

        @Override
        public int next() throws XMLStreamException {
            int event;
            try {
                event = super.next();
            } catch (XMLStreamException e) {
                notWellFormed(e);
                throw e;
            }
            if (!stopped) {
                try {
                    validate(event);
                } catch (SAXException e) {
                    stopped = true;
                }
            }
            return event;
        }

        @Override
        public int nextTag() throws XMLStreamException {
            int event = next();
            while (event == XMLStreamConstants.CHARACTERS && isWhiteSpace()
                    || event == XMLStreamConstants.CDATA && isWhiteSpace() || event == XMLStreamConstants.SPACE
                    || event == XMLStreamConstants.PROCESSING_INSTRUCTION || event == XMLStreamConstants.COMMENT) {
                event = next();
            }
            if (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
                throw new XMLStreamException("expected start or end tag", getLocation());
            }
            return event;
        }

        @Override
        public String getElementText() throws XMLStreamException {
            if (getEventType() != XMLStreamConstants.START_ELEMENT) {
                throw new XMLStreamException("parser must be on START_ELEMENT to read next text", getLocation());
            }
            String first = "";
            StringBuilder more = null;
            for (int event = next(); event != XMLStreamConstants.END_ELEMENT; event = next()) {
                if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE || event == XMLStreamConstants.ENTITY_REFERENCE) {
                    if (more != null) {
                        more.append(getText());
                    } else if (first.isEmpty()) {
                        first = getText();
                    } else {
                        more = new StringBuilder(first).append(getText());
                    }
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    throw new XMLStreamException("element text content may not contain START_ELEMENT",
                            getLocation());
                } else if (event == XMLStreamConstants.END_DOCUMENT) {
                    throw new XMLStreamException("unexpected end of document when reading element text content",
                            getLocation());
                }
            }
            return more == null ? first : more.toString();
        }

        private void validate(int event) throws SAXException {
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> startElement();
                case XMLStreamConstants.END_ELEMENT -> {
                    handler.endElement(uri(getNamespaceURI()), getLocalName(), qName(getPrefix(), getLocalName()));
                    for (int i = 0; i < getNamespaceCount(); i++) {
                        handler.endPrefixMapping(prefix(getNamespacePrefix(i)));
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        handler.characters(getTextCharacters(), getTextStart(), getTextLength());
                case XMLStreamConstants.END_DOCUMENT -> handler.endDocument();
                case XMLStreamConstants.DTD -> {
                    javax.xml.stream.Location l = getLocation();
                    add(new SchemaProblem(l.getLineNumber(), l.getColumnNumber(), true, DOCTYPE_REFUSED));
                    stopped = true;
                }
                default -> {
                    // comments and processing instructions do not take part in validation
                }
            }
        }

        private void startElement() throws SAXException {
            for (int i = 0; i < getNamespaceCount(); i++) {
                handler.startPrefixMapping(prefix(getNamespacePrefix(i)), uri(getNamespaceURI(i)));
            }
            attributes.clear();
            for (int i = 0; i < getAttributeCount(); i++) {
                String local = getAttributeLocalName(i);
                attributes.addAttribute(uri(getAttributeNamespace(i)), local, qName(getAttributePrefix(i), local),
                        "CDATA", getAttributeValue(i));
            }
            handler.startElement(uri(getNamespaceURI()), getLocalName(), qName(getPrefix(), getLocalName()),
                    attributes);
        }

        @Override
        public String getPublicId() {
            return null;
        }

        @Override
        public String getSystemId() {
            return null;
        }

        @Override
        public int getLineNumber() {
            return getLocation().getLineNumber();
        }

        @Override
        public int getColumnNumber() {
            return getLocation().getColumnNumber();
        }
    }

    private static String uri(String uri) {
        return uri == null ? "" : uri;
    }

    private static String prefix(String prefix) {
        return prefix == null ? "" : prefix;
    }

    private static String qName(String prefix, String local) {
        return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
    }
}
