package org.planex.xml;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.planex.model.CrsRef;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;

/**
 * The header's events as JAXB sees them, without the boundary: the {@code px:boundary} element of the header is
 * read here, straight from the stream with {@link GmlReader}, and JAXB gets the events after it. The boundary of
 * a plan derived from many separate zones is as large as the zones; bound to a DOM and serialised again for the
 * GML reader, it took several times its size (100,000 polygons did not fit a 256 MB heap). Read from the stream,
 * it costs the geometry.
 *
 * <p>The CRS of the boundary is the header's {@code px:crs}, which the schema puts before the boundary; its text
 * is collected as it passes.
 *
 * <p><b>Thread safety:</b> used by one thread, for one header.
 */
final class BoundaryStreamFilter extends StreamReaderDelegate {

    private final GeometryFactory factory;
    private final Location where;
    private final StringBuilder crsText = new StringBuilder();
    private int depth;
    private boolean inCrs;
    private Geometry boundary;
    private PlanexException failure;

    /**
     * Filters the events of {@code r}, positioned on the start of {@code px:header}.
     *
     * @param r the document reader
     * @param factory the geometry factory of the boundary
     * @param where the location error messages name
     */
    BoundaryStreamFilter(XMLStreamReader r, GeometryFactory factory, Location where) {
        super(r);
        this.factory = factory;
        this.where = where;
    }

    /** The boundary read, or {@code null} if the header has none. */
    Geometry boundary() {
        return boundary;
    }

    /** The problem met in the boundary, or {@code null}; reported as an {@link XMLStreamException} to JAXB. */
    PlanexException failure() {
        return failure;
    }

    @Override
    public int next() throws XMLStreamException {
        int event = super.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
            depth++;
            if (depth == 1 && isPlanex("boundary")) {
                readBoundary();
                depth--;
                return next();
            }
            inCrs = depth == 1 && isPlanex("crs");
        } else if (event == XMLStreamConstants.END_ELEMENT) {
            depth--;
            inCrs = false;
        } else if (inCrs && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
            crsText.append(getText());
        }
        return event;
    }

    @Override
    public int nextTag() throws XMLStreamException {
        int event = next();
        while (event == XMLStreamConstants.CHARACTERS && isWhiteSpace() || event == XMLStreamConstants.COMMENT
                || event == XMLStreamConstants.SPACE || event == XMLStreamConstants.PROCESSING_INSTRUCTION) {
            event = next();
        }
        if (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
            throw new XMLStreamException("expected a start or end tag", getLocation());
        }
        return event;
    }

    private boolean isPlanex(String local) {
        return local.equals(getLocalName()) && PlanXml.NAMESPACE.equals(getNamespaceURI());
    }

    /** Reads the boundary's geometry and leaves the reader on the end of {@code px:boundary}. */
    private void readBoundary() throws XMLStreamException {
        XMLStreamReader r = getParent();
        try {
            if (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
                GmlReader gml = new GmlReader(CrsRef.parse(crsText.toString().strip()), factory);
                gml.setLocation(where);
                boundary = gml.read(r);
                r.nextTag();
            }
        } catch (PlanexException e) {
            failure = e;
            throw new XMLStreamException(e.getMessage(), r.getLocation(), e);
        } catch (IllegalArgumentException e) {
            failure = PlanexException.invalid(where, "invalid header: " + e.getMessage(), e);
            throw new XMLStreamException(e.getMessage(), r.getLocation(), e);
        }
        if (r.getEventType() != XMLStreamConstants.END_ELEMENT || !isPlanex("boundary")) {
            throw new XMLStreamException("px:boundary holds more than one geometry", r.getLocation());
        }
    }
}
