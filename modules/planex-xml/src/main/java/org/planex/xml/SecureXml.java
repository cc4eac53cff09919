package org.planex.xml;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;

/**
 * Creates XML factories that are safe for untrusted input: no DTD processing, no external entities, no
 * network access. Every parser in planex comes from here.
 *
 * <p><b>Thread safety:</b> the factories returned are configured once and are safe to share for creating
 * readers (per the StAX and JAXP contracts); each call returns a new factory.
 *
 * @since 0.1
 */
public final class SecureXml {

    private SecureXml() {
    }

    /**
     * A StAX input factory that does not read DTDs or resolve entities. A document that declares a DOCTYPE is
     * reported as a {@code DTD} event, which readers refuse (see {@link PlanXmlReader}).
     */
    public static XMLInputFactory inputFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.FALSE);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
        f.setProperty(XMLInputFactory.IS_COALESCING, Boolean.TRUE);
        f.setXMLResolver((publicId, systemId, baseUri, ns) -> {
            throw new javax.xml.stream.XMLStreamException("external resource refused: " + systemId);
        });
        return f;
    }

    /**
     * Moves {@code r} to the START_ELEMENT of the root element, refusing a DOCTYPE on the way.
     *
     * @param where the document, for messages (line and column are added)
     * @throws PlanexException UNSAFE_INPUT for a DOCTYPE, UNREADABLE_INPUT for a document without root element
     * @since 0.2
     */
    public static void toRootElement(XMLStreamReader r, Location where) throws XMLStreamException, PlanexException {
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return;
            }
            if (event == XMLStreamConstants.DTD) {
                javax.xml.stream.Location l = r.getLocation();
                throw PlanexException.unsafe(where.at(l.getLineNumber(), l.getColumnNumber()), "the document "
                        + "declares a DOCTYPE; planex refuses DTDs and entity declarations (they can read local files "
                        + "or expand without bound)");
            }
        }
        throw PlanexException.unreadable(where, "the document has no root element", null);
    }

    /** A StAX output factory that repairs nothing and writes namespaces as told. */
    public static XMLOutputFactory outputFactory() {
        return XMLOutputFactory.newFactory();
    }

    /**
     * A validator handler of a schema that fetches nothing: schema hints in a document ({@code xsi:schemaLocation})
     * and DTDs are not loaded.
     */
    public static ValidatorHandler validatorHandler(Schema schema) {
        ValidatorHandler h = schema.newValidatorHandler();
        try {
            h.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            h.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            throw new IllegalStateException("the XML validator does not support restricting external access", e);
        }
        return h;
    }

    /**
     * A schema factory with secure processing on and no access to external schemas or DTDs: every schema it
     * loads must come through the resource resolver it is given.
     */
    public static SchemaFactory schemaFactory() {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            throw new IllegalStateException("the XML schema factory does not support secure processing", e);
        }
        return f;
    }
}
