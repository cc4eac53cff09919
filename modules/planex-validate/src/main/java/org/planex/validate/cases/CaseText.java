package org.planex.validate.cases;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.planex.rule.Issue;

/** How the case runner writes figures and issues in its messages. */
final class CaseText {

    private CaseText() {
    }

    /** A figure without needless decimals: {@code 8000}, {@code 1.5}, {@code 7999.613}. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.valueOf((long) v);
        }
        return String.valueOf(Math.round(v * 1000.0) / 1000.0);
    }

    /** An actual issue on one line: id, severity, kind, packages, features, measures and message. */
    static String issue(Issue i) {
        StringBuilder sb = new StringBuilder(i.ruleId()).append(' ').append(i.severity().name().toLowerCase(
                java.util.Locale.ROOT));
        if (i.kind() != null) {
            sb.append(" kind ").append(i.kind());
        }
        sb.append(" packages ").append(i.packageIds());
        if (!i.featureIds().isEmpty()) {
            sb.append(" features ").append(i.featureIds());
        }
        if (!i.measures().isEmpty()) {
            sb.append(' ').append(measures(i.measures()));
        }
        return sb.append(" \"").append(i.message()).append('"').toString();
    }

    /** Measures as {@code area_m2=8000 width_m=20}. */
    static String measures(Map<String, Double> measures) {
        return measures.entrySet().stream().map(e -> e.getKey() + "=" + number(e.getValue()))
                .collect(Collectors.joining(" "));
    }

    /** Lines indented under a heading. */
    static String indent(List<String> lines) {
        return lines.stream().map(l -> "  " + l.replace("\n", "\n  ")).collect(Collectors.joining("\n"));
    }
}
