package org.planex.validate.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;
import org.planex.crs.CrsService;
import org.planex.crs.GeometryReprojector;
import org.planex.crs.MetricCrsChoice;
import org.planex.crs.MetricCrsChooser;
import org.planex.crs.MetricMeasurer;
import org.planex.model.CrsRef;
import org.planex.model.FeatureKind;
import org.planex.model.PlanFeature;
import org.planex.model.PlanHeader;
import org.planex.rule.PlanView;
import org.planex.spi.PlanexException;

/**
 * The engine's {@link PlanView}: one package read into memory for validation: its header and features in their own CRS, plus a metric view
 * (every geometry reprojected into the local metric CRS {@link MetricCrsChooser#forData} picks) indexed in an
 * STRtree. Features are addressed by their index in {@link #features()}.
 *
 * <p>A package whose coordinates cannot be transformed (a wrong CRS) has no metric view
 * ({@link #hasMetricView()} is false, {@link #metricProblem()} says why); rules that measure skip it and the
 * CRS rule reports the cause.
 *
 * <p><b>Thread safety:</b> immutable after construction; safe to read from many threads.
 *
 * @since 0.1
 */
public final class LoadedPlan implements PlanView {

    private final Path source;
    private final PlanHeader header;
    private final List<PlanFeature> features;
    private final MetricMeasurer measurer;
    private final Geometry[] metric;
    private final Geometry metricBoundary;
    private final STRtree index;
    private final GeometryReprojector toLonLat;
    private final String metricProblem;

    private LoadedPlan(Path source, PlanHeader header, List<PlanFeature> features, MetricMeasurer measurer,
            Geometry[] metric, Geometry metricBoundary, STRtree index, GeometryReprojector toLonLat, String problem) {
        this.source = source;
        this.header = header;
        this.features = features;
        this.measurer = measurer;
        this.metric = metric;
        this.metricBoundary = metricBoundary;
        this.index = index;
        this.toLonLat = toLonLat;
        this.metricProblem = problem;
    }

    /**
     * Builds the metric view and the index of a package read into memory.
     *
     * @param source where the package was read from
     * @param header its header
     * @param features its features, in file order
     * @param crs the CRS service
     */
    public static LoadedPlan of(Path source, PlanHeader header, List<PlanFeature> features, CrsService crs) {
        Objects.requireNonNull(header, "header");
        List<PlanFeature> list = Collections.unmodifiableList(new ArrayList<>(features));
        CrsRef declared = header.crs();
        try {
            Envelope extent = new Envelope(header.boundary() == null ? new Envelope() : header.boundary()
                    .getEnvelopeInternal());
            for (PlanFeature f : list) {
                if (f.geometry() != null) {
                    extent.expandToInclude(f.geometry().getEnvelopeInternal());
                }
            }
            MetricCrsChoice choice = new MetricCrsChooser(crs).forData(extent, declared);
            MetricMeasurer measurer = new MetricMeasurer(choice, crs);
            Geometry[] metric = new Geometry[list.size()];
            STRtree index = new STRtree();
            for (int i = 0; i < metric.length; i++) {
                Geometry g = list.get(i).geometry();
                if (g != null && !g.isEmpty()) {
                    metric[i] = measurer.toMetric(g, declared);
                    index.insert(metric[i].getEnvelopeInternal(), i);
                }
            }
            index.build();
            Geometry boundary = header.boundary() == null ? null : measurer.toMetric(header.boundary(), declared);
            GeometryReprojector back = crs.reprojector(choice.crs().crs(), CrsRef.WGS84);
            return new LoadedPlan(source, header, list, measurer, metric, boundary, index, back, null);
        } catch (PlanexException | RuntimeException e) {
            String why = e instanceof PlanexException p ? p.getReason() : e.toString();
            return new LoadedPlan(source, header, list, null, null, null, null, null,
                    "coordinates cannot be measured in metres: " + why);
        }
    }

    @Override
    public Path source() {
        return source;
    }

    @Override
    public PlanHeader header() {
        return header;
    }

    @Override
    public String packageId() {
        return header.packageId();
    }

    @Override
    public CrsRef crs() {
        return header.crs();
    }

    @Override
    public List<PlanFeature> features() {
        return features;
    }

    @Override
    public List<Integer> indicesOf(FeatureKind kind) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            if (features.get(i).kind() == kind) {
                out.add(i);
            }
        }
        return out;
    }

    @Override
    public boolean hasMetricView() {
        return metric != null;
    }

    @Override
    public String metricProblem() {
        return metricProblem;
    }

    /** The measurer of the metric view; its choice says which CRS. */
    public MetricMeasurer measurer() {
        requireMetric();
        return measurer;
    }

    @Override
    public Geometry metric(int feature) {
        requireMetric();
        return metric[feature];
    }

    @Override
    public Geometry metricBoundary() {
        requireMetric();
        return metricBoundary;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Integer> query(Envelope metricEnvelope) {
        requireMetric();
        return index.query(metricEnvelope);
    }

    @Override
    public Geometry toLonLat(Geometry metricGeometry) {
        requireMetric();
        try {
            return metricGeometry == null ? null : toLonLat.reproject(metricGeometry);
        } catch (PlanexException e) {
            return null;
        }
    }

    private void requireMetric() {
        if (metric == null) {
            throw new IllegalStateException(packageId() + " has no metric view: " + metricProblem);
        }
    }
}
