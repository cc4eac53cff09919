package org.planex.format.inspire;

import java.io.Closeable;
import java.io.IOException;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.planex.xml.XmlText;

/**
 * The small element forms PLU documents repeat: a text element, a voidable property left nil, a reference to a
 * code list value or a feature; and closing a stream whose content is dropped.
 *
 * <p><b>Thread safety:</b> stateless.
 */
final class PluXml {

    private PluXml() {
    }

    /** {@code <prefix:local>text</prefix:local>}, the text checked for XML 1.0. */
    static void text(XMLStreamWriter w, String prefix, String local, String ns, String text)
            throws XMLStreamException {
        w.writeStartElement(prefix, local, ns);
        XmlText.write(w, text, local);
        w.writeEndElement();
    }

    /** A PLU text element. */
    static void text(XMLStreamWriter w, String local, String text) throws XMLStreamException {
        text(w, "plu", local, PluNames.PLU, text);
    }

    /** A voidable PLU property without value: {@code xsi:nil="true" nilReason="unknown"}. */
    static void nil(XMLStreamWriter w, String local) throws XMLStreamException {
        w.writeEmptyElement("plu", local, PluNames.PLU);
        w.writeAttribute("xsi", PluNames.XSI, "nil", "true");
        w.writeAttribute("nilReason", PluNames.UNKNOWN);
    }

    /** A PLU property that refers by {@code xlink:href}. */
    static void href(XMLStreamWriter w, String local, String href) throws XMLStreamException {
        w.writeEmptyElement("plu", local, PluNames.PLU);
        w.writeAttribute("xlink", PluNames.XLINK, "href", href);
    }

    /** A PLU property that refers by {@code xlink:href}, with an {@code xlink:title} for people. */
    static void href(XMLStreamWriter w, String local, String href, String title) throws XMLStreamException {
        w.writeEmptyElement("plu", local, PluNames.PLU);
        w.writeAttribute("xlink", PluNames.XLINK, "href", href);
        w.writeAttribute("xlink", PluNames.XLINK, "title", XmlText.checked(title, local));
    }

    /**
     * Closes a stream whose content is dropped anyway (a temporary file deleted next, an input after a
     * failure), so that a failure to close it cannot hide the first problem.
     */
    static void closeQuietly(Closeable stream) {
        try {
            stream.close();
        } catch (IOException e) {
            // the content is dropped anyway; the first problem is what the caller reports
        }
    }

    /** An INSPIRE identifier: {@code plu:inspireId/base:Identifier} with local id and namespace. */
    static void inspireId(XMLStreamWriter w, String localId, String namespace) throws XMLStreamException {
        w.writeStartElement("plu", "inspireId", PluNames.PLU);
        w.writeStartElement("base", "Identifier", PluNames.BASE);
        text(w, "base", "localId", PluNames.BASE, localId);
        text(w, "base", "namespace", PluNames.BASE, namespace);
        w.writeEndElement();
        w.writeEndElement();
    }
}
