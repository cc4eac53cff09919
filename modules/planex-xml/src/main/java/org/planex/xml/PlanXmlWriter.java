package org.planex.xml;

import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import com.sun.xml.txw2.output.IndentingXMLStreamWriter;
import org.locationtech.jts.geom.Geometry;
import org.planex.model.AttributeValue;
import org.planex.model.ControlArea;
import org.planex.model.Corridor;
import org.planex.model.Facility;
import org.planex.model.PlanFeature;
import org.planex.model.PlanHeader;
import org.planex.model.Zone;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;
import org.planex.xml.binding.HeaderType;

/**
 * Writes a {@code plan.xml} document to a stream, one feature at a time: memory does not grow with the number
 * of features. The header is marshalled with the JAXB binding; features are written directly with StAX.
 *
 * <p>Use: {@link #begin(PlanHeader)}, {@link #write(PlanFeature)} for each feature, {@link #end()}. The
 * stream is flushed, not closed. Atomic placement of the output is the job of the package container.
 *
 * <p><b>Thread safety:</b> not thread-safe.
 *
 * @since 0.1
 */
public final class PlanXmlWriter {

    private final XMLStreamWriter w;
    private final Location where;
    private GmlWriter gml;
    private long geometryCount;
    private boolean begun;
    private boolean ended;

    /**
     * A writer on {@code out} (UTF-8).
     *
     * @param out the stream; not closed by this writer
     * @param where the output location that error messages name
     */
    public PlanXmlWriter(OutputStream out, Location where) throws PlanexException {
        this.where = where;
        try {
            // the JDK writer encodes a stream byte by byte; a buffered Writer lets it hand over whole chunks
            Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            this.w = SecureXml.outputFactory().createXMLStreamWriter(text);
        } catch (XMLStreamException e) {
            throw PlanexException.notWritable(where, "cannot start XML output: " + e.getMessage(), e);
        }
    }

    /** Writes the document start and the header. */
    public void begin(PlanHeader header) throws PlanexException {
        if (begun) {
            throw new IllegalStateException("begin() called twice");
        }
        begun = true;
        gml = new GmlWriter(header.crs());
        try {
            w.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            w.writeCharacters("\n");
            w.setPrefix("px", PlanXml.NAMESPACE);
            w.setPrefix("gml", PlanXml.GML);
            w.setPrefix("xsi", PlanXml.XSI);
            w.writeStartElement("px", PlanXml.ROOT, PlanXml.NAMESPACE);
            w.writeNamespace("px", PlanXml.NAMESPACE);
            w.writeNamespace("gml", PlanXml.GML);
            w.writeNamespace("xsi", PlanXml.XSI);
            w.writeAttribute("schemaVersion", header.schemaVersion());
            w.writeCharacters("\n");
            Marshaller m = JaxbBinding.context().createMarshaller();
            m.setProperty(Marshaller.JAXB_FRAGMENT, Boolean.TRUE);
            HeaderType binding = new HeaderMapper().toBinding(header);
            IndentingXMLStreamWriter indenting = new IndentingXMLStreamWriter(w);
            indenting.setIndentStep("  ");
            m.marshal(new JAXBElement<>(new QName(PlanXml.NAMESPACE, "header"), HeaderType.class, binding), indenting);
            w.writeCharacters("\n");
            w.writeStartElement("px", "features", PlanXml.NAMESPACE);
        } catch (XMLStreamException | JAXBException e) {
            throw PlanexException.notWritable(where, "cannot write the header: " + e.getMessage(), e);
        }
    }

    /** Writes one feature. */
    public void write(PlanFeature f) throws PlanexException {
        if (!begun || ended) {
            throw new IllegalStateException("write() outside begin() and end()");
        }
        try {
            w.writeCharacters("\n");
            w.writeStartElement("px", f.kind().token(), PlanXml.NAMESPACE);
            w.writeAttribute("id", f.id());
            if (f.name() != null) {
                w.writeAttribute("name", f.name());
            }
            writeKindAttributes(f);
            Geometry g = f.geometry();
            if (g != null) {
                w.writeStartElement("px", "geometry", PlanXml.NAMESPACE);
                gml.write(w, g, "g" + (++geometryCount));
                w.writeEndElement();
            }
            if (!f.attributes().isEmpty()) {
                w.writeStartElement("px", "attributes", PlanXml.NAMESPACE);
                for (Map.Entry<String, AttributeValue> e : f.attributes().asMap().entrySet()) {
                    writeAttribute(e.getKey(), e.getValue());
                }
                w.writeEndElement();
            }
            w.writeEndElement();
        } catch (XMLStreamException e) {
            throw PlanexException.notWritable(where.withFeature(f.id()), "cannot write: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw PlanexException.invalid(where.withFeature(f.id()), e.getMessage(), e);
        }
    }

    private void writeKindAttributes(PlanFeature f) throws XMLStreamException {
        if (f instanceof Zone z) {
            if (z.code() != null) {
                w.writeAttribute("code", z.code());
            }
        } else if (f instanceof ControlArea c) {
            w.writeAttribute("kind", c.controlKind().token());
        } else if (f instanceof Facility fa) {
            w.writeAttribute("category", fa.category());
            if (fa.nimbyCategory() != null) {
                w.writeAttribute("nimbyCategory", fa.nimbyCategory());
            }
            if (fa.impactRadius() != null) {
                StringBuilder sb = new StringBuilder();
                CoordinateFormat.append(sb, fa.impactRadius());
                w.writeAttribute("impactRadius", sb.toString());
            }
        } else if (f instanceof Corridor c) {
            w.writeAttribute("type", c.corridorType().token());
            if (c.corridorClass() != null) {
                w.writeAttribute("class", c.corridorClass());
            }
            if (c.crossBorderRef() != null) {
                w.writeAttribute("crossBorderRef", c.crossBorderRef());
            }
        }
    }

    private void writeAttribute(String name, AttributeValue v) throws XMLStreamException {
        String lexical = v.lexical();
        if (lexical == null) {
            w.writeEmptyElement("px", v.type().token(), PlanXml.NAMESPACE);
            w.writeAttribute("name", name);
            w.writeAttribute("xsi", PlanXml.XSI, "nil", "true");
            return;
        }
        w.writeStartElement("px", v.type().token(), PlanXml.NAMESPACE);
        w.writeAttribute("name", name);
        XmlText.write(w, lexical, name);
        w.writeEndElement();
    }

    /** Writes the end of the document and flushes. */
    public void end() throws PlanexException {
        if (!begun || ended) {
            throw new IllegalStateException("end() outside begin()");
        }
        ended = true;
        try {
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.flush();
        } catch (XMLStreamException e) {
            throw PlanexException.notWritable(where, "cannot finish the document: " + e.getMessage(), e);
        }
    }
}
