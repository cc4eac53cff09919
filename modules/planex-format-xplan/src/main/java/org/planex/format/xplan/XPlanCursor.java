package org.planex.format.xplan;

import java.io.InputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.locationtech.jts.geom.Geometry;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;
import org.planex.xml.SecureXml;

/**
 * A StAX cursor over an XPlanGML document, made by the secure factory of planex-xml (no DTD, no external
 * entities), with the steps the XPlanGML readers share: child elements, text, references, skipping, surface
 * geometry properties, and the location of the cursor for messages.
 *
 * <p><b>Thread safety:</b> not thread-safe; one per reader.
 */
final class XPlanCursor {

    private final XMLStreamReader r;
    private final Location file;
    private final XPlanGeometryReader geometry;
    private String ns;

    /** A cursor over {@code in}, a document at {@code file}. */
    XPlanCursor(InputStream in, Location file) throws XMLStreamException {
        this.file = file;
        this.geometry = new XPlanGeometryReader(file);
        this.r = SecureXml.inputFactory().createXMLStreamReader(in);
    }

    /** The XPlanGML namespace of the document (of its root element). */
    String namespace() {
        return ns;
    }

    /** Sets the XPlanGML namespace of the document. */
    void useNamespace(String namespace) {
        this.ns = namespace;
    }

    /** The StAX reader. */
    XMLStreamReader reader() {
        return r;
    }

    /** Moves to the next child element: {@code true} on its START_ELEMENT, {@code false} on the parent's end. */
    boolean nextChild() throws XMLStreamException {
        return r.nextTag() == XMLStreamConstants.START_ELEMENT;
    }

    /** Whether the cursor is on the XPlanGML element {@code local}. */
    boolean isXPlan(String local) {
        return local.equals(r.getLocalName()) && ns.equals(r.getNamespaceURI());
    }

    /** The geometry reader, which knows the CRS of the plan once a geometry with an srsName was read. */
    XPlanGeometryReader geometries() {
        return geometry;
    }

    /** The local name of the element at the cursor. */
    String local() {
        return r.getLocalName();
    }

    /** The {@code gml:id} of the element at the cursor, or {@code null}. */
    String gmlId() {
        return r.getAttributeValue(XPlanNames.GML, "id");
    }

    /** The {@code xlink:href} of the element at the cursor without a leading {@code #}, or {@code null}. */
    String reference() {
        String href = r.getAttributeValue(XPlanNames.XLINK, "href");
        return href != null && href.startsWith("#") ? href.substring(1) : href;
    }

    /**
     * The text of the element at the cursor, or {@code null} if it has child elements (which are skipped); the
     * cursor is left on its END_ELEMENT.
     */
    String simpleText() throws XMLStreamException {
        return content(new StringBuilder());
    }

    /** Skips the element at the cursor and its content; the cursor is left on its END_ELEMENT. */
    void skip() throws XMLStreamException {
        content(null);
    }

    /**
     * Walks to the END_ELEMENT of the element at the cursor, collecting its own text into {@code text} if given:
     * the text, or {@code null} if there is none to collect or the element has child elements.
     */
    private String content(StringBuilder text) throws XMLStreamException {
        boolean complex = false;
        for (int depth = 1; depth > 0;) {
            switch (r.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    complex = true;
                    depth++;
                }
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                    if (text != null && depth == 1) {
                        text.append(r.getText());
                    }
                }
            }
        }
        return text == null || complex ? null : text.toString().strip();
    }

    /**
     * Reads the surface of the geometry property at the cursor ({@code xplan:position},
     * {@code xplan:raeumlicherGeltungsbereich}); the cursor is left on the property's END_ELEMENT.
     */
    Geometry surface(String featureId) throws XMLStreamException, PlanexException {
        if (!nextChild()) {
            throw PlanexException.invalid(here().withFeature(featureId), "the property " + r.getLocalName()
                    + " holds no geometry; give it a gml:Polygon or gml:MultiSurface", null);
        }
        Geometry g = geometry.surface(r, featureId);
        r.nextTag();
        return g;
    }

    /** The file, line and column of the cursor. */
    Location here() {
        javax.xml.stream.Location l = r.getLocation();
        return l == null ? file : file.at(l.getLineNumber(), l.getColumnNumber());
    }
}
