package org.planex.xml;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import java.io.InputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.planex.model.Attributes;
import org.planex.model.AttributeType;
import org.planex.model.AttributeValue;
import org.planex.model.ControlArea;
import org.planex.model.ControlKind;
import org.planex.model.Corridor;
import org.planex.model.CorridorType;
import org.planex.model.Facility;
import org.planex.model.PlanFeature;
import org.planex.model.PlanHeader;
import org.planex.model.Zone;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;
import org.planex.xml.binding.HeaderType;

/**
 * Reads a {@code plan.xml} document from a stream with a StAX cursor: the header when constructed, then one
 * feature per {@link #read()}. Memory does not grow with the number of features.
 *
 * <p>The reader checks structure as it goes (element order, required attributes, typed values) and reports
 * the line and column of every problem; full XSD validation is {@link PlanSchema}'s job, or, in the same pass,
 * a {@link SchemaCheck}'s. A DOCTYPE is refused as unsafe. Not well-formed XML is reported as unreadable input.
 *
 * <p><b>Thread safety:</b> not thread-safe. After an error the reader refuses further reads.
 *
 * @since 0.1
 */
public final class PlanXmlReader implements AutoCloseable {

    private final XMLStreamReader r;
    private final Location where;
    private final PlanHeader header;
    private final GmlReader gml;
    private boolean failed;
    private boolean finished;

    /**
     * Opens a document and reads its header.
     *
     * @param in the stream; closed by {@link #close()}
     * @param where the input location that error messages name (file and entry)
     * @param factory the geometry factory
     * @throws PlanexException UNSAFE_INPUT for a DOCTYPE, UNREADABLE_INPUT for XML that is not well-formed,
     *     INVALID_DATA for a document that is not a planex 1.0 package
     */
    public PlanXmlReader(InputStream in, Location where, GeometryFactory factory) throws PlanexException {
        this(in, where, factory, null);
    }

    /**
     * Opens a document and reads its header, validating it against the XSD in the same pass.
     *
     * @param in the stream; closed by {@link #close()}
     * @param where the input location that error messages name (file and entry)
     * @param factory the geometry factory
     * @param schema the check that every event read is handed to, or {@code null} for none; call its
     *     {@link SchemaCheck#finish()} before {@link #close()}, also when this constructor throws
     * @throws PlanexException UNSAFE_INPUT for a DOCTYPE, UNREADABLE_INPUT for XML that is not well-formed
     *     (including an XML declaration longer than 1 KB), INVALID_DATA for a document that is not a planex 1.0
     *     package
     */
    public PlanXmlReader(InputStream in, Location where, GeometryFactory factory, SchemaCheck schema)
            throws PlanexException {
        this.where = where;
        try {
            XMLStreamReader document = SecureXml.inputFactory().createXMLStreamReader(
                    XmlDeclarationGuard.checked(in, where));
            this.r = schema == null ? document : schema.attach(document);
        } catch (XMLStreamException e) {
            if (schema != null) {
                schema.notWellFormed(e);
            }
            throw PlanexException.unreadable(where, "not XML: " + e.getMessage(), e);
        }
        try {
            toRoot();
            this.header = readHeader(factory);
            this.gml = new GmlReader(header.crs(), factory);
            expectStart("features");
        } catch (XMLStreamException e) {
            throw notWellFormed(e);
        }
    }

    /** The header. */
    public PlanHeader header() {
        return header;
    }

    /**
     * The next feature, or {@code null} after the last one.
     *
     * @throws PlanexException with the line and column of the problem
     */
    public PlanFeature read() throws PlanexException {
        if (failed) {
            throw new IllegalStateException("the reader failed before; open a new one");
        }
        if (finished) {
            return null;
        }
        try {
            int event = r.nextTag();
            if (event == XMLStreamConstants.END_ELEMENT) {
                finish();
                return null;
            }
            return feature();
        } catch (XMLStreamException e) {
            failed = true;
            throw notWellFormed(e);
        } catch (PlanexException e) {
            failed = true;
            throw e;
        }
    }

    /** Closes the underlying stream. Idempotent. */
    @Override
    public void close() throws PlanexException {
        try {
            r.close();
        } catch (XMLStreamException e) {
            throw PlanexException.unreadable(where, "cannot close: " + e.getMessage(), e);
        }
    }

    private void toRoot() throws XMLStreamException, PlanexException {
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.DTD) {
                throw PlanexException.unsafe(here(), "the document declares a DOCTYPE; planex refuses DTDs and "
                        + "entity declarations in plan.xml (they can read local files or expand without bound)");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (!PlanXml.ROOT.equals(r.getLocalName()) || !PlanXml.NAMESPACE.equals(r.getNamespaceURI())) {
                    throw PlanexException.invalid(here(), "root element is " + r.getName() + ", expected {"
                            + PlanXml.NAMESPACE + "}" + PlanXml.ROOT, null);
                }
                String version = r.getAttributeValue(null, "schemaVersion");
                if (!PlanHeader.CURRENT_SCHEMA_VERSION.equals(version)) {
                    throw PlanexException.invalid(here(), "schemaVersion " + version
                            + " is not supported; this planex reads " + PlanHeader.CURRENT_SCHEMA_VERSION, null);
                }
                return;
            }
        }
        throw PlanexException.unreadable(here(), "the document has no root element", null);
    }

    private PlanHeader readHeader(GeometryFactory factory) throws XMLStreamException, PlanexException {
        expectStart("header");
        Location at = here();
        HeaderType binding;
        BoundaryStreamFilter filtered = new BoundaryStreamFilter(r, factory, at);
        try {
            Unmarshaller u = JaxbBinding.context().createUnmarshaller();
            binding = u.unmarshal(filtered, HeaderType.class).getValue();
        } catch (JAXBException e) {
            if (filtered.failure() != null) {
                throw filtered.failure();
            }
            Throwable cause = e.getLinkedException() != null ? e.getLinkedException() : e;
            if (cause instanceof XMLStreamException xe) {
                throw xe;
            }
            throw PlanexException.invalid(at, "cannot read the header: " + cause.getMessage(), e);
        }
        return new HeaderMapper().toModel(binding, PlanHeader.CURRENT_SCHEMA_VERSION, filtered.boundary(), factory,
                at);
    }

    private void expectStart(String local) throws XMLStreamException, PlanexException {
        int event = r.getEventType() == XMLStreamConstants.START_ELEMENT && local.equals(r.getLocalName())
                ? XMLStreamConstants.START_ELEMENT : r.nextTag();
        if (event != XMLStreamConstants.START_ELEMENT || !local.equals(r.getLocalName())
                || !PlanXml.NAMESPACE.equals(r.getNamespaceURI())) {
            throw PlanexException.invalid(here(), "expected element px:" + local + ", found "
                    + (event == XMLStreamConstants.START_ELEMENT ? r.getName() : "the end of " + r.getName()), null);
        }
    }

    private void finish() throws XMLStreamException, PlanexException {
        finished = true;
        if (r.nextTag() != XMLStreamConstants.END_ELEMENT) {
            throw PlanexException.invalid(here(), "unexpected " + r.getName() + " after px:features", null);
        }
        while (r.hasNext()) {
            r.next();
        }
    }

    private PlanFeature feature() throws XMLStreamException, PlanexException {
        if (!PlanXml.NAMESPACE.equals(r.getNamespaceURI())) {
            throw PlanexException.invalid(here(), "unexpected element " + r.getName() + " in px:features", null);
        }
        String kind = r.getLocalName();
        Location at = here();
        String id = r.getAttributeValue(null, "id");
        if (id == null || id.isBlank()) {
            throw PlanexException.invalid(at, "px:" + kind + " without an id", null);
        }
        at = at.withFeature(id);
        String name = r.getAttributeValue(null, "name");
        String a1;
        String a2;
        String a3;
        switch (kind) {
            case "zone" -> {
                a1 = r.getAttributeValue(null, "code");
                a2 = null;
                a3 = null;
            }
            case "controlArea" -> {
                a1 = required(at, "kind");
                a2 = null;
                a3 = null;
            }
            case "facility" -> {
                a1 = required(at, "category");
                a2 = r.getAttributeValue(null, "nimbyCategory");
                a3 = r.getAttributeValue(null, "impactRadius");
            }
            case "corridor" -> {
                a1 = required(at, "type");
                a2 = r.getAttributeValue(null, "class");
                a3 = r.getAttributeValue(null, "crossBorderRef");
            }
            default -> throw PlanexException.invalid(at, "unknown feature element px:" + kind
                    + " (expected zone, controlArea, facility or corridor)", null);
        }
        Geometry geometry = null;
        Attributes attributes = Attributes.empty();
        int event = r.nextTag();
        if (event == XMLStreamConstants.START_ELEMENT && "geometry".equals(r.getLocalName())) {
            r.nextTag();
            gml.setLocation(at);
            geometry = gml.read(r);
            r.nextTag();
            event = r.nextTag();
        }
        if (event == XMLStreamConstants.START_ELEMENT && "attributes".equals(r.getLocalName())) {
            attributes = attributes(at);
            event = r.nextTag();
        }
        if (event != XMLStreamConstants.END_ELEMENT) {
            throw PlanexException.invalid(here().withFeature(id), "unexpected element " + r.getName()
                    + " in px:" + kind + " (expected px:geometry then px:attributes)", null);
        }
        try {
            return switch (kind) {
                case "zone" -> new Zone(id, a1, name, geometry, attributes);
                case "controlArea" -> new ControlArea(id, new ControlKind(a1), name, geometry, attributes);
                case "facility" -> new Facility(id, a1, a2, a3 == null ? null : Double.valueOf(a3), name, geometry,
                        attributes);
                default -> new Corridor(id, CorridorType.fromToken(a1), a2, a3, name, geometry, attributes);
            };
        } catch (IllegalArgumentException e) {
            throw PlanexException.invalid(at, e.getMessage(), e);
        }
    }

    private String required(Location at, String attribute) throws PlanexException {
        String v = r.getAttributeValue(null, attribute);
        if (v == null) {
            throw PlanexException.invalid(at, "px:" + r.getLocalName() + " lacks the attribute " + attribute, null);
        }
        return v;
    }

    private Attributes attributes(Location feature) throws XMLStreamException, PlanexException {
        Attributes.Builder b = Attributes.builder();
        while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
            Location at = here().withFeature(feature.featureId());
            AttributeType type;
            try {
                type = AttributeType.fromToken(r.getLocalName());
            } catch (IllegalArgumentException e) {
                throw PlanexException.invalid(at, e.getMessage(), e);
            }
            String name = r.getAttributeValue(null, "name");
            if (name == null) {
                throw PlanexException.invalid(at, "attribute value px:" + type.token() + " without a name", null);
            }
            boolean nil = "true".equals(r.getAttributeValue(PlanXml.XSI, "nil"));
            String text = r.getElementText();
            try {
                if (nil && !text.isEmpty()) {
                    throw new IllegalArgumentException("attribute " + name + " is xsi:nil but has content");
                }
                b.put(name, nil ? new AttributeValue.Null(type) : AttributeValue.parse(type, text));
            } catch (IllegalArgumentException e) {
                throw PlanexException.invalid(at, "attribute " + name + ": " + e.getMessage(), e);
            }
        }
        return b.build();
    }

    private Location here() {
        javax.xml.stream.Location l = r.getLocation();
        return where.at(l.getLineNumber(), l.getColumnNumber());
    }

    private PlanexException notWellFormed(XMLStreamException e) {
        javax.xml.stream.Location l = e.getLocation() != null ? e.getLocation() : r.getLocation();
        return PlanexException.unreadable(where.at(l.getLineNumber(), l.getColumnNumber()),
                "XML is not well-formed: " + parseMessage(e), e);
    }

    /** The parser's message without the position prefix StAX puts before it. */
    static String parseMessage(XMLStreamException e) {
        String msg = e.getMessage() == null ? "" : e.getMessage();
        return msg.replaceAll("(?s)^ParseError at \\[.*?\\]\\s*Message:\\s*", "").strip();
    }
}
