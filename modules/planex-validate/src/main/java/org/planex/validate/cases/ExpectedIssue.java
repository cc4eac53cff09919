package org.planex.validate.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.planex.rule.Issue;
import org.planex.rule.Severity;

/**
 * One issue a case expects. Only what is given is compared: the id always; the severity, kind, package ids
 * and feature ids (in order), measures (each within its tolerance; no others when {@code onlyMeasures}), a text
 * the message contains and a longitude/latitude box the marker lies in, when present.
 *
 * @param issue the issue id
 * @param severity the severity, or {@code null} for any
 * @param kind the kind, or {@code null} for any
 * @param packages the package ids, or {@code null} for any
 * @param features the feature ids, or {@code null} for any
 * @param measures the expected measures by key (may be empty)
 * @param onlyMeasures whether the issue must have no other measure
 * @param message a text the message contains, or {@code null}
 * @param marker a box the marker's envelope lies in, or {@code null}
 * @since 0.1
 */
public record ExpectedIssue(String issue, Severity severity, String kind, List<String> packages,
        List<String> features, Map<String, ExpectedMeasure> measures, boolean onlyMeasures, String message,
        Envelope marker) {

    /** Freezes the collections. */
    public ExpectedIssue {
        packages = packages == null ? null : List.copyOf(packages);
        features = features == null ? null : List.copyOf(features);
        measures = Map.copyOf(measures);
    }

    /**
     * How an actual issue differs from this expectation.
     *
     * @return one line per difference; empty when it matches
     */
    public List<String> differences(Issue actual) {
        List<String> out = new ArrayList<>();
        if (!issue.equals(actual.ruleId())) {
            out.add("the id is " + actual.ruleId() + ", expected " + issue);
            return out;
        }
        if (severity != null && severity != actual.severity()) {
            out.add("the severity is " + lower(actual.severity()) + ", expected " + lower(severity));
        }
        if (kind != null && !kind.equals(actual.kind())) {
            out.add("the kind is " + actual.kind() + ", expected " + kind);
        }
        if (packages != null && !packages.equals(actual.packageIds())) {
            out.add("the packages are " + actual.packageIds() + ", expected " + packages);
        }
        if (features != null && !features.equals(actual.featureIds())) {
            out.add("the features are " + actual.featureIds() + ", expected " + features);
        }
        measures.forEach((key, want) -> {
            Double got = actual.measures().get(key);
            if (got == null) {
                out.add("the measure " + key + " is missing, expected " + want);
            } else if (!want.accepts(got)) {
                out.add("the measure " + key + " is " + CaseText.number(got) + ", expected " + want);
            }
        });
        if (onlyMeasures && !measures.keySet().containsAll(actual.measures().keySet())) {
            out.add("the measures are " + actual.measures().keySet() + ", expected only " + measures.keySet());
        }
        if (message != null && !actual.message().contains(message)) {
            out.add("the message does not contain \"" + message + "\"");
        }
        if (marker != null && (actual.marker() == null || !marker.contains(actual.marker().getEnvelopeInternal()))) {
            out.add("the marker " + (actual.marker() == null ? "is missing" : "lies at "
                    + actual.marker().getEnvelopeInternal()) + ", expected within " + marker);
        }
        return out;
    }

    /** The expectation on one line. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(issue);
        if (severity != null) {
            sb.append(' ').append(lower(severity));
        }
        if (kind != null) {
            sb.append(" kind ").append(kind);
        }
        if (packages != null) {
            sb.append(" packages ").append(packages);
        }
        if (features != null) {
            sb.append(" features ").append(features);
        }
        measures.forEach((k, m) -> sb.append(' ').append(k).append('=').append(m));
        if (onlyMeasures) {
            sb.append(" and no other measure");
        }
        if (message != null) {
            sb.append(" message containing \"").append(message).append('"');
        }
        if (marker != null) {
            sb.append(" marker within ").append(marker);
        }
        return sb.toString();
    }

    private static String lower(Severity s) {
        return s.name().toLowerCase(Locale.ROOT);
    }
}
