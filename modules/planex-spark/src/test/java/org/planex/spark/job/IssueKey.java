package org.planex.spark.job;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.planex.rule.Issue;

/**
 * What two engines must agree on for an issue: its id, severity, kind, packages and features exactly, and its
 * measures within a relative tolerance.
 */
record IssueKey(String rule, String severity, String kind, List<String> packages, List<String> features,
        Map<String, Double> measures) {

    static IssueKey of(Issue i) {
        return new IssueKey(i.ruleId(), i.severity().token(), i.kind(), i.packageIds(), i.featureIds(),
                i.measures());
    }

    /** The keys of some issues, sorted by everything but the measures, then by area. */
    static List<IssueKey> of(List<Issue> issues) {
        List<IssueKey> keys = new ArrayList<>(issues.stream().map(IssueKey::of).toList());
        keys.sort(Comparator.comparing(IssueKey::identity).thenComparingDouble(k -> k.measures()
                .getOrDefault(Issue.AREA_M2, 0.0)).thenComparingDouble(k -> k.measures()
                .getOrDefault(Issue.DISTANCE_M, 0.0)));
        return keys;
    }

    String identity() {
        return rule + "|" + severity + "|" + kind + "|" + packages + "|" + features;
    }

    /** Whether the other has the same identity and every measure within {@code relative} of this one's. */
    boolean matches(IssueKey other, double relative) {
        if (!identity().equals(other.identity()) || !measures.keySet().equals(other.measures.keySet())) {
            return false;
        }
        for (Map.Entry<String, Double> e : measures.entrySet()) {
            double a = e.getValue();
            double b = other.measures.get(e.getKey());
            if (Math.abs(a - b) > relative * Math.max(Math.abs(a), Math.abs(b)) + 1e-9) {
                return false;
            }
        }
        return true;
    }
}
