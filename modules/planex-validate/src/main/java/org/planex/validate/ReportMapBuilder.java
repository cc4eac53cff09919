package org.planex.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;
import org.planex.model.ControlArea;
import org.planex.model.Corridor;
import org.planex.model.Facility;
import org.planex.model.PlanFeature;
import org.planex.model.Zone;
import org.planex.rule.Issue;
import org.planex.rule.PairView.Side;
import org.planex.rule.SharedBorder;
import org.planex.spi.PlanexException;
import org.planex.spi.codes.HarmonisedCategory;
import org.planex.validate.engine.LoadedPlan;
import org.planex.validate.engine.PlanPair;
import org.planex.validate.engine.ValidationContext;
import org.planex.validate.rules.ZoneCategories;

/**
 * Chooses and prepares what the report map draws ({@link ReportMap}): of each adjacent pair, the features of both
 * sides that come within the border width of the other side's plan area ({@link PlanPair#nearBorder}, at most
 * as far as the pair's reach), plus the features an issue names, so a large plan's report carries its borders
 * and its issues, not the whole plan. The features a plan's own issues name are taken from the whole plan
 * ({@link #named}) before the engine keeps only its border slice. An issue that names more than
 * {@value #MAX_NAMED_PER_ISSUE} features (a code used by 5,000 zones) adds none: of its features, only those
 * near a border are drawn, and the report says how many such issues there are.
 *
 * <p>Geometries are simplified in their metric CRS with JTS {@link TopologyPreservingSimplifier} before they
 * are taken to longitude/latitude: to {@value #EXTENT_FRACTION} of the diagonal of the largest plan area (a tenth
 * of a pixel on a 4,000-pixel-wide view of that plan: 1 m for a plan 40 km across), and to a tenth of the run's
 * snapping tolerance for the features an issue names, so that zooming on a 1.5 m sliver still shows them true
 * to the decimetre. Each feature is simplified on its own: at the zoom of a sliver, neighbours no issue names
 * may show hairline gaps between them that the data does not have (the issue markers are exact).
 *
 * <p><b>Thread safety:</b> immutable and thread-safe.
 *
 * @since 0.3
 */
final class ReportMapBuilder {

    /** The simplification tolerance as a fraction of the diagonal of the region. */
    static final double EXTENT_FRACTION = 2.5e-5;
    /** The most features of one issue drawn wherever they are. */
    static final int MAX_NAMED_PER_ISSUE = 50;

    private final ValidationContext context;

    ReportMapBuilder(ValidationContext context) {
        this.context = context;
    }

    /**
     * The features of a plan that the issues name (of the issues that name at most {@value #MAX_NAMED_PER_ISSUE}),
     * in file order, simplified to the tolerance for named features.
     */
    List<MapFeature> named(LoadedPlan plan, List<Issue> issues) {
        if (!plan.hasMetricView()) {
            return List.of();
        }
        Map<String, Integer> ids = null;
        TreeSet<Integer> found = new TreeSet<>();
        for (Issue issue : issues) {
            if (!issue.packageIds().contains(plan.packageId()) || issue.featureIds().isEmpty()
                    || issue.featureIds().size() > MAX_NAMED_PER_ISSUE) {
                continue;
            }
            ids = ids == null ? indexOf(plan) : ids;
            for (String featureId : issue.featureIds()) {
                Integer i = ids.get(featureId);
                if (i != null) {
                    found.add(i);
                }
            }
        }
        List<MapFeature> out = new ArrayList<>();
        for (int i : found) {
            MapFeature f = feature(plan, i, namedTolerance(), true);
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * The map of a run.
     *
     * @param plans the plans the pairs were checked over (border slices or whole plans), in input order
     * @param pairs the adjacent pairs, in report order
     * @param issues every issue of the run
     * @param named the features the plans' own issues name ({@link #named} of each whole plan)
     */
    ReportMap build(List<LoadedPlan> plans, List<RuleRunner.PairResult> pairs, List<Issue> issues,
            List<MapFeature> named) {
        Map<String, LoadedPlan> byId = new LinkedHashMap<>();
        for (LoadedPlan p : plans) {
            if (p.hasMetricView()) {
                byId.putIfAbsent(p.packageId(), p);
            }
        }
        Map<String, MapFeature> namedByKey = new LinkedHashMap<>();
        named.forEach(f -> namedByKey.putIfAbsent(key(f), f));
        double display = displayTolerance(byId.values());
        double band = context.tolerances().borderWidth();
        Map<String, Map<String, MapFeature>> near = new HashMap<>();
        List<Geometry> bands = new ArrayList<>();
        for (RuleRunner.PairResult result : pairs) {
            PlanPair pair = result.pair();
            double distance = Math.min(context.tolerances().borderWidth(), pair.reach());
            band = Math.min(band, distance);
            for (Side side : Side.values()) {
                LoadedPlan p = pair.plan(side);
                named(p, result.issues()).forEach(f -> namedByKey.putIfAbsent(key(f), f));
                Map<String, MapFeature> mine = near.computeIfAbsent(p.packageId(), k -> new LinkedHashMap<>());
                for (int i : nearBorder(pair, side, distance)) {
                    MapFeature f = feature(p, i, display, false);
                    if (f != null) {
                        mine.putIfAbsent(f.featureId(), f);
                    }
                }
            }
            SharedBorder border = pair.border().orElseThrow();
            bands.add(pair.toLonLat(border.lineFirst().buffer(distance)));
        }
        for (LoadedPlan p : byId.values()) {
            named(p, issues).forEach(f -> namedByKey.putIfAbsent(key(f), f));
        }
        List<MapFeature> features = new ArrayList<>();
        Map<String, Geometry> outlines = new LinkedHashMap<>();
        int total = 0;
        for (LoadedPlan p : byId.values()) {
            total += p.wholeSize();
            if (p.metricBoundary() != null) {
                outlines.put(p.packageId(), p.toLonLat(simplify(p.metricBoundary(), display)));
            }
            Set<String> drawn = new HashSet<>();
            for (MapFeature f : near.getOrDefault(p.packageId(), Map.of()).values()) {
                features.add(namedByKey.getOrDefault(key(f), f));
                drawn.add(f.featureId());
            }
            for (MapFeature f : namedByKey.values()) {
                if (f.packageId().equals(p.packageId()) && drawn.add(f.featureId())) {
                    features.add(f);
                }
            }
        }
        int namedCount = (int) features.stream().filter(MapFeature::named).count();
        int namingMany = (int) issues.stream().filter(i -> i.featureIds().size() > MAX_NAMED_PER_ISSUE).count();
        return new ReportMap(features, outlines, bands, total, namedCount, namingMany, MAX_NAMED_PER_ISSUE,
                pairs.isEmpty() ? 0 : band, display, namedTolerance());
    }

    /** A tenth of the snapping tolerance. */
    private double namedTolerance() {
        return context.tolerances().tolerance() / 10;
    }

    /**
     * The features of a side within {@code distance} metres of the other side; none when a geometry cannot be
     * transformed (the pair rules have then reported it).
     */
    private static List<Integer> nearBorder(PlanPair pair, Side side, double distance) {
        try {
            return pair.nearBorder(side, distance);
        } catch (PlanexException e) {
            return List.of();
        }
    }

    private static String key(MapFeature f) {
        return f.packageId() + '\u0000' + f.featureId();
    }

    private static Map<String, Integer> indexOf(LoadedPlan p) {
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < p.features().size(); i++) {
            ids.putIfAbsent(p.features().get(i).id(), i);
        }
        return ids;
    }

    /** {@value #EXTENT_FRACTION} of the diagonal of the largest plan area, in metres, rounded to centimetres. */
    private static double displayTolerance(Iterable<LoadedPlan> plans) {
        double diagonal = 0;
        for (LoadedPlan p : plans) {
            Envelope env = p.metricBoundary() == null ? new Envelope() : p.metricBoundary().getEnvelopeInternal();
            diagonal = Math.max(diagonal, Math.hypot(env.getWidth(), env.getHeight()));
        }
        return Math.round(diagonal * EXTENT_FRACTION * 100.0) / 100.0;
    }

    /** Feature {@code i} of {@code p} for the map, or {@code null} when it has no geometry to draw. */
    private MapFeature feature(LoadedPlan p, int i, double tolerance, boolean named) {
        Geometry metric = p.metric(i);
        Geometry lonLat = metric == null ? null : p.toLonLat(simplify(metric, tolerance));
        if (lonLat == null) {
            return null;
        }
        PlanFeature f = p.features().get(i);
        return new MapFeature(p.packageId(), f.id(), f.kind(), f.name(), category(p, i), code(f), lonLat, named);
    }

    private static Geometry simplify(Geometry metric, double tolerance) {
        return metric.getDimension() == 0 || tolerance <= 0 ? metric
                : TopologyPreservingSimplifier.simplify(metric, tolerance);
    }

    private String category(LoadedPlan p, int i) {
        PlanFeature f = p.features().get(i);
        if (f instanceof Zone) {
            List<HarmonisedCategory> categories = ZoneCategories.of(p, i, context);
            return categories.isEmpty() ? "unmapped" : categories.get(0).token();
        }
        if (f instanceof ControlArea c) {
            return c.controlKind().token();
        }
        if (f instanceof Corridor c) {
            return c.corridorType().token();
        }
        Facility facility = (Facility) f;
        String category = facility.nimbyCategory() != null ? facility.nimbyCategory() : facility.category();
        return category == null ? "facility" : category;
    }

    private static String code(PlanFeature f) {
        return f instanceof Zone z ? z.code() : null;
    }
}
