package org.planex.spark.job;

import java.util.ArrayList;
import java.util.List;
import org.planex.rule.Issue;
import org.planex.validate.BorderSummary;
import org.planex.validate.PackageSummary;
import org.planex.validate.ValidationReport;
import org.planex.validate.Validator;

/**
 * Merges what the stages found into one report of planex's report schema, in the order {@code planex validate}
 * reports on one machine: each input's issues in input order, then each pair's in pair order, then the region
 * rules' in pair order.
 *
 * <p><b>Thread safety:</b> stateless.
 *
 * @since 0.1
 */
public final class ReportMerge {

    private ReportMerge() {
    }

    /**
     * The report of a run.
     *
     * @param outcome what the run found
     * @param validator the validator of the run's settings (for the rules that ran and the tolerances)
     */
    public static ValidationReport report(BorderJob.Outcome outcome, Validator validator) {
        List<PackageSummary> packages = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        for (PlanRecord r : outcome.plans()) {
            packages.add(r.summary());
            issues.addAll(r.issues());
        }
        List<BorderSummary> borders = new ArrayList<>();
        for (PairOutcome p : outcome.pairs()) {
            issues.addAll(p.check().pairIssues());
            borders.add(p.check().border());
        }
        for (PairOutcome p : outcome.pairs()) {
            issues.addAll(p.check().regionIssues());
        }
        return validator.assemble(packages, borders, issues);
    }
}
