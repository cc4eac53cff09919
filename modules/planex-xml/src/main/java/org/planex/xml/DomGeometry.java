package org.planex.xml;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMResult;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.locationtech.jts.geom.Geometry;
import org.planex.model.CrsRef;
import org.planex.spi.PlanexException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Bridges the DOM elements JAXB binds geometry to (in the header) and the StAX-based {@link GmlReader} and
 * {@link GmlWriter}, so that one GML codec serves both the header and the streamed features.
 */
final class DomGeometry {

    private DomGeometry() {
    }

    static Element toElement(Geometry geometry, CrsRef crs, String gmlId) {
        try {
            DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
            dbf.setNamespaceAware(true);
            Document doc = dbf.newDocumentBuilder().newDocument();
            DOMResult result = new DOMResult(doc);
            XMLStreamWriter w = SecureXml.outputFactory().createXMLStreamWriter(result);
            w.setPrefix("gml", PlanXml.GML);
            new GmlWriter(crs).write(w, geometry, gmlId);
            w.flush();
            Element e = doc.getDocumentElement();
            e.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:gml", PlanXml.GML);
            return e;
        } catch (ParserConfigurationException | XMLStreamException e) {
            throw new IllegalStateException("cannot build the GML element", e);
        }
    }

    static Geometry fromElement(Element element, GmlReader reader) throws PlanexException {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            t.transform(new DOMSource(element), new StreamResult(bytes));
            XMLStreamReader r = SecureXml.inputFactory()
                    .createXMLStreamReader(new ByteArrayInputStream(bytes.toByteArray()));
            r.nextTag();
            return reader.read(r);
        } catch (TransformerException | XMLStreamException e) {
            throw PlanexException.invalid(org.planex.spi.Location.UNKNOWN,
                    "cannot read the boundary geometry: " + e.getMessage(), e);
        }
    }
}
