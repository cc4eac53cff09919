package org.planex.validate.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.planex.rule.Issue;
import org.planex.rule.Tolerances;
import org.planex.validate.BorderSummary;
import org.planex.validate.ValidationReport;

/**
 * The text report, compiler style, one line per issue:
 * <pre>
 * LOCATION: SEVERITY RULE [PACKAGES] {FEATURES} MESSAGE (kind=KIND, MEASURES)
 * </pre>
 * (the kind where the issue has one, e.g. {@code kind=gap, area_m2=15000, width_m=30, length_m=500}), then one
 * line per border and a summary line.
 *
 * @since 0.1
 */
public final class TextReportWriter implements ReportWriter {

    @Override
    public void write(ValidationReport report, Writer out) throws IOException {
        Tolerances t = report.tolerances();
        out.write(String.format(Locale.ROOT, "tolerances: tolerance %s m, min-area %s m2, sliver-width %s m,"
                + " border-width %s m, facing-distance %s m, corridor-tolerance %s m%n", n(t.tolerance()),
                n(t.minArea()), n(t.sliverWidth()), n(t.borderWidth()), n(t.facingDistance()),
                n(t.corridorTolerance())));
        for (Issue i : report.issues()) {
            out.write(line(i));
            out.write(System.lineSeparator());
        }
        for (BorderSummary b : report.borders()) {
            out.write("border " + b.label() + ": length " + n(b.lengthM()) + " m, largest offset " + n(b.offsetM())
                    + " m, " + (b.issues().isEmpty() ? "no issues" : b.issues().values().stream()
                            .mapToInt(Integer::intValue).sum() + " issues " + new TreeMap<>(b.issues()))
                    + "; " + b.metricCrs() + System.lineSeparator());
        }
        out.write(report.summaryLine() + System.lineSeparator());
    }

    /** The line of one issue, without line separator. */
    public static String line(Issue i) {
        StringBuilder sb = new StringBuilder();
        String where = i.location().toString();
        if (!where.isEmpty()) {
            sb.append(where).append(": ");
        }
        sb.append(i.severity().token()).append(' ').append(i.ruleId());
        if (!i.packageIds().isEmpty()) {
            sb.append(" [").append(String.join(" | ", i.packageIds())).append(']');
        }
        if (!i.featureIds().isEmpty()) {
            int shown = Math.min(5, i.featureIds().size());
            sb.append(" {").append(String.join(",", i.featureIds().subList(0, shown)))
                    .append(i.featureIds().size() > shown ? ",+" + (i.featureIds().size() - shown) : "").append('}');
        }
        sb.append(' ').append(i.message());
        if (!i.measures().isEmpty() || i.kind() != null) {
            StringJoiner j = new StringJoiner(", ", " (", ")");
            if (i.kind() != null) {
                j.add("kind=" + i.kind());
            }
            for (Map.Entry<String, Double> e : i.measures().entrySet()) {
                j.add(e.getKey() + "=" + n(e.getValue()));
            }
            sb.append(j);
        }
        return sb.toString();
    }

    static String n(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
