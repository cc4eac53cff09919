package org.planex.validate.engine;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.planex.crs.CrsService;
import org.planex.crs.GeometryReprojector;
import org.planex.crs.MetricCrsChoice;
import org.planex.crs.MetricCrsChooser;
import org.planex.model.CrsRef;
import org.planex.model.FeatureKind;
import org.planex.rule.PairView;
import org.planex.rule.SharedBorder;
import org.planex.rule.Tolerances;
import org.planex.spi.PlanexException;

/**
 * The engine's {@link PairView}: two loaded packages checked as neighbours, measured in one metric CRS chosen for the pair
 * ({@link MetricCrsChooser#forPair}, centred on their shared border). A side's metric view is reused when it is
 * already in that CRS; otherwise the features near the border are reprojected on demand. The zone within a
 * distance of a side's plan area (a buffer, the costly part of {@link #nearBorder}) is computed once per (side,
 * distance) and shared by every rule of the pair.
 *
 * <p>A side may be a {@linkplain LoadedPlan#borderSlice border slice}: the pair then has a reach, the largest
 * distance its rules look into a side ({@link org.planex.rule.Rule#pairReach} and the facilities' impact radii),
 * takes the whole plan for a side whose slice is not exact within that reach, and refuses a
 * {@link #nearBorder} beyond it.
 *
 * <p><b>Thread safety:</b> thread-safe (reprojections are cached in concurrent maps).
 *
 * @since 0.1
 */
public final class PlanPair implements PairView {

    private final LoadedPlan first;
    private final LoadedPlan second;
    private final MetricCrsChoice choice;
    private final CrsService crs;
    private final Geometry boundaryFirst;
    private final Geometry boundarySecond;
    private final GeometryReprojector toLonLat;
    private final Map<Integer, Geometry> cacheFirst = new ConcurrentHashMap<>();
    private final Map<Integer, Geometry> cacheSecond = new ConcurrentHashMap<>();
    private final Tolerances tolerances;
    private final double reach;
    private final Map<NearKey, NearZone> nearZones = new ConcurrentHashMap<>();
    private volatile Optional<SharedBorder> border;

    private PlanPair(LoadedPlan first, LoadedPlan second, MetricCrsChoice choice, CrsService crs,
            Tolerances tolerances, double reach) throws PlanexException {
        this.first = first.forNeighbour(inOwnMetric(crs, second, first), reach);
        this.second = second.forNeighbour(inOwnMetric(crs, first, second), reach);
        this.choice = choice;
        this.crs = crs;
        this.tolerances = tolerances;
        this.reach = reach;
        this.boundaryFirst = toPair(first, first.header().boundary());
        this.boundarySecond = toPair(second, second.header().boundary());
        this.toLonLat = crs.reprojector(choice.crs().crs(), CrsRef.WGS84);
    }

    /**
     * A pair of packages that both have a metric view and a boundary.
     *
     * @throws PlanexException if the metric CRS cannot be chosen or a boundary cannot be transformed
     */
    public static PlanPair of(LoadedPlan first, LoadedPlan second, CrsService crs, Tolerances tolerances)
            throws PlanexException {
        return of(first, second, crs, tolerances, Double.POSITIVE_INFINITY);
    }

    /**
     * A pair of packages that both have a metric view and a boundary, whose rules look at most {@code reach}
     * metres into a side; a side that is a border slice not exact within that reach is replaced by its whole plan.
     *
     * @throws PlanexException if the metric CRS cannot be chosen or a boundary cannot be transformed
     */
    public static PlanPair of(LoadedPlan first, LoadedPlan second, CrsService crs, Tolerances tolerances,
            double reach) throws PlanexException {
        Objects.requireNonNull(first.header().boundary(), "boundary of " + first.packageId());
        Objects.requireNonNull(second.header().boundary(), "boundary of " + second.packageId());
        MetricCrsChoice choice = new MetricCrsChooser(crs).forPair(first.header().boundary().getEnvelopeInternal(),
                first.crs(), second.header().boundary().getEnvelopeInternal(), second.crs());
        return new PlanPair(first, second, choice, crs, tolerances, reach);
    }

    /** The plan area of {@code other} in the metric CRS of {@code own}. */
    private static Geometry inOwnMetric(CrsService crs, LoadedPlan other, LoadedPlan own) throws PlanexException {
        return crs.reprojector(other.crs(), own.measurer().choice().crs().crs()).reproject(other.header().boundary());
    }

    @Override
    public LoadedPlan plan(Side side) {
        return side == Side.FIRST ? first : second;
    }

    /** The metric CRS of the pair and why it was chosen. */
    public MetricCrsChoice choice() {
        return choice;
    }

    @Override
    public String label() {
        return first.packageId() + " | " + second.packageId();
    }

    @Override
    public Geometry boundary(Side side) {
        return side == Side.FIRST ? boundaryFirst : boundarySecond;
    }

    /** The common border, computed once ({@link SharedBorderFinder}); empty when the two are not adjacent. */
    @Override
    public Optional<SharedBorder> border() {
        Optional<SharedBorder> b = border;
        if (b == null) {
            synchronized (this) {
                b = border;
                if (b == null) {
                    b = SharedBorderFinder.find(boundaryFirst, boundarySecond, tolerances);
                    border = b;
                }
            }
        }
        return b;
    }

    @Override
    public Geometry geometry(Side side, int feature) throws PlanexException {
        LoadedPlan p = plan(side);
        if (sameCrs(p)) {
            return p.metric(feature);
        }
        Map<Integer, Geometry> cache = side == Side.FIRST ? cacheFirst : cacheSecond;
        Geometry g = cache.get(feature);
        if (g == null) {
            Geometry own = p.features().get(feature).geometry();
            if (own == null || own.isEmpty()) {
                return null;
            }
            g = crs.reprojector(p.crs(), choice.crs().crs()).reproject(own);
            cache.put(feature, g);
        }
        return g;
    }

    /**
     * The largest distance, in metres, the pair's rules look into a side: {@link #nearBorder} refuses more on a
     * border slice.
     */
    public double reach() {
        return reach;
    }

    @Override
    public List<Integer> nearBorder(Side side, double distance, FeatureKind... kinds) throws PlanexException {
        if (distance > reach && plan(side).isSlice()) {
            throw new IllegalStateException("a pair rule asked for the features within " + distance + " m of the"
                    + " border of " + label() + " but the pair rules declared a reach of " + reach
                    + " m (Rule.pairReach)");
        }
        NearZone zone = nearZone(side, distance);
        LoadedPlan p = plan(side);
        EnumSet<FeatureKind> wanted = kinds.length == 0 ? EnumSet.allOf(FeatureKind.class)
                : EnumSet.copyOf(List.of(kinds));
        List<Integer> out = new ArrayList<>();
        for (int i : p.query(zone.envelope())) {
            if (!wanted.contains(p.features().get(i).kind())) {
                continue;
            }
            Geometry g = geometry(side, i);
            if (g != null && zone.area().intersects(g)) {
                out.add(i);
            }
        }
        out.sort(null);
        return out;
    }

    /** How many near-border zones (buffers of a plan area) this pair has computed so far. */
    public int nearZonesComputed() {
        return nearZones.size();
    }

    private NearZone nearZone(Side side, double distance) throws PlanexException {
        NearKey key = new NearKey(side, distance);
        NearZone zone = nearZones.get(key);
        if (zone == null) {
            LoadedPlan p = plan(side);
            Geometry otherInOwn = inOwnMetric(crs, plan(side.other()), p);
            Envelope env = new Envelope(otherInOwn.getEnvelopeInternal());
            env.expandBy(distance * 1.01 + 1);
            zone = new NearZone(env, PreparedGeometryFactory.prepare(boundary(side.other()).buffer(distance)));
            NearZone raced = nearZones.putIfAbsent(key, zone);
            zone = raced == null ? zone : raced;
        }
        return zone;
    }

    @Override
    public Geometry toLonLat(Geometry pairGeometry) {
        try {
            return pairGeometry == null ? null : toLonLat.reproject(pairGeometry);
        } catch (PlanexException e) {
            return null;
        }
    }

    private boolean sameCrs(LoadedPlan p) {
        return p.measurer().choice().crs().crs().equals(choice.crs().crs());
    }

    private Geometry toPair(LoadedPlan p, Geometry own) throws PlanexException {
        return crs.reprojector(p.crs(), choice.crs().crs()).reproject(own);
    }

    /** A side and a distance, the key of a near-border zone. */
    private record NearKey(Side side, double distance) {
    }

    /**
     * The zone within a distance of the other side's plan area: the envelope to query the side's index with (in
     * the side's own metric CRS) and the prepared buffer (in the pair CRS).
     */
    private record NearZone(Envelope envelope, PreparedGeometry area) {
    }
}
