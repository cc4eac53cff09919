package org.planex.format.xplan;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateList;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.planex.model.AxisOrder;
import org.planex.model.CrsRef;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;

/**
 * Reads the surfaces of XPlanGML into JTS polygons: {@code gml:Polygon}, {@code gml:Surface} of
 * {@code gml:PolygonPatch}es, {@code gml:MultiSurface} and {@code gml:CompositeSurface} of any of them, with rings
 * that are a {@code gml:LinearRing} or a {@code gml:Ring} of {@code gml:curveMember}s: a {@code gml:LineString},
 * or a {@code gml:Curve} whose segments are {@code gml:LineStringSegment}, {@code gml:Arc}, {@code gml:ArcString},
 * {@code gml:Circle} or {@code gml:CircleByCenterPoint}. Arcs and circles are linearised by {@link ArcLinearizer}.
 * Positions are {@code gml:posList} or {@code gml:pos}, 2D or 3D ({@code srsDimension}); z is dropped. The axis
 * order of the CRS is turned into x = east, y = north.
 *
 * <p>The first geometry with an {@code srsName} sets the CRS of the plan; a later one in another CRS is an error.
 *
 * <p><b>Thread safety:</b> not thread-safe; one per reader.
 */
final class XPlanGeometryReader {

    private final GeometryFactory factory = new GeometryFactory();
    private final Location file;
    private CrsRef crs;
    private Location feature;

    XPlanGeometryReader(Location file) {
        this.file = file;
        this.feature = file;
    }

    /** The CRS of the geometries read so far, or {@code null} before the first one with an {@code srsName}. */
    CrsRef crs() {
        return crs;
    }

    /**
     * Reads the surface geometry element at the cursor (a START_ELEMENT in the GML namespace) and leaves the
     * cursor on its END_ELEMENT.
     *
     * @param featureId the feature the geometry belongs to, for messages
     * @return a Polygon for a {@code gml:Polygon} or a {@code gml:Surface} of one piece, otherwise a MultiPolygon
     * @throws PlanexException (invalid data) for a geometry that is not a surface or is malformed, with its line
     */
    Geometry surface(XMLStreamReader r, String featureId) throws XMLStreamException, PlanexException {
        feature = file.withFeature(featureId);
        srs(r);
        int dim = dimension(r, 2);
        String type = r.getLocalName();
        List<Polygon> polygons = new ArrayList<>();
        surfaces(r, dim, polygons);
        boolean single = polygons.size() == 1 && ("Polygon".equals(type) || "Surface".equals(type));
        return single ? polygons.get(0) : factory.createMultiPolygon(polygons.toArray(new Polygon[0]));
    }

    private void srs(XMLStreamReader r) throws PlanexException {
        String srsName = r.getAttributeValue(null, "srsName");
        if (srsName == null) {
            if (crs == null) {
                throw error(r, "the geometry has no srsName and none came before it; give it one, e.g. "
                        + "srsName=\"EPSG:25832\"");
            }
            return;
        }
        CrsRef found;
        try {
            found = CrsRef.parse(srsName);
        } catch (IllegalArgumentException e) {
            throw error(r, "srsName " + srsName + " is not an EPSG CRS; planex reads EPSG:NNNN or "
                    + CrsRef.EPSG_URI_PREFIX + "NNNN");
        }
        if (crs == null) {
            crs = found;
        } else if (!crs.equals(found)) {
            throw error(r, "srsName " + srsName + " differs from the CRS of the plan " + crs.uri()
                    + "; planex keeps one CRS per plan, reproject the plan to one CRS");
        }
    }

    /** Reads the surface element at the cursor into {@code out}. */
    private void surfaces(XMLStreamReader r, int dim, List<Polygon> out) throws XMLStreamException, PlanexException {
        requireGml(r);
        switch (r.getLocalName()) {
            case "Polygon", "PolygonPatch" -> out.add(polygon(r, dimension(r, dim)));
            case "Surface" -> {
                int d = dimension(r, dim);
                List<Polygon> patches = new ArrayList<>();
                while (next(r)) {
                    expect(r, "patches");
                    while (next(r)) {
                        expect(r, "PolygonPatch");
                        patches.add(polygon(r, d));
                    }
                }
                out.addAll(patches.size() == 1 ? patches : merged(patches));
            }
            case "MultiSurface", "CompositeSurface" -> {
                int d = dimension(r, dim);
                while (next(r)) {
                    if (!isGml(r, "surfaceMember") && !isGml(r, "surfaceMembers")) {
                        throw error(r, "unexpected " + r.getName() + " in gml:" + "MultiSurface (expected "
                                + "gml:surfaceMember)");
                    }
                    while (next(r)) {
                        srs(r);
                        surfaces(r, d, out);
                    }
                }
            }
            default -> throw error(r, "gml:" + r.getLocalName() + " is not a surface; planex reads gml:Polygon, "
                    + "gml:Surface, gml:MultiSurface and gml:CompositeSurface here");
        }
    }

    /** The patches of one surface, which share their edges, as the polygons of their union. */
    private List<Polygon> merged(List<Polygon> patches) {
        Geometry union = UnaryUnionOp.union(patches, factory);
        List<Polygon> out = new ArrayList<>();
        for (int i = 0; i < union.getNumGeometries(); i++) {
            out.add((Polygon) union.getGeometryN(i));
        }
        return out;
    }

    /** Reads the rings of a polygon or patch: one {@code gml:exterior} first, then any {@code gml:interior}s. */
    private Polygon polygon(XMLStreamReader r, int dim) throws XMLStreamException, PlanexException {
        List<LinearRing> rings = new ArrayList<>();
        while (next(r)) {
            String boundary = rings.isEmpty() ? "exterior" : "interior";
            if (!isGml(r, boundary)) {
                throw error(r, "unexpected " + r.getName() + " in a polygon (expected gml:" + boundary
                        + "; a polygon has one gml:exterior, first, then its gml:interior rings)");
            }
            if (!next(r)) {
                throw error(r, "gml:" + boundary + " without a ring");
            }
            rings.add(ring(r, dim));
            r.nextTag();
        }
        if (rings.isEmpty()) {
            throw error(r, "a polygon without gml:exterior");
        }
        return factory.createPolygon(rings.get(0), rings.subList(1, rings.size()).toArray(new LinearRing[0]));
    }

    private LinearRing ring(XMLStreamReader r, int dim) throws XMLStreamException, PlanexException {
        requireGml(r);
        CoordinateList points = new CoordinateList();
        int d = dimension(r, dim);
        if ("LinearRing".equals(r.getLocalName())) {
            positions(r, d, points);
        } else if ("Ring".equals(r.getLocalName())) {
            while (next(r)) {
                expect(r, "curveMember");
                while (next(r)) {
                    curve(r, d, points);
                }
            }
        } else {
            throw error(r, "expected gml:LinearRing or gml:Ring, found " + r.getName());
        }
        if (points.size() < 4) {
            throw error(r, "a ring needs at least 4 positions, got " + points.size());
        }
        if (!points.get(0).equals2D(points.get(points.size() - 1))) {
            throw error(r, "the ring is not closed: its first and last positions differ");
        }
        return factory.createLinearRing(points.toCoordinateArray());
    }

    private void curve(XMLStreamReader r, int dim, CoordinateList out) throws XMLStreamException, PlanexException {
        requireGml(r);
        int d = dimension(r, dim);
        switch (r.getLocalName()) {
            case "LineString" -> positions(r, d, out);
            case "Curve" -> {
                while (next(r)) {
                    expect(r, "segments");
                    while (next(r)) {
                        segment(r, dimension(r, d), out);
                    }
                }
            }
            default -> throw error(r, "gml:" + r.getLocalName() + " in a gml:Ring; planex reads gml:Curve and "
                    + "gml:LineString there");
        }
    }

    private void segment(XMLStreamReader r, int dim, CoordinateList out) throws XMLStreamException, PlanexException {
        requireGml(r);
        String type = r.getLocalName();
        switch (type) {
            case "LineStringSegment" -> positions(r, dim, out);
            case "Arc", "ArcString", "Circle" -> {
                CoordinateList p = new CoordinateList();
                positions(r, dim, p);
                if (p.size() < 3 || p.size() % 2 == 0 || "Arc".equals(type) && p.size() != 3
                        || "Circle".equals(type) && p.size() != 3) {
                    throw error(r, "gml:" + type + " needs " + ("ArcString".equals(type) ? "an odd number (3 or more)"
                            : "exactly 3") + " of positions, got " + p.size());
                }
                if ("Circle".equals(type)) {
                    p.add(p.get(0), true);
                    p.add(p.get(1), true);
                }
                for (int i = 0; i + 2 < p.size(); i += 2) {
                    ArcLinearizer.arc(out, p.get(i).x, p.get(i).y, p.get(i + 1).x, p.get(i + 1).y, p.get(i + 2).x,
                            p.get(i + 2).y);
                }
            }
            case "CircleByCenterPoint" -> circleByCenterPoint(r, dim, out);
            default -> throw error(r, "unsupported curve segment gml:" + type + " (planex reads LineStringSegment, "
                    + "Arc, ArcString, Circle and CircleByCenterPoint)");
        }
    }

    private void circleByCenterPoint(XMLStreamReader r, int dim, CoordinateList out)
            throws XMLStreamException, PlanexException {
        CoordinateList centre = new CoordinateList();
        double radius = Double.NaN;
        while (next(r)) {
            if (isGml(r, "pos") || isGml(r, "posList")) {
                numbers(r, dimension(r, dim), centre);
            } else if (isGml(r, "radius")) {
                radius = number(r, r.getElementText());
            } else {
                r.getElementText();
            }
        }
        if (centre.size() != 1 || !(radius > 0)) {
            throw error(r, "gml:CircleByCenterPoint needs one centre position and a positive gml:radius");
        }
        ArcLinearizer.circle(out, centre.get(0).x, centre.get(0).y, radius);
    }

    /** Reads the {@code gml:posList} or {@code gml:pos} children of the element at the cursor into {@code out}. */
    private void positions(XMLStreamReader r, int dim, CoordinateList out) throws XMLStreamException, PlanexException {
        while (next(r)) {
            if (!isGml(r, "posList") && !isGml(r, "pos")) {
                throw error(r, "unexpected " + r.getName() + " (expected gml:posList or gml:pos)");
            }
            numbers(r, dimension(r, dim), out);
        }
    }

    private void numbers(XMLStreamReader r, int dim, CoordinateList out) throws XMLStreamException, PlanexException {
        String[] tokens = r.getElementText().strip().split("\\s+");
        if (tokens.length == 1 && tokens[0].isEmpty() || tokens.length % dim != 0) {
            throw error(r, "the position list has " + (tokens[0].isEmpty() ? 0 : tokens.length)
                    + " numbers, not a positive multiple of srsDimension " + dim);
        }
        boolean northFirst = crs.axisOrder() == AxisOrder.NORTH_EAST;
        for (int i = 0; i < tokens.length; i += dim) {
            double a = number(r, tokens[i]);
            double b = number(r, tokens[i + 1]);
            out.add(northFirst ? new Coordinate(b, a) : new Coordinate(a, b), false);
        }
    }

    private double number(XMLStreamReader r, String text) throws PlanexException {
        try {
            double v = Double.parseDouble(text.strip());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            throw error(r, "'" + text + "' is not a number");
        }
        throw error(r, "'" + text + "' is not a finite number");
    }

    /** The {@code srsDimension} of the element at the cursor (2 or 3), or {@code inherited} without one. */
    private int dimension(XMLStreamReader r, int inherited) throws PlanexException {
        String given = r.getAttributeValue(null, "srsDimension");
        String d = given == null ? null : given.strip();
        if (d != null && !d.equals("2") && !d.equals("3")) {
            throw error(r, "srsDimension is " + given + "; planex reads 2D and 3D positions");
        }
        return d == null ? inherited : Integer.parseInt(d);
    }

    private void expect(XMLStreamReader r, String local) throws PlanexException {
        if (!isGml(r, local)) {
            throw error(r, "unexpected " + r.getName() + " (expected gml:" + local + ")");
        }
    }

    private void requireGml(XMLStreamReader r) throws PlanexException {
        if (!XPlanNames.GML.equals(r.getNamespaceURI())) {
            throw error(r, "expected a GML 3.2 geometry, found " + r.getName());
        }
    }

    private static boolean isGml(XMLStreamReader r, String local) {
        return local.equals(r.getLocalName()) && XPlanNames.GML.equals(r.getNamespaceURI());
    }

    /** Moves to the next child element: {@code true} on its START_ELEMENT, {@code false} on the parent's end. */
    private static boolean next(XMLStreamReader r) throws XMLStreamException {
        return r.nextTag() == XMLStreamConstants.START_ELEMENT;
    }

    private PlanexException error(XMLStreamReader r, String reason) {
        javax.xml.stream.Location l = r.getLocation();
        return PlanexException.invalid(feature.at(l.getLineNumber(), l.getColumnNumber()), reason, null);
    }
}
