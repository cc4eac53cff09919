package org.planex.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.planex.crs.CrsService;
import org.planex.model.AdminLevel;
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
import org.planex.validate.cases.CasePackage;
import org.planex.validate.engine.LoadedPlan;

/**
 * Builds small plans for tests in EPSG:4549 (CGCS2000 3-degree GK CM 120E), where coordinates are metres, near
 * Shanghai: x around 500 000, y around 3 440 000.
 */
public final class TestPlans {

    /** The origin of test coordinates. */
    public static final double X0 = 500_000;
    /** The origin of test coordinates. */
    public static final double Y0 = 3_440_000;
    /** The factory. */
    public static final GeometryFactory GF = new GeometryFactory();

    private final String id;
    private final String code;
    private final Geometry boundary;
    private final List<PlanFeature> features = new ArrayList<>();
    private final List<Neighbour> neighbours = new ArrayList<>();
    private String system = "cn-ydyh-2023";
    private int n;

    private TestPlans(String id, String code, Geometry boundary) {
        this.id = id;
        this.code = code;
        this.boundary = boundary;
    }

    /** A plan whose boundary is the rectangle (metres from the origin). */
    public static TestPlans plan(String id, String code, double x0, double y0, double x1, double y1) {
        return new TestPlans(id, code, rect(x0, y0, x1, y1));
    }

    /** A plan with the given boundary (absolute EPSG:4549 coordinates). */
    public static TestPlans plan(String id, String code, Geometry boundary) {
        return new TestPlans(id, code, boundary);
    }

    /** A plan with the header and features of a package of a rule case (same id, code, boundary, system). */
    public static TestPlans of(CasePackage pkg) {
        TestPlans p = new TestPlans(pkg.id(), pkg.header().jurisdiction().code(), pkg.header().boundary())
                .system(pkg.header().classification().system());
        p.features.addAll(pkg.features());
        pkg.header().neighbours().forEach(n -> p.neighbour(n.code()));
        return p;
    }

    /** A rectangle in metres from the origin. */
    public static Polygon rect(double x0, double y0, double x1, double y1) {
        return GF.createPolygon(new Coordinate[] {c(x0, y0), c(x1, y0), c(x1, y1), c(x0, y1), c(x0, y0)});
    }

    /** A polygon from metre offsets x,y,x,y... (closed automatically). */
    public static Polygon poly(double... xy) {
        Coordinate[] cs = new Coordinate[xy.length / 2 + 1];
        for (int i = 0; i < xy.length / 2; i++) {
            cs[i] = c(xy[2 * i], xy[2 * i + 1]);
        }
        cs[cs.length - 1] = cs[0];
        return GF.createPolygon(cs);
    }

    /** A line from metre offsets. */
    public static LineString line(double... xy) {
        Coordinate[] cs = new Coordinate[xy.length / 2];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = c(xy[2 * i], xy[2 * i + 1]);
        }
        return GF.createLineString(cs);
    }

    /** A point at metre offsets. */
    public static Point point(double x, double y) {
        return GF.createPoint(c(x, y));
    }

    private static Coordinate c(double x, double y) {
        return new Coordinate(X0 + x, Y0 + y);
    }

    /** Uses another classification system. */
    public TestPlans system(String systemId) {
        this.system = systemId;
        return this;
    }

    /** Declares a neighbour. */
    public TestPlans neighbour(String jurisdiction) {
        neighbours.add(new Neighbour(jurisdiction, "GB/T 2260", jurisdiction));
        return this;
    }

    /** Adds a zone. */
    public TestPlans zone(String zoneId, String zoneCode, Geometry g) {
        features.add(new Zone(zoneId, zoneCode, null, g, null));
        return this;
    }

    /** Adds a zone with a name. */
    public TestPlans zone(String zoneId, String zoneCode, String name, Geometry g) {
        features.add(new Zone(zoneId, zoneCode, name, g, null));
        return this;
    }

    /** Adds a zone with a generated id. */
    public TestPlans zone(String zoneCode, Geometry g) {
        return zone(id + "-Z" + (++n), zoneCode, g);
    }

    /** Adds a control area. */
    public TestPlans control(String areaId, ControlKind kind, Geometry g) {
        features.add(new ControlArea(areaId, kind, null, g, null));
        return this;
    }

    /** Adds a corridor. */
    public TestPlans corridor(String corridorId, CorridorType type, String cls, Geometry g) {
        features.add(new Corridor(corridorId, type, cls, null, null, g, null));
        return this;
    }

    /** Adds a nuisance facility. */
    public TestPlans nimby(String facilityId, double radius, Geometry g) {
        features.add(new Facility(facilityId, "waste-incineration", "waste", radius, null, g, null));
        return this;
    }

    /** The header. */
    public PlanHeader header() {
        return new PlanHeader(id, PlanHeader.CURRENT_SCHEMA_VERSION, "test",
                new Jurisdiction(code, "GB/T 2260", Map.of("en", id), AdminLevel.COUNTY, null),
                new PlanInfo(id + "-PLAN", "plan of " + id, PlanType.MASTER, PlanStatus.APPROVED, null, null, null, null,
                        null),
                CrsRef.epsg(4549), new Classification(system, null), neighbours, boundary, List.of());
    }

    /** The features. */
    public List<PlanFeature> features() {
        return List.copyOf(features);
    }

    /**
     * Writes the plan as a planex package folder, with one attachment when asked.
     *
     * @return the folder
     */
    public Path write(Path folder, boolean withAttachment) throws Exception {
        byte[] note = ("note of " + id).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String sha = org.planex.spi.Sha256.of(note);
        org.planex.model.Attachment a = new org.planex.model.Attachment("attachments/note.txt", "text/plain", sha, "note");
        PlanHeader h = withAttachment ? header().withAttachments(List.of(a)) : header();
        try (org.planex.spi.PlanWriter w = new org.planex.core.format.PlanexFormatProvider()
                .openPlanWriter(org.planex.spi.WriteContext.of(folder))) {
            w.begin(h);
            if (withAttachment) {
                w.addAttachment(a, new java.io.ByteArrayInputStream(note));
            }
            for (PlanFeature f : features) {
                w.write(f);
            }
            w.finish();
        }
        return folder;
    }

    /** Loaded for validation. */
    public LoadedPlan load() {
        return LoadedPlan.of(Path.of(id), header(), features, CrsService.standard());
    }
}
