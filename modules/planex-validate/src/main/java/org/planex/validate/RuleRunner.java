package org.planex.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.planex.model.Facility;
import org.planex.model.FeatureKind;
import org.planex.model.PlanFeature;
import org.planex.rule.Issue;
import org.planex.rule.IssueSink;
import org.planex.rule.PackageView;
import org.planex.rule.Rule;
import org.planex.rule.RuleDescriptor;
import org.planex.rule.RuleScope;
import org.planex.rule.Severity;
import org.planex.spi.PlanexException;
import org.planex.validate.engine.LoadedPlan;
import org.planex.validate.engine.PlanPair;
import org.planex.validate.engine.Region;
import org.planex.validate.engine.ValidationContext;

/**
 * The rule-running part of the engine: runs the selected rules of each scope (package; feature and plan over
 * each loaded plan; pair over each adjacent pair; region over all), keeps the issues the selection selects and
 * applies the severity profile. A rule that fails becomes an error issue under its id; the others still run.
 *
 * <p><b>Thread safety:</b> immutable; thread-safe when the rules and the context are.
 *
 * @since 0.1
 */
final class RuleRunner {

    /** Metres per degree of latitude (and of longitude at the equator), on the mean Earth radius. */
    private static final double METRES_PER_DEGREE = 111_195;

    private final List<Rule> active;
    private final ValidationContext context;
    private final RuleSelection selection;
    private final SeverityProfile profile;
    private final OrderedTasks tasks;

    /** The issues of the plan, pair and region rules over some plans. */
    record Results(List<Issue> issues, List<PairResult> pairs) {
        Results {
            issues = List.copyOf(issues);
            pairs = List.copyOf(pairs);
        }
    }

    /** An adjacent pair and the issues its pair rules found. */
    record PairResult(PlanPair pair, List<Issue> issues) {
        PairResult {
            issues = List.copyOf(issues);
        }
    }

    RuleRunner(RuleCatalog catalog, ValidationContext context, RuleSelection selection, SeverityProfile profile,
            OrderedTasks tasks) {
        this.active = catalog.rules().stream().filter(r -> selection.runs(r.descriptor())).toList();
        this.context = context;
        this.selection = selection;
        this.profile = profile;
        this.tasks = tasks;
    }

    /** The ids of the rules that run, in catalog order. */
    List<String> ran() {
        return active.stream().map(r -> r.descriptor().id()).toList();
    }

    /** Whether the rule of that id runs. */
    boolean runs(String ruleId) {
        return active.stream().anyMatch(r -> r.descriptor().id().equals(ruleId));
    }

    /** Whether issues of that id are reported. */
    boolean selects(String issueId) {
        return selection.selects(issueId);
    }

    /** The issue with the severity the profile gives its id. */
    Issue apply(Issue issue) {
        return profile.severity(issue.ruleId()).map(issue::withSeverity).orElse(issue);
    }

    /** The issues of the package rules. */
    List<Issue> checkPackage(PackageView pkg) {
        List<Issue> issues = new ArrayList<>();
        for (Rule r : scoped(RuleScope.PACKAGE)) {
            run(r.descriptor(), issues, sink -> r.checkPackage(pkg, context, sink));
        }
        return issues;
    }

    /**
     * The issues of the feature and plan rules over each plan, then of the pair and region rules. The feature rules
     * of a plan, each plan rule of a plan and the pair rules of each pair are tasks run in parallel; their issues
     * are assembled in the order a single thread would find them.
     */
    Results check(List<LoadedPlan> plans) {
        List<Supplier<List<Issue>>> planTasks = new ArrayList<>();
        for (LoadedPlan plan : plans) {
            planTasks.addAll(planTasks(plan));
        }
        List<Issue> issues = new ArrayList<>();
        tasks.run(planTasks).forEach(issues::addAll);
        Results pairs = checkPairs(plans, ValidationListener.NONE);
        issues.addAll(pairs.issues());
        return new Results(issues, pairs.pairs());
    }

    /** The issues of the feature and plan rules over one plan, in the order {@link #check} gives them. */
    List<Issue> checkPlan(LoadedPlan plan) {
        List<Issue> issues = new ArrayList<>();
        tasks.run(planTasks(plan)).forEach(issues::addAll);
        return issues;
    }

    /**
     * The largest distance, in metres, at which the pair rules that run look at a side's zones
     * ({@link Rule#pairReach}); infinite when one of them does not say, 0 when none runs.
     */
    double pairReach() {
        double reach = 0;
        for (Rule r : scoped(RuleScope.PAIR)) {
            reach = Math.max(reach, r.pairReach(context));
        }
        return reach;
    }

    /**
     * The issues of the pair rules over each adjacent pair, then of the region rules. Plans whose lon/lat extents
     * do not come within twice the border width of each other are not paired (they cannot share a border).
     * The listener hears how many pairs are tried, then each as it is done.
     */
    Results checkPairs(List<LoadedPlan> plans, ValidationListener listener) {
        List<Envelope> extents = plans.stream().map(this::lonLatExtent).toList();
        List<Supplier<PairResult>> pairTasks = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            for (int j = i + 1; j < plans.size(); j++) {
                if (extents.get(i) != null && extents.get(j) != null && !extents.get(i).intersects(extents.get(j))) {
                    continue;
                }
                LoadedPlan a = plans.get(i);
                LoadedPlan b = plans.get(j);
                pairTasks.add(() -> {
                    PairResult result = checkPair(a, b);
                    listener.pairChecked(a.packageId() + " | " + b.packageId(), result != null,
                            result == null ? 0 : result.issues().size());
                    return result;
                });
            }
        }
        listener.pairsStarting(pairTasks.size());
        List<Issue> issues = new ArrayList<>();
        List<PairResult> pairs = new ArrayList<>();
        for (PairResult result : tasks.run(pairTasks)) {
            if (result != null) {
                issues.addAll(result.issues());
                pairs.add(result);
            }
        }
        Region region = new Region(plans, pairs.stream().map(PairResult::pair).toList());
        for (Rule r : scoped(RuleScope.REGION)) {
            run(r.descriptor(), issues, sink -> r.checkRegion(region, context, sink));
        }
        return new Results(issues, pairs);
    }

    /**
     * The pair rules over one pair, then the region rules over a region of that pair alone; {@code null} when the
     * two plans are not adjacent. For an engine that distributes the pairs: a region rule sees one pair at a time.
     */
    PairAndRegion checkPairAlone(LoadedPlan a, LoadedPlan b) {
        PairResult result = checkPair(a, b);
        if (result == null) {
            return null;
        }
        List<Issue> regionIssues = new ArrayList<>();
        Region region = new Region(List.of(result.pair().plan(PlanPair.Side.FIRST),
                result.pair().plan(PlanPair.Side.SECOND)), List.of(result.pair()));
        for (Rule r : scoped(RuleScope.REGION)) {
            run(r.descriptor(), regionIssues, sink -> r.checkRegion(region, context, sink));
        }
        return new PairAndRegion(result, regionIssues);
    }

    /** A pair's result and the issues of the region rules over that pair alone. */
    record PairAndRegion(PairResult pair, List<Issue> regionIssues) {
        PairAndRegion {
            regionIssues = List.copyOf(regionIssues);
        }
    }

    private List<Supplier<List<Issue>>> planTasks(LoadedPlan plan) {
        List<Supplier<List<Issue>>> planTasks = new ArrayList<>();
        planTasks.add(() -> checkFeatures(plan));
        for (Rule r : scoped(RuleScope.PLAN)) {
            planTasks.add(() -> issuesOf(r.descriptor(), sink -> r.checkPlan(plan, context, sink)));
        }
        return planTasks;
    }

    /**
     * The lon/lat envelope of a plan's area grown by twice the border width, or {@code null} when it has none (the
     * pair is then tried).
     */
    Envelope lonLatExtent(LoadedPlan plan) {
        if (!plan.hasMetricView() || plan.metricBoundary() == null) {
            return null;
        }
        Geometry area = plan.toLonLat(plan.metricBoundary());
        if (area == null || area.isEmpty()) {
            return null;
        }
        Envelope e = new Envelope(area.getEnvelopeInternal());
        double latitude = Math.min(85, Math.max(Math.abs(e.getMinY()), Math.abs(e.getMaxY())));
        double metres = 2 * context.tolerances().borderWidth();
        e.expandBy(metres / (METRES_PER_DEGREE * Math.cos(Math.toRadians(latitude))), metres / METRES_PER_DEGREE);
        return e;
    }

    /** The largest impact radius of a plan's facilities, 0 when none has one. */
    static double largestImpactRadius(LoadedPlan plan) {
        double radius = 0;
        for (int i : plan.indicesOf(FeatureKind.FACILITY)) {
            if (plan.features().get(i) instanceof Facility f && f.impactRadius() != null) {
                radius = Math.max(radius, f.impactRadius());
            }
        }
        return radius;
    }

    /** The pair and the issues of its pair rules, or {@code null} when the two plans are not adjacent. */
    private PairResult checkPair(LoadedPlan a, LoadedPlan b) {
        PlanPair pair = pair(a, b);
        if (pair == null || !pair.adjacent()) {
            return null;
        }
        List<Issue> pairIssues = new ArrayList<>();
        for (Rule r : scoped(RuleScope.PAIR)) {
            run(r.descriptor(), pairIssues, sink -> r.checkPair(pair, context, sink));
        }
        return new PairResult(pair, pairIssues);
    }

    private List<Issue> checkFeatures(LoadedPlan plan) {
        List<Issue> issues = new ArrayList<>();
        List<PlanFeature> features = plan.features();
        for (Rule r : scoped(RuleScope.FEATURE)) {
            run(r.descriptor(), issues, sink -> {
                for (int i = 0; i < features.size(); i++) {
                    r.checkFeature(plan, i, features.get(i), context, sink);
                }
            });
        }
        return issues;
    }

    private List<Issue> issuesOf(RuleDescriptor rule, RuleCall call) {
        List<Issue> issues = new ArrayList<>();
        run(rule, issues, call);
        return issues;
    }

    private List<Rule> scoped(RuleScope scope) {
        return active.stream().filter(r -> r.descriptor().scope() == scope).toList();
    }

    private PlanPair pair(LoadedPlan a, LoadedPlan b) {
        if (!a.hasMetricView() || !b.hasMetricView() || a.header().boundary() == null
                || b.header().boundary() == null) {
            return null;
        }
        try {
            double reach = Math.max(pairReach(), Math.max(largestImpactRadius(a), largestImpactRadius(b)));
            return PlanPair.of(a, b, context.crs(), context.tolerances(), reach);
        } catch (PlanexException e) {
            return null;
        }
    }

    private interface RuleCall {
        void run(IssueSink sink) throws PlanexException;
    }

    private void run(RuleDescriptor rule, List<Issue> into, RuleCall call) {
        Map<String, Boolean> selected = new HashMap<>();
        IssueSink sink = issue -> {
            if (selected.computeIfAbsent(issue.ruleId(), selection::selects)) {
                into.add(apply(issue));
            }
        };
        try {
            call.run(sink);
        } catch (PlanexException e) {
            into.add(apply(Issue.builder(rule.id(), Severity.ERROR).message("could not be checked: " + e.getReason())
                    .at(e.getLocation()).build()));
        } catch (RuntimeException e) {
            into.add(apply(Issue.builder(rule.id(), Severity.ERROR).message("could not be checked: "
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + " (the input is probably too broken for"
                    + " this rule; fix the issues reported before it, or report a bug with the package)").build()));
        }
    }
}
