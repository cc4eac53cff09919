package org.planex.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * sides that come within the border width of the other side's plan area ({@link PlanPair#nearBorder}), plus
 * the features an issue names, so a large plan's report carries its borders and its issues, not the whole plan.
 * An issue that names more than {@value #MAX_NAMED_PER_ISSUE} features (a code used by 5,000 zones) adds none:
 * of its features, only those near a border are drawn, and the report says how many such issues there are.
 *
 * <p>Geometries are simplified in their metric CRS with JTS {@link TopologyPreservingSimplifier} before they
 * are taken to longitude/latitude: to {@value #EXTENT_FRACTION} of the diagonal of the largest plan area (a tenth
 * of a pixel on a 4,000-pixel-wide view of that plan: 1 m for a plan 40 km across), and to at most a tenth of
 * the run's snapping tolerance for the features an issue names, so that zooming on a 1.5 m sliver still shows
 * them true to the decimetre. Each feature is simplified on its own: at the zoom of a sliver, neighbours no issue
 * names may show hairline gaps between them that the data does not have (the issue markers are exact).
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
     * The map of a run.
     *
     * @param plans the loaded plans, in input order
     * @param pairs the adjacent pairs, in report order
     * @param issues every issue of the run
     */
    ReportMap build(List<LoadedPlan> plans, List<RuleRunner.PairResult> pairs, List<Issue> issues) {
        Map<String, LoadedPlan> byId = new LinkedHashMap<>();
        for (LoadedPlan p : plans) {
            if (p.hasMetricView()) {
                byId.putIfAbsent(p.packageId(), p);
            }
        }
        double band = context.tolerances().borderWidth();
        Map<String, TreeSet<Integer>> near = new HashMap<>();
        List<Geometry> bands = new ArrayList<>();
        for (RuleRunner.PairResult result : pairs) {
            PlanPair pair = result.pair();
            for (Side side : Side.values()) {
                near.computeIfAbsent(pair.plan(side).packageId(), k -> new TreeSet<>())
                        .addAll(nearBorder(pair, side, band));
            }
            SharedBorder border = pair.border().orElseThrow();
            bands.add(pair.toLonLat(border.lineFirst().buffer(band)));
        }
        Map<String, TreeSet<Integer>> named = named(byId, issues);
        double display = displayTolerance(byId.values());
        double namedTolerance = Math.min(display, context.tolerances().tolerance() / 10);
        List<MapFeature> features = new ArrayList<>();
        Map<String, Geometry> outlines = new LinkedHashMap<>();
        int total = 0;
        int namedCount = 0;
        for (LoadedPlan p : byId.values()) {
            total += p.features().size();
            if (p.metricBoundary() != null) {
                outlines.put(p.packageId(), p.toLonLat(simplify(p.metricBoundary(), display)));
            }
            TreeSet<Integer> drawn = new TreeSet<>(near.getOrDefault(p.packageId(), new TreeSet<>()));
            TreeSet<Integer> mine = named.getOrDefault(p.packageId(), new TreeSet<>());
            drawn.addAll(mine);
            for (int i : drawn) {
                Geometry metric = p.metric(i);
                if (metric == null) {
                    continue;
                }
                boolean isNamed = mine.contains(i);
                Geometry lonLat = p.toLonLat(simplify(metric, isNamed ? namedTolerance : display));
                if (lonLat == null) {
                    continue;
                }
                PlanFeature f = p.features().get(i);
                features.add(new MapFeature(p.packageId(), f.id(), f.kind(), f.name(), category(p, i), code(f),
                        lonLat, isNamed));
                namedCount += isNamed ? 1 : 0;
            }
        }
        int namingMany = (int) issues.stream().filter(i -> i.featureIds().size() > MAX_NAMED_PER_ISSUE).count();
        return new ReportMap(features, outlines, bands, total, namedCount, namingMany, MAX_NAMED_PER_ISSUE, band,
                display, namedTolerance);
    }

    /**
     * The features of a side within {@code band} metres of the other side; none when a geometry cannot be
     * transformed (the pair rules have then reported it).
     */
    private static List<Integer> nearBorder(PlanPair pair, Side side, double band) {
        try {
            return pair.nearBorder(side, band);
        } catch (PlanexException e) {
            return List.of();
        }
    }

    /** The indices of the features each issue that names few names, by package id. */
    private static Map<String, TreeSet<Integer>> named(Map<String, LoadedPlan> plans, List<Issue> issues) {
        Map<String, Map<String, Integer>> indexById = new HashMap<>();
        Map<String, TreeSet<Integer>> out = new HashMap<>();
        for (Issue issue : issues) {
            for (String packageId : issue.packageIds()) {
                LoadedPlan p = plans.get(packageId);
                if (p == null || issue.featureIds().isEmpty() || issue.featureIds().size() > MAX_NAMED_PER_ISSUE) {
                    continue;
                }
                Map<String, Integer> ids = indexById.computeIfAbsent(packageId, k -> indexOf(p));
                for (String featureId : issue.featureIds()) {
                    Integer i = ids.get(featureId);
                    if (i != null) {
                        out.computeIfAbsent(packageId, k -> new TreeSet<>()).add(i);
                    }
                }
            }
        }
        return out;
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
