package org.planex.xml;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.planex.model.AxisOrder;
import org.planex.model.CrsRef;

/**
 * Writes JTS geometries as GML 3.2 simple features: {@code Point}, {@code LineString}, {@code Polygon},
 * {@code MultiPoint}, {@code MultiCurve} (of LineStrings) and {@code MultiSurface} (of Polygons), with
 * {@code srsName} as an EPSG http URI and {@code gml:posList} in the axis order of the CRS: a JTS coordinate
 * (x = east, y = north) is written {@code y x} for a northing-first CRS such as EPSG:4490.
 *
 * <p><b>Thread safety:</b> not thread-safe (reuses a buffer); use one instance per writer.
 *
 * @since 0.1
 */
public final class GmlWriter {

    private final CrsRef crs;
    private final boolean northFirst;
    private final StringBuilder buffer = new StringBuilder(4096);
    private char[] chars = new char[4096];

    /** A writer for geometries in {@code crs}. */
    public GmlWriter(CrsRef crs) {
        this.crs = crs;
        this.northFirst = crs.axisOrder() == AxisOrder.NORTH_EAST;
    }

    /**
     * Writes one geometry element in the GML namespace (whose prefix {@code gml} the caller has bound).
     *
     * @param geometry the geometry
     * @param gmlId the {@code gml:id} of the geometry (an NCName unique in the document); members get
     *     {@code gmlId.N}
     * @throws IllegalArgumentException if the geometry type is not a simple feature type planex writes
     */
    public void write(XMLStreamWriter w, Geometry geometry, String gmlId) throws XMLStreamException {
        int dim = hasZ(geometry) ? 3 : 2;
        if (geometry instanceof Point p) {
            point(w, p, gmlId, dim, true);
        } else if (geometry instanceof LineString l) {
            lineString(w, l, gmlId, dim, true);
        } else if (geometry instanceof Polygon p) {
            polygon(w, p, gmlId, dim, true);
        } else if (geometry instanceof MultiPoint m) {
            start(w, "MultiPoint", gmlId, dim, true);
            for (int i = 0; i < m.getNumGeometries(); i++) {
                w.writeStartElement("gml", "pointMember", PlanXml.GML);
                point(w, (Point) m.getGeometryN(i), gmlId + "." + (i + 1), dim, false);
                w.writeEndElement();
            }
            w.writeEndElement();
        } else if (geometry instanceof MultiLineString m) {
            start(w, "MultiCurve", gmlId, dim, true);
            for (int i = 0; i < m.getNumGeometries(); i++) {
                w.writeStartElement("gml", "curveMember", PlanXml.GML);
                lineString(w, (LineString) m.getGeometryN(i), gmlId + "." + (i + 1), dim, false);
                w.writeEndElement();
            }
            w.writeEndElement();
        } else if (geometry instanceof MultiPolygon m) {
            start(w, "MultiSurface", gmlId, dim, true);
            for (int i = 0; i < m.getNumGeometries(); i++) {
                w.writeStartElement("gml", "surfaceMember", PlanXml.GML);
                polygon(w, (Polygon) m.getGeometryN(i), gmlId + "." + (i + 1), dim, false);
                w.writeEndElement();
            }
            w.writeEndElement();
        } else {
            throw new IllegalArgumentException("GML output does not support " + geometry.getGeometryType()
                    + " (use Point, LineString, Polygon or their Multi forms)");
        }
    }

    private static boolean hasZ(Geometry g) {
        Coordinate c = g.getCoordinate();
        return c != null && !Double.isNaN(c.getZ());
    }

    private void start(XMLStreamWriter w, String name, String gmlId, int dim, boolean root)
            throws XMLStreamException {
        w.writeStartElement("gml", name, PlanXml.GML);
        w.writeAttribute("gml", PlanXml.GML, "id", gmlId);
        if (root) {
            w.writeAttribute("srsName", crs.uri());
            w.writeAttribute("srsDimension", Integer.toString(dim));
        }
    }

    private void point(XMLStreamWriter w, Point p, String gmlId, int dim, boolean root) throws XMLStreamException {
        start(w, "Point", gmlId, dim, root);
        w.writeStartElement("gml", "pos", PlanXml.GML);
        writePositions(w, p.getCoordinateSequence(), dim);
        w.writeEndElement();
        w.writeEndElement();
    }

    private void lineString(XMLStreamWriter w, LineString l, String gmlId, int dim, boolean root)
            throws XMLStreamException {
        start(w, "LineString", gmlId, dim, root);
        posList(w, l.getCoordinateSequence(), dim);
        w.writeEndElement();
    }

    private void polygon(XMLStreamWriter w, Polygon p, String gmlId, int dim, boolean root)
            throws XMLStreamException {
        start(w, "Polygon", gmlId, dim, root);
        ring(w, "exterior", p.getExteriorRing().getCoordinateSequence(), dim);
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            ring(w, "interior", p.getInteriorRingN(i).getCoordinateSequence(), dim);
        }
        w.writeEndElement();
    }

    private void ring(XMLStreamWriter w, String role, CoordinateSequence seq, int dim) throws XMLStreamException {
        w.writeStartElement("gml", role, PlanXml.GML);
        w.writeStartElement("gml", "LinearRing", PlanXml.GML);
        posList(w, seq, dim);
        w.writeEndElement();
        w.writeEndElement();
    }

    private void posList(XMLStreamWriter w, CoordinateSequence seq, int dim) throws XMLStreamException {
        w.writeStartElement("gml", "posList", PlanXml.GML);
        writePositions(w, seq, dim);
        w.writeEndElement();
    }

    private void writePositions(XMLStreamWriter w, CoordinateSequence seq, int dim) throws XMLStreamException {
        StringBuilder sb = buffer;
        sb.setLength(0);
        for (int i = 0; i < seq.size(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            double x = seq.getX(i);
            double y = seq.getY(i);
            CoordinateFormat.append(sb, northFirst ? y : x);
            sb.append(' ');
            CoordinateFormat.append(sb, northFirst ? x : y);
            if (dim == 3) {
                sb.append(' ');
                double z = seq.getZ(i);
                CoordinateFormat.append(sb, Double.isNaN(z) ? 0 : z);
            }
        }
        if (chars.length < sb.length()) {
            chars = new char[Math.max(sb.length(), 2 * chars.length)];
        }
        sb.getChars(0, sb.length(), chars, 0);
        w.writeCharacters(chars, 0, sb.length());
    }
}
