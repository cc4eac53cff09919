package org.planex.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.planex.model.PlanHeader;
import org.planex.rule.Issue;
import org.planex.rule.SharedBorder;
import org.planex.rule.Tolerances;
import org.planex.validate.engine.LoadedPlan;
import org.planex.validate.engine.PlanPair;
import org.planex.validate.engine.ValidationContext;

/**
 * The report-assembling part of the engine: a summary per input, one per adjacent border, and the report that
 * puts them together with the issues, in the order they were found (loading, then the rules), and with what the
 * map draws ({@link ReportMapBuilder}) when the report is to have a map.
 *
 * <p><b>Thread safety:</b> immutable and thread-safe.
 *
 * @since 0.1
 */
final class ReportAssembler {

    private final Tolerances tolerances;
    private final ReportMapBuilder maps;
    private final boolean map;

    /** An assembler of reports with a map ({@code map}) or with {@link ReportMap#EMPTY}. */
    ReportAssembler(ValidationContext context, boolean map) {
        this.tolerances = context.tolerances();
        this.maps = new ReportMapBuilder(context);
        this.map = map;
    }

    /** The summary of a loaded plan. */
    PackageSummary summary(LoadedPlan plan) {
        PlanHeader h = plan.header();
        Geometry boundary = plan.hasMetricView() ? plan.toLonLat(plan.metricBoundary()) : null;
        return new PackageSummary(h.packageId(), plan.source().toString(),
                h.jurisdiction().code() + " " + h.jurisdiction().name(), h.crs().toString(),
                plan.hasMetricView() ? plan.measurer().choice().describe() : "", plan.features().size(), true, boundary);
    }

    /** The summary of an input that could not be loaded. */
    PackageSummary unloaded(Path input) {
        return new PackageSummary(String.valueOf(input.getFileName()), input.toString(), "", "", "", 0, false, null);
    }

    /** The summary of an adjacent pair's border, with the count of its issues per rule. */
    BorderSummary border(RuleRunner.PairResult result) {
        PlanPair pair = result.pair();
        SharedBorder border = pair.border().orElseThrow();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Issue i : result.issues()) {
            counts.merge(i.ruleId(), 1, Integer::sum);
        }
        return new BorderSummary(pair.plan(PlanPair.Side.FIRST).packageId(), pair.plan(PlanPair.Side.SECOND).packageId(),
                pair.choice().describe(), round(border.length()), round(border.maxOffset(null).distance()),
                pair.toLonLat(border.lineFirst()), counts);
    }

    /**
     * The report.
     *
     * @param ran the ids of the rules that ran
     * @param packages a summary per input, in input order
     * @param loadIssues the issues found while loading
     * @param plans the plans the pairs were checked over (border slices or whole plans)
     * @param named the features of each whole plan that its own issues name ({@link #named})
     * @param results what the rules found over the loaded plans
     */
    ValidationReport report(List<String> ran, List<PackageSummary> packages, List<Issue> loadIssues,
            List<LoadedPlan> plans, List<MapFeature> named, RuleRunner.Results results) {
        List<Issue> issues = new ArrayList<>(loadIssues);
        issues.addAll(results.issues());
        List<BorderSummary> borders = results.pairs().stream().map(this::border).toList();
        return new ValidationReport(ValidationReport.SCHEMA_VERSION, tolerances, ran, packages, borders, issues,
                map ? maps.build(plans, results.pairs(), issues, named) : ReportMap.EMPTY);
    }

    /**
     * The features of a plan that issues name, for the report map: taken while the whole plan is in memory,
     * before it is reduced to its border slice. None when the report has no map.
     */
    List<MapFeature> named(LoadedPlan plan, List<Issue> issues) {
        return map ? maps.named(plan, issues) : List.of();
    }

    private static double round(double v) {
        return Math.round(v * 100.0) / 100.0;
    }
}
