package org.planex.xml;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.impl.PackedCoordinateSequence;
import org.planex.model.AxisOrder;
import org.planex.model.CrsRef;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;

/**
 * Reads GML 3.2 simple-feature geometries from a StAX cursor into JTS: {@code Point}, {@code LineString},
 * {@code Polygon}, {@code MultiPoint}, {@code MultiCurve} of LineStrings and {@code MultiSurface} of Polygons,
 * with coordinates in {@code gml:pos} or {@code gml:posList}. Coordinates are turned from the axis order of
 * the CRS into JTS order (x = east, y = north).
 *
 * <p>The geometry must be in the CRS of the package: a different {@code srsName} is an error, because planex
 * keeps one CRS per package.
 *
 * <p><b>Thread safety:</b> not thread-safe; use one instance per reader.
 *
 * @since 0.1
 */
public final class GmlReader {

    private final CrsRef crs;
    private final boolean northFirst;
    private final GeometryFactory factory;
    private Location base = Location.UNKNOWN;

    /**
     * A reader for geometries in {@code crs}.
     *
     * @param crs the package CRS
     * @param factory the factory for the geometries
     */
    public GmlReader(CrsRef crs, GeometryFactory factory) {
        this.crs = crs;
        this.northFirst = crs.axisOrder() == AxisOrder.NORTH_EAST;
        this.factory = factory;
    }

    /** Sets the location (file, entry, feature) that error messages name; line and column are added. */
    public void setLocation(Location location) {
        this.base = location;
    }

    /**
     * Reads the geometry element at the cursor (a START_ELEMENT in the GML namespace) and leaves the cursor on
     * its END_ELEMENT.
     *
     * @throws PlanexException of kind INVALID_DATA for an unsupported or malformed geometry, with its line
     */
    public Geometry read(XMLStreamReader r) throws PlanexException, XMLStreamException {
        String srsName = r.getAttributeValue(null, "srsName");
        if (srsName != null && !sameCrs(srsName)) {
            throw error(r, "geometry srsName " + srsName + " differs from the package CRS " + crs.uri()
                    + "; reproject it to the package CRS");
        }
        int dim = dimension(r, 2);
        return geometry(r, dim);
    }

    private boolean sameCrs(String srsName) {
        try {
            return CrsRef.parse(srsName).equals(crs);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private int dimension(XMLStreamReader r, int fallback) throws PlanexException {
        String d = r.getAttributeValue(null, "srsDimension");
        if (d == null) {
            return fallback;
        }
        return switch (d.strip()) {
            case "2" -> 2;
            case "3" -> 3;
            default -> throw error(r, "srsDimension must be 2 or 3, got " + d);
        };
    }

    private Geometry geometry(XMLStreamReader r, int dim) throws PlanexException, XMLStreamException {
        requireGml(r);
        switch (r.getLocalName()) {
            case "Point":
                return point(r, dim);
            case "LineString":
                return lineString(r, dim);
            case "Polygon":
                return polygon(r, dim);
            case "MultiPoint":
                return factory.createMultiPoint(members(r, dim, "pointMember", "pointMembers", "Point")
                        .toArray(new Point[0]));
            case "MultiCurve":
                return factory.createMultiLineString(members(r, dim, "curveMember", "curveMembers", "LineString")
                        .toArray(new LineString[0]));
            case "MultiSurface":
                return factory.createMultiPolygon(members(r, dim, "surfaceMember", "surfaceMembers", "Polygon")
                        .toArray(new Polygon[0]));
            default:
                throw error(r, "unsupported GML geometry gml:" + r.getLocalName()
                        + " (planex reads Point, LineString, Polygon, MultiPoint, MultiCurve, MultiSurface)");
        }
    }

    private void requireGml(XMLStreamReader r) throws PlanexException {
        if (!PlanXml.GML.equals(r.getNamespaceURI())) {
            throw error(r, "expected a GML 3.2 geometry, found " + r.getName());
        }
    }

    private Point point(XMLStreamReader r, int dim) throws PlanexException, XMLStreamException {
        int d = dimension(r, dim);
        CoordinateSequence seq = null;
        while (nextTag(r) == XMLStreamConstants.START_ELEMENT) {
            if (isGml(r, "pos") || isGml(r, "posList")) {
                seq = coordinates(r, dimension(r, d));
                if (seq.size() != 1) {
                    throw error(r, "a gml:Point needs exactly one position, got " + seq.size());
                }
            } else {
                throw error(r, "unexpected " + r.getName() + " in gml:Point");
            }
        }
        if (seq == null) {
            throw error(r, "gml:Point without gml:pos");
        }
        return factory.createPoint(seq);
    }

    private LineString lineString(XMLStreamReader r, int dim) throws PlanexException, XMLStreamException {
        CoordinateSequence seq = linePositions(r, dimension(r, dim), "gml:LineString");
        if (seq.size() < 2) {
            throw error(r, "a gml:LineString needs at least 2 positions, got " + seq.size());
        }
        return factory.createLineString(seq);
    }

    private CoordinateSequence linePositions(XMLStreamReader r, int dim, String what)
            throws PlanexException, XMLStreamException {
        CoordinateSequence seq = null;
        List<double[]> single = null;
        while (nextTag(r) == XMLStreamConstants.START_ELEMENT) {
            if (isGml(r, "posList") && seq == null && single == null) {
                seq = coordinates(r, dimension(r, dim));
            } else if (isGml(r, "pos") && seq == null) {
                if (single == null) {
                    single = new ArrayList<>();
                }
                CoordinateSequence one = coordinates(r, dimension(r, dim));
                single.add(new double[] {one.getX(0), one.getY(0), dim == 3 ? one.getZ(0) : Double.NaN});
            } else {
                throw error(r, "unexpected " + r.getName() + " in " + what + " (expected one gml:posList)");
            }
        }
        if (seq != null) {
            return seq;
        }
        if (single == null) {
            throw error(r, what + " without coordinates");
        }
        double[] packed = new double[single.size() * dim];
        for (int i = 0; i < single.size(); i++) {
            System.arraycopy(single.get(i), 0, packed, i * dim, dim);
        }
        return new PackedCoordinateSequence.Double(packed, dim, 0);
    }

    private Polygon polygon(XMLStreamReader r, int dim) throws PlanexException, XMLStreamException {
        int d = dimension(r, dim);
        LinearRing shell = null;
        List<LinearRing> holes = new ArrayList<>();
        while (nextTag(r) == XMLStreamConstants.START_ELEMENT) {
            boolean exterior = isGml(r, "exterior");
            if (!exterior && !isGml(r, "interior")) {
                throw error(r, "unexpected " + r.getName() + " in gml:Polygon");
            }
            if (exterior && shell != null) {
                throw error(r, "gml:Polygon with two gml:exterior rings");
            }
            nextTag(r);
            if (!isGml(r, "LinearRing")) {
                throw error(r, "expected gml:LinearRing, found " + r.getName());
            }
            CoordinateSequence seq = linePositions(r, dimension(r, d), "gml:LinearRing");
            LinearRing ring = ring(r, seq);
            nextTag(r);
            if (exterior) {
                shell = ring;
            } else {
                holes.add(ring);
            }
        }
        if (shell == null) {
            throw error(r, "gml:Polygon without gml:exterior");
        }
        return factory.createPolygon(shell, holes.toArray(new LinearRing[0]));
    }

    private LinearRing ring(XMLStreamReader r, CoordinateSequence seq) throws PlanexException {
        int n = seq.size();
        if (n < 4) {
            throw error(r, "a gml:LinearRing needs at least 4 positions, got " + n);
        }
        if (seq.getX(0) != seq.getX(n - 1) || seq.getY(0) != seq.getY(n - 1)) {
            throw error(r, "gml:LinearRing is not closed: first and last positions differ");
        }
        return factory.createLinearRing(seq);
    }

    private List<Geometry> members(XMLStreamReader r, int dim, String member, String members, String type)
            throws PlanexException, XMLStreamException {
        int d = dimension(r, dim);
        List<Geometry> out = new ArrayList<>();
        while (nextTag(r) == XMLStreamConstants.START_ELEMENT) {
            boolean many = isGml(r, members);
            if (!many && !isGml(r, member)) {
                throw error(r, "unexpected " + r.getName() + " (expected gml:" + member + ")");
            }
            while (nextTag(r) == XMLStreamConstants.START_ELEMENT) {
                if (!isGml(r, type)) {
                    throw error(r, "gml:" + member + " holds " + r.getName() + "; planex expects gml:" + type);
                }
                out.add(geometry(r, d));
                if (!many) {
                    if (nextTag(r) != XMLStreamConstants.END_ELEMENT) {
                        throw error(r, "gml:" + member + " holds more than one geometry");
                    }
                    break;
                }
            }
        }
        return out;
    }

    private CoordinateSequence coordinates(XMLStreamReader r, int dim) throws PlanexException, XMLStreamException {
        String text = r.getElementText();
        double[] values = parseNumbers(r, text);
        if (values.length % dim != 0) {
            throw error(r, "position list has " + values.length + " numbers, not a multiple of srsDimension "
                    + dim);
        }
        if (northFirst) {
            for (int i = 0; i < values.length; i += dim) {
                double t = values[i];
                values[i] = values[i + 1];
                values[i + 1] = t;
            }
        }
        return new PackedCoordinateSequence.Double(values, dim, 0);
    }

    private double[] parseNumbers(XMLStreamReader r, String text) throws PlanexException {
        double[] out = new double[16];
        int n = 0;
        int len = text.length();
        int i = 0;
        while (i < len) {
            while (i < len && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < len && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (start == i) {
                break;
            }
            if (n == out.length) {
                out = java.util.Arrays.copyOf(out, n * 2);
            }
            try {
                out[n++] = Double.parseDouble(text.substring(start, i));
            } catch (NumberFormatException e) {
                throw error(r, "'" + text.substring(start, i) + "' is not a number");
            }
            if (!Double.isFinite(out[n - 1])) {
                throw error(r, "coordinate '" + text.substring(start, i) + "' is not finite");
            }
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    private static boolean isGml(XMLStreamReader r, String local) {
        return local.equals(r.getLocalName()) && PlanXml.GML.equals(r.getNamespaceURI());
    }

    private static int nextTag(XMLStreamReader r) throws XMLStreamException {
        return r.nextTag();
    }

    private PlanexException error(XMLStreamReader r, String reason) {
        javax.xml.stream.Location l = r.getLocation();
        return PlanexException.invalid(base.at(l.getLineNumber(), l.getColumnNumber()), reason, null);
    }
}
