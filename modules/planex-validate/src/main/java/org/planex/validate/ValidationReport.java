package org.planex.validate;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.planex.rule.Issue;
import org.planex.rule.Severity;
import org.planex.rule.Tolerances;

/**
 * The outcome of a run: the tolerances used, the packages, the borders found and the issues, in a stable order
 * (packages in the order given, then pairs; within each, rules by scope and id).
 *
 * @param schemaVersion the version of the JSON report schema ({@link #SCHEMA_VERSION})
 * @param tolerances the tolerance model of the run
 * @param rules the rule ids that ran
 * @param packages the packages
 * @param borders the adjacent pairs
 * @param issues the issues
 * @param map what the HTML report's map draws besides the issues ({@link ReportMap#EMPTY} when nothing)
 * @since 0.1
 */
public record ValidationReport(String schemaVersion, Tolerances tolerances, List<String> rules,
        List<PackageSummary> packages, List<BorderSummary> borders, List<Issue> issues, ReportMap map) {

    /**
     * The version of the report schema documented in {@code docs/validation.md}: {@code MAJOR.MINOR}, the minor
     * raised when members are added (1.1: issue {@code kind}, location {@code record} and {@code feature}).
     */
    public static final String SCHEMA_VERSION = "1.1";

    /** Copies the lists. */
    public ValidationReport {
        rules = List.copyOf(rules);
        packages = List.copyOf(packages);
        borders = List.copyOf(borders);
        issues = List.copyOf(issues);
        map = map == null ? ReportMap.EMPTY : map;
    }

    /** A report without map features. */
    public ValidationReport(String schemaVersion, Tolerances tolerances, List<String> rules,
            List<PackageSummary> packages, List<BorderSummary> borders, List<Issue> issues) {
        this(schemaVersion, tolerances, rules, packages, borders, issues, ReportMap.EMPTY);
    }

    /** The number of issues of a severity. */
    public long count(Severity severity) {
        return issues.stream().filter(i -> i.severity() == severity).count();
    }

    /** Whether any issue is an error. */
    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    /** The number of issues per issue id, sorted by id. */
    public Map<String, Long> countByRule() {
        Map<String, Long> out = new TreeMap<>();
        for (Issue i : issues) {
            out.merge(i.ruleId(), 1L, Long::sum);
        }
        return out;
    }

    /** {@code N packages, B borders, E errors, W warnings, I infos}. */
    public String summaryLine() {
        return packages.size() + " package" + (packages.size() == 1 ? "" : "s") + ", " + borders.size() + " border"
                + (borders.size() == 1 ? "" : "s") + ", " + count(Severity.ERROR) + " errors, "
                + count(Severity.WARNING) + " warnings, " + count(Severity.INFO) + " infos";
    }
}
