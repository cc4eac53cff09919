package org.planex.crs;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.planex.model.CrsRef;
import org.planex.spi.PlanexException;

/**
 * Measures areas, lengths and distances in metres in one metric CRS ({@link MetricCrsChoice}), whatever CRS
 * the geometries come in: geographic data is reprojected first, never measured in degrees.
 *
 * <p>A validator creates one measurer per package (from {@link MetricCrsChooser#forData}) or per pair of
 * packages (from {@link MetricCrsChooser#forPair}) and reports its {@link #choice()} so the reader knows where
 * the figures were measured. The static shortcuts choose a metric CRS for each call from the geometry's extent.
 *
 * <p>Thread safety: thread-safe.
 *
 * @since 0.1
 */
public final class MetricMeasurer {

    private final MetricCrsChoice choice;
    private final CrsService service;
    private final Map<CrsRef, GeometryReprojector> reprojectors = new ConcurrentHashMap<>();

    /** A measurer in the chosen CRS, using the shared {@link CrsService}. */
    public MetricMeasurer(MetricCrsChoice choice) {
        this(choice, CrsService.standard());
    }

    /** A measurer in the chosen CRS, using the given service. */
    public MetricMeasurer(MetricCrsChoice choice, CrsService service) {
        this.choice = Objects.requireNonNull(choice, "choice");
        this.service = Objects.requireNonNull(service, "service");
    }

    /** The metric CRS and why it was chosen, for the report. */
    public MetricCrsChoice choice() {
        return choice;
    }

    /**
     * The geometry in the metric CRS.
     *
     * @throws PlanexException if it cannot be transformed from {@code crs}
     */
    public Geometry toMetric(Geometry geometry, CrsRef crs) throws PlanexException {
        GeometryReprojector r = reprojectors.get(crs);
        if (r == null) {
            r = service.reprojector(crs, choice.crs().crs());
            reprojectors.put(crs, r);
        }
        return r.reproject(geometry);
    }

    /** The area in square metres of a geometry given in {@code crs}. */
    public double areaOf(Geometry geometry, CrsRef crs) throws PlanexException {
        return toMetric(geometry, crs).getArea();
    }

    /** The length (perimeter for polygons) in metres of a geometry given in {@code crs}. */
    public double lengthOf(Geometry geometry, CrsRef crs) throws PlanexException {
        return toMetric(geometry, crs).getLength();
    }

    /** The shortest distance in metres between two geometries, each in its own CRS. */
    public double distanceBetween(Geometry a, CrsRef crsA, Geometry b, CrsRef crsB) throws PlanexException {
        return toMetric(a, crsA).distance(toMetric(b, crsB));
    }

    /**
     * The area in square metres of a geometry given in {@code crs}, measured in the metric CRS chosen for it.
     *
     * @throws PlanexException if the geometry cannot be transformed
     */
    public static double area(Geometry geometry, CrsRef crs) throws PlanexException {
        return forGeometry(geometry, crs).areaOf(geometry, crs);
    }

    /** The length in metres of a geometry given in {@code crs}, measured in the metric CRS chosen for it. */
    public static double length(Geometry geometry, CrsRef crs) throws PlanexException {
        return forGeometry(geometry, crs).lengthOf(geometry, crs);
    }

    /** The distance in metres between two geometries given in {@code crs}, in the metric CRS chosen for both. */
    public static double distance(Geometry a, Geometry b, CrsRef crs) throws PlanexException {
        Envelope both = new Envelope(a.getEnvelopeInternal());
        both.expandToInclude(b.getEnvelopeInternal());
        MetricMeasurer m = new MetricMeasurer(new MetricCrsChooser().forData(both, crs));
        return m.distanceBetween(a, crs, b, crs);
    }

    private static MetricMeasurer forGeometry(Geometry geometry, CrsRef crs) throws PlanexException {
        return new MetricMeasurer(new MetricCrsChooser().forData(geometry.getEnvelopeInternal(), crs));
    }
}
