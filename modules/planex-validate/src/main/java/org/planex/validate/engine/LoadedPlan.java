package org.planex.validate.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.impl.CoordinateArraySequenceFactory;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
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
 * The engine's {@link PlanView}: one package read into memory for validation: its header and features in their own
 * CRS, plus a metric view indexed in an STRtree: every geometry in the local metric CRS
 * {@link MetricCrsChooser#forData} picks (the geometry itself when it is declared in that CRS, a reprojected copy
 * otherwise). The validity of metric geometries is computed once, when a rule first asks. Features are addressed
 * by their index in {@link #features()}.
 *
 * <p><b>Note:</b> rules share the geometries; none may change them.
 *
 * <p>For the pairs of a region the engine keeps a {@linkplain #borderSlice border slice} of each plan: every
 * feature but the zones deep inside its area, so that the memory of a region grows with its borders, not with
 * its plans. A slice gives back the whole plan ({@link #forNeighbour}) for a neighbour that reaches into that
 * core.
 *
 * <p>A package whose coordinates cannot be transformed (a wrong CRS) has no metric view
 * ({@link #hasMetricView()} is false, {@link #metricProblem()} says why); rules that measure skip it and the
 * CRS rule reports the cause.
 *
 * <p><b>Thread safety:</b> safe to read from many threads: what is computed on demand (validity, the coverage
 * check) is the same whichever thread computes it.
 *
 * @since 0.1
 */
public final class LoadedPlan implements PlanView {

    /**
     * Validity is checked on a transient copy with coordinate arrays: {@link IsValidOp} asks for the coordinates as
     * an array, which a packed sequence keeps cached behind a soft reference.
     */
    private static final GeometryFactory ARRAYS = new GeometryFactory(CoordinateArraySequenceFactory.instance());
    private static final byte VALID = 1;
    private static final byte INVALID = 2;

    private final Path source;
    private final PlanHeader header;
    private final List<PlanFeature> features;
    private final MetricMeasurer measurer;
    private final Geometry[] metric;
    private final Geometry metricBoundary;
    private final STRtree index;
    private final GeometryReprojector toLonLat;
    private final String metricProblem;
    private final Slice slice;

    private final byte[] validity;
    private volatile BitSet unmatchedZones;

    /**
     * What a border slice left out: the zones properly inside {@code core}, and how to read the whole plan again.
     */
    private record Slice(PreparedGeometry core, Supplier<LoadedPlan> whole, int wholeSize) {
    }

    private LoadedPlan(Path source, PlanHeader header, List<PlanFeature> features, MetricMeasurer measurer,
            Geometry[] metric, Geometry metricBoundary, STRtree index, GeometryReprojector toLonLat, String problem,
            Slice slice) {
        this.source = source;
        this.header = header;
        this.features = features;
        this.measurer = measurer;
        this.metric = metric;
        this.metricBoundary = metricBoundary;
        this.index = index;
        this.toLonLat = toLonLat;
        this.metricProblem = problem;
        this.slice = slice;
        this.validity = metric == null ? null : new byte[metric.length];
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
            boolean same = choice.crs().crs().equals(declared);
            for (int i = 0; i < metric.length; i++) {
                Geometry g = list.get(i).geometry();
                if (g != null && !g.isEmpty()) {
                    metric[i] = same ? g : measurer.toMetric(g, declared);
                    index.insert(metric[i].getEnvelopeInternal(), i);
                }
            }
            index.build();
            Geometry boundary = header.boundary() == null ? null : measurer.toMetric(header.boundary(), declared);
            GeometryReprojector back = crs.reprojector(choice.crs().crs(), CrsRef.WGS84);
            return new LoadedPlan(source, header, list, measurer, metric, boundary, index, back, null, null);
        } catch (PlanexException | RuntimeException e) {
            String why = e instanceof PlanexException p ? p.getReason() : e.toString();
            return new LoadedPlan(source, header, list, null, null, null, null, null,
                    "coordinates cannot be measured in metres: " + why, null);
        }
    }

    /**
     * This plan without the zones that lie more than {@code reach} metres inside its area (properly inside the
     * area shrunk by {@code reach}); every other feature is kept, in file order. The plan itself when nothing
     * would be left out: it has no metric view or no area, the reach is infinite, or no zone is that deep.
     *
     * @param reach how far inside the area zones are kept, in metres
     * @param whole reads the whole plan again, for a neighbour that reaches deeper ({@link #forNeighbour})
     */
    public LoadedPlan borderSlice(double reach, Supplier<LoadedPlan> whole) {
        if (metric == null || metricBoundary == null || Double.isInfinite(reach) || slice != null) {
            return this;
        }
        Geometry core = metricBoundary.buffer(-reach);
        if (core.isEmpty()) {
            return this;
        }
        PreparedGeometry prepared = PreparedGeometryFactory.prepare(core);
        List<PlanFeature> kept = new ArrayList<>();
        List<Geometry> keptMetric = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            PlanFeature f = features.get(i);
            if (f.kind() != FeatureKind.ZONE || metric[i] == null || !prepared.containsProperly(metric[i])) {
                kept.add(f);
                keptMetric.add(metric[i]);
            }
        }
        if (kept.size() == features.size()) {
            return this;
        }
        Geometry[] sliced = keptMetric.toArray(Geometry[]::new);
        STRtree sliceIndex = new STRtree();
        for (int i = 0; i < sliced.length; i++) {
            if (sliced[i] != null) {
                sliceIndex.insert(sliced[i].getEnvelopeInternal(), i);
            }
        }
        sliceIndex.build();
        return new LoadedPlan(source, header, Collections.unmodifiableList(kept), measurer, sliced, metricBoundary,
                sliceIndex, toLonLat, null, new Slice(prepared, whole, features.size()));
    }

    /**
     * This plan, which holds only part of a whole plan's zones, marked as a border slice of it: for an engine that
     * sends a plan's border zones elsewhere and loads them there (planex-spark). The plan must hold every zone of
     * the whole plan that is not more than {@code reach} metres inside the area and that its pairs may look at;
     * a neighbour that reaches deeper gets the whole plan ({@link #forNeighbour}). The plan itself when it has no
     * metric view or no area, or nothing lies that deep.
     *
     * @param reach how far inside the area the whole plan's zones were kept, in metres
     * @param whole reads the whole plan again
     * @param wholeSize the number of features of the whole plan
     */
    public LoadedPlan asBorderSlice(double reach, Supplier<LoadedPlan> whole, int wholeSize) {
        if (metric == null || metricBoundary == null || Double.isInfinite(reach) || slice != null) {
            return this;
        }
        Geometry core = metricBoundary.buffer(-reach);
        if (core.isEmpty()) {
            return this;
        }
        return new LoadedPlan(source, header, features, measurer, metric, metricBoundary, index, toLonLat,
                metricProblem, new Slice(PreparedGeometryFactory.prepare(core), whole, wholeSize));
    }

    /** Whether this is a border slice, not the whole plan. */
    public boolean isSlice() {
        return slice != null;
    }

    /** The number of features of the whole plan (of which a border slice holds fewer). */
    public int wholeSize() {
        return slice == null ? features.size() : slice.wholeSize();
    }

    /**
     * A view of this plan that is exact for a neighbour: this one, unless it is a border slice and the
     * neighbour's area comes within {@code reach} metres of the zones the slice left out; then the whole plan,
     * read again.
     *
     * @param neighbourArea the neighbour's plan area in this plan's metric CRS
     * @param reach the largest distance from the neighbour's area at which the pair looks at this plan's zones
     */
    public LoadedPlan forNeighbour(Geometry neighbourArea, double reach) {
        if (slice == null) {
            return this;
        }
        boolean reachesCore = slice.core().intersects(neighbourArea)
                || IndexedFacetDistance.isWithinDistance(slice.core().getGeometry(), neighbourArea, reach);
        return reachesCore ? slice.whole().get() : this;
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
    public boolean validMetric(int feature) {
        Geometry g = metric(feature);
        if (g == null) {
            return false;
        }
        byte known = validity[feature];
        if (known == 0) {
            known = IsValidOp.isValid(ARRAYS.createGeometry(g)) ? VALID : INVALID;
            validity[feature] = known;
        }
        return known == VALID;
    }

    @Override
    public BitSet unmatchedZones() {
        BitSet found = unmatchedZones;
        if (found == null) {
            synchronized (this) {
                found = unmatchedZones;
                if (found == null) {
                    found = CoverageCheck.unmatchedZones(this);
                    unmatchedZones = found;
                }
            }
        }
        return (BitSet) found.clone();
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
