package org.planex.format.inspire;

import java.io.InputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.planex.model.CrsRef;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;
import org.planex.xml.GmlReader;
import org.planex.xml.SecureXml;

/**
 * A StAX cursor over a PLU document with the steps its readers share: walk the child elements of the current
 * element, read text, references and geometry properties, skip what planex does not read, and say where the
 * cursor is for error messages.
 *
 * <p><b>Thread safety:</b> not thread-safe; one per reader.
 */
final class PluCursor {

    private final XMLStreamReader r;
    private final Location file;
    private final GeometryFactory factory = new GeometryFactory();
    private GmlReader gml;
    private CrsRef crs;

    /** A cursor over {@code in} with a reader of the secure factory of planex-xml (no DTD, no entities). */
    PluCursor(InputStream in, Location file) throws XMLStreamException {
        this.file = file;
        this.r = SecureXml.inputFactory().createXMLStreamReader(in);
    }

    /** The StAX reader. */
    XMLStreamReader reader() {
        return r;
    }

    /** The file, line and column of the cursor. */
    Location here() {
        javax.xml.stream.Location l = r.getLocation();
        return l == null ? file : file.at(l.getLineNumber(), l.getColumnNumber());
    }

    /** The CRS geometries are read in, or {@code null} before {@link #useCrs}. */
    CrsRef crs() {
        return crs;
    }

    /** Reads geometries in {@code newCrs} from now on. */
    void useCrs(CrsRef newCrs) {
        this.crs = newCrs;
        this.gml = new GmlReader(newCrs, factory);
    }

    /**
     * Moves to the next child element of the current element: {@code true} on its START_ELEMENT, {@code false}
     * on the END_ELEMENT of the parent.
     */
    boolean nextChild() throws XMLStreamException {
        return r.nextTag() == XMLStreamConstants.START_ELEMENT;
    }

    /** Whether the cursor is on an element {@code local} of {@code ns}. */
    boolean is(String ns, String local) {
        return local.equals(r.getLocalName()) && ns.equals(r.getNamespaceURI());
    }

    /** Whether the current element is nil ({@code xsi:nil="true"}). */
    boolean isNil() {
        return "true".equals(r.getAttributeValue(PluNames.XSI, "nil"));
    }

    /** The {@code xlink:href} of the current element, or {@code null}. */
    String href() {
        return r.getAttributeValue(PluNames.XLINK, "href");
    }

    /** The {@code xlink:href} of the current element, which is left at its END_ELEMENT. */
    String hrefAndSkip() throws XMLStreamException {
        String href = href();
        skip();
        return href;
    }

    /** The text of the current element (which has no children); the cursor is left on its END_ELEMENT. */
    String text() throws XMLStreamException {
        return r.getElementText();
    }

    /** An INSPIRE identifier read: local id and namespace, each {@code null} when absent. */
    record Identifier(String localId, String namespace) {
    }

    /** Reads the {@code base:Identifier} of the {@code inspireId} property at the cursor, left on its END_ELEMENT. */
    Identifier identifier() throws XMLStreamException {
        String localId = null;
        String namespace = null;
        while (nextChild()) {
            while (nextChild()) {
                if (is(PluNames.BASE, "localId")) {
                    localId = text();
                } else if (is(PluNames.BASE, "namespace")) {
                    namespace = text();
                } else {
                    skip();
                }
            }
        }
        return new Identifier(localId, namespace);
    }

    /** Skips the current element and its content; the cursor is left on its END_ELEMENT. */
    void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /**
     * Reads the geometry of the property element at the cursor ({@code plu:geometry}, {@code plu:extent}) as
     * {@link GeometryForms} wrote it; the cursor is left on the property's END_ELEMENT.
     *
     * @param featureId the feature the geometry belongs to, for messages
     */
    Geometry geometry(String featureId) throws XMLStreamException, PlanexException {
        if (!nextChild()) {
            throw PlanexException.invalid(here().withFeature(featureId), "the property " + r.getLocalName()
                    + " holds no geometry; PLU requires one", null);
        }
        if (gml == null) {
            String srsName = r.getAttributeValue(null, "srsName");
            try {
                useCrs(CrsRef.parse(srsName));
            } catch (IllegalArgumentException e) {
                throw PlanexException.invalid(here().withFeature(featureId), "the first geometry has no EPSG "
                        + "srsName (" + srsName + "); planex needs one to know the CRS of the plan", e);
            }
        }
        String gmlId = r.getAttributeValue(PluNames.GML, "id");
        gml.setLocation(file.withFeature(featureId));
        Geometry g = GeometryForms.unwrap(gmlId, gml.read(r));
        r.nextTag();
        return g;
    }
}
