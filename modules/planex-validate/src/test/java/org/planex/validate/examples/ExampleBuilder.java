package org.planex.validate.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.planex.core.format.PlanexFormatProvider;
import org.planex.crs.CrsService;
import org.planex.model.AdminLevel;
import org.planex.model.Attributes;
import org.planex.model.Classification;
import org.planex.model.ControlArea;
import org.planex.model.ControlKind;
import org.planex.model.Corridor;
import org.planex.model.CorridorType;
import org.planex.model.CrsRef;
import org.planex.model.Facility;
import org.planex.model.Jurisdiction;
import org.planex.model.Neighbour;
import org.planex.model.PlanFeature;
import org.planex.model.PlanHeader;
import org.planex.model.PlanInfo;
import org.planex.model.PlanStatus;
import org.planex.model.PlanType;
import org.planex.model.Zone;
import org.planex.spi.PlanWriter;
import org.planex.spi.WriteContext;

/**
 * Builds an example plan package in a metric frame (metres from an origin in a metric EPSG CRS, x east, y
 * north), so defects are injected at exact sizes, then writes it in the package's own CRS: coordinates are
 * reprojected and rounded (1e-9 degrees, 1 mm), the same vertex always to the same value, so a clean coverage
 * stays clean.
 */
final class ExampleBuilder {

    static final GeometryFactory GF = new GeometryFactory();

    private final CrsRef frame;
    private final double x0;
    private final double y0;
    private final Geometry boundary;
    private final List<PlanFeature> features = new ArrayList<>();
    private final Map<String, String> overrides = new LinkedHashMap<>();
    private final String prefix;

    ExampleBuilder(CrsRef frame, double x0, double y0, Geometry boundaryMetres, String prefix) {
        this.frame = frame;
        this.x0 = x0;
        this.y0 = y0;
        this.boundary = boundaryMetres;
        this.prefix = prefix;
    }

    static Polygon rect(double ax, double ay, double bx, double by) {
        return GF.createPolygon(new Coordinate[] {new Coordinate(ax, ay), new Coordinate(bx, ay), new Coordinate(bx, by),
            new Coordinate(ax, by), new Coordinate(ax, ay)});
    }

    static Polygon poly(double... xy) {
        Coordinate[] c = new Coordinate[xy.length / 2 + 1];
        for (int i = 0; i < xy.length / 2; i++) {
            c[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        }
        c[c.length - 1] = c[0];
        return GF.createPolygon(c);
    }

    static LineString line(double... xy) {
        Coordinate[] c = new Coordinate[xy.length / 2];
        for (int i = 0; i < c.length; i++) {
            c[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        }
        return GF.createLineString(c);
    }

    static Point point(double x, double y) {
        return GF.createPoint(new Coordinate(x, y));
    }

    /** Sets the code of the grid cell whose lower-left corner is (x, y); an empty code leaves the cell out. */
    ExampleBuilder cell(double x, double y, String code) {
        overrides.put(key(x, y), code);
        return this;
    }

    private static String key(double x, double y) {
        return Math.round(x) + "," + Math.round(y);
    }

    /**
     * Fills the boundary with square zones of {@code size} metres on a grid from (gx0, gy0) to (gx1, gy1); the
     * outer rows and columns reach 5 km further so the clipped grid covers every bulge of the boundary.
     */
    @SuppressWarnings("unchecked")
    ExampleBuilder grid(double gx0, double gy0, double gx1, double gy1, double size, String code) {
        int n = 0;
        for (double y = gy0; y < gy1; y += size) {
            for (double x = gx0; x < gx1; x += size) {
                double ax = x == gx0 ? x - 5000 : x;
                double ay = y == gy0 ? y - 5000 : y;
                double bx = x + size >= gx1 ? x + size + 5000 : x + size;
                double by = y + size >= gy1 ? y + size + 5000 : y + size;
                Geometry g = rect(ax, ay, bx, by).intersection(boundary);
                List<Polygon> parts = new ArrayList<>();
                for (Polygon p : (List<Polygon>) PolygonExtracter.getPolygons(g)) {
                    if (!p.isEmpty() && p.getArea() > 1) {
                        parts.add(p);
                    }
                }
                if (parts.isEmpty()) {
                    continue;
                }
                Geometry zone = parts.size() == 1 ? parts.get(0) : GF.createMultiPolygon(parts.toArray(new Polygon[0]));
                String c = overrides.getOrDefault(key(x, y), code);
                if (c.isEmpty()) {
                    continue;
                }
                features.add(new Zone(String.format("%s-ZN-%04d", prefix, ++n), c, null, zone,
                        Attributes.builder().put("CELL", key(x, y)).build()));
            }
        }
        return this;
    }

    ExampleBuilder zone(String id, String code, String name, Geometry g) {
        features.add(new Zone(id, code, name, g, null));
        return this;
    }

    ExampleBuilder control(String id, ControlKind kind, String name, Geometry g) {
        features.add(new ControlArea(id, kind, name, g, null));
        return this;
    }

    ExampleBuilder corridor(String id, CorridorType type, String cls, String ref, String name, Geometry g) {
        features.add(new Corridor(id, type, cls, ref, name, g, null));
        return this;
    }

    ExampleBuilder facility(String id, String category, String nimby, Double radius, String name, Geometry g) {
        features.add(new Facility(id, category, nimby, radius, name, g, null));
        return this;
    }

    /** Writes the package into {@code folder} in {@code crs}. */
    void write(Path folder, String packageId, Jurisdiction jurisdiction, PlanInfo plan, CrsRef crs,
            Classification classification, List<Neighbour> neighbours, String readme) throws Exception {
        PlanHeader header = new PlanHeader(packageId, PlanHeader.CURRENT_SCHEMA_VERSION, "planex example generator",
                jurisdiction, plan, crs, classification, neighbours, out(boundary, crs), List.of());
        Files.createDirectories(folder.getParent());
        try (PlanWriter w = new PlanexFormatProvider().openPlanWriter(WriteContext.of(folder))) {
            w.begin(header);
            for (PlanFeature f : features) {
                w.write(transformed(f, crs));
            }
            w.finish();
        }
        Files.writeString(folder.resolve("README.md"), readme);
    }

    private PlanFeature transformed(PlanFeature f, CrsRef crs) throws Exception {
        Geometry g = out(f.geometry(), crs);
        if (f instanceof Zone z) {
            return new Zone(z.id(), z.code(), z.name(), g, z.attributes());
        }
        if (f instanceof ControlArea c) {
            return new ControlArea(c.id(), c.controlKind(), c.name(), g, c.attributes());
        }
        if (f instanceof Corridor c) {
            return new Corridor(c.id(), c.corridorType(), c.corridorClass(), c.crossBorderRef(), c.name(), g,
                    c.attributes());
        }
        Facility x = (Facility) f;
        return new Facility(x.id(), x.category(), x.nimbyCategory(), x.impactRadius(), x.name(), g, x.attributes());
    }

    private Geometry out(Geometry metres, CrsRef crs) throws Exception {
        Geometry absolute = densify(metres, 250);
        absolute.apply(new Shift(x0, y0, 0));
        Geometry g = frame.equals(crs) ? absolute : CrsService.standard().reprojector(frame, crs).reproject(absolute);
        double scale = crs.epsg() == 4490 || crs.epsg() == 4326 ? 1e9 : 1e3;
        g.apply(new Shift(0, 0, scale));
        return g;
    }

    /** Adds vertices so no segment is longer than {@code step} metres; segment ends stay where they are. */
    private static Geometry densify(Geometry g, double step) {
        return new org.locationtech.jts.geom.util.GeometryEditor().edit(g,
                new org.locationtech.jts.geom.util.GeometryEditor.CoordinateOperation() {
                    @Override
                    public Coordinate[] edit(Coordinate[] cs, Geometry geometry) {
                        List<Coordinate> out = new ArrayList<>();
                        for (int i = 0; i < cs.length; i++) {
                            if (i > 0) {
                                double len = cs[i - 1].distance(cs[i]);
                                int n = (int) Math.ceil(len / step);
                                for (int k = 1; k < n; k++) {
                                    double f = (double) k / n;
                                    out.add(new Coordinate(cs[i - 1].x + f * (cs[i].x - cs[i - 1].x),
                                            cs[i - 1].y + f * (cs[i].y - cs[i - 1].y)));
                                }
                            }
                            out.add(new Coordinate(cs[i]));
                        }
                        return out.toArray(new Coordinate[0]);
                    }
                });
    }

    /** Adds an offset, or rounds to 1/scale when scale is not 0. */
    private record Shift(double dx, double dy, double scale) implements CoordinateSequenceFilter {
        @Override
        public void filter(CoordinateSequence seq, int i) {
            if (scale == 0) {
                seq.setOrdinate(i, 0, seq.getX(i) + dx);
                seq.setOrdinate(i, 1, seq.getY(i) + dy);
            } else {
                seq.setOrdinate(i, 0, Math.round(seq.getX(i) * scale) / scale);
                seq.setOrdinate(i, 1, Math.round(seq.getY(i) * scale) / scale);
            }
        }

        @Override
        public boolean isDone() {
            return false;
        }

        @Override
        public boolean isGeometryChanged() {
            return true;
        }
    }

    static Jurisdiction jurisdiction(String code, String zh, String en, AdminLevel level, String parent) {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("zh", zh);
        names.put("en", en);
        return new Jurisdiction(code, "GB/T 2260", names, level, parent);
    }

    static PlanInfo plan(String id, String title, PlanType type, String authority) {
        return new PlanInfo(id, title, type, PlanStatus.CONSULTATION, authority, null, null, null, null);
    }
}
