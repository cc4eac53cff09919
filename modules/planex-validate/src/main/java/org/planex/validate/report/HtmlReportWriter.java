package org.planex.validate.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.planex.rule.Issue;
import org.planex.validate.BorderSummary;
import org.planex.validate.PackageSummary;
import org.planex.validate.ReportMap;
import org.planex.validate.ValidationReport;

/**
 * The HTML report: one self-contained page that opens offline (no server, no network, nothing loaded from
 * outside the file) with the overall summary, an interactive map, a table per package, per rule and per border,
 * and the table of issues (with a kind column, so a gap sliver and an overlap sliver are told apart at a glance).
 *
 * <p>The map is drawn by Leaflet, inlined from its webjar ({@link ReportAssets}), in Leaflet's default spherical
 * Mercator from the longitude/latitude every report geometry is in (so the GeoJSON the other writers give serves
 * as is, and shapes are true at any zoom), without a tile layer. It draws what {@link ReportMap} carries: zones
 * coloured by harmonised category with a legend; control areas, corridors, facilities, the border bands, the
 * borders and the issue markers as layers to switch; beside it the issues, filtered by rule and severity; a click
 * on one zooms to it and highlights its features, a click on a marker gives its measures and what to do. The
 * page says how many features it left out. The data is an embedded JSON block ({@link ReportMapData}) that the
 * report's own script reads as text: no value from the data is ever parsed as HTML.
 *
 * @since 0.1
 */
public final class HtmlReportWriter implements ReportWriter {

    @Override
    public void write(ValidationReport report, Writer out) throws IOException {
        StringBuilder h = new StringBuilder(256 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>planex validation report</title>\n<style>").append(ReportAssets.LEAFLET_CSS)
                .append("</style>\n<style>").append(ReportAssets.REPORT_CSS).append("</style></head><body>\n");
        h.append("<h1>planex validation report</h1>\n<p>").append(esc(report.summaryLine())).append("</p>\n");
        h.append("<p>Tolerances: ").append(esc(String.format(Locale.ROOT, "tolerance %s m, min-area %s m2,"
                + " sliver-width %s m, border-width %s m, facing-distance %s m, corridor-tolerance %s m",
                TextReportWriter.n(report.tolerances().tolerance()), TextReportWriter.n(report.tolerances().minArea()),
                TextReportWriter.n(report.tolerances().sliverWidth()), TextReportWriter.n(report.tolerances().borderWidth()),
                TextReportWriter.n(report.tolerances().facingDistance()),
                TextReportWriter.n(report.tolerances().corridorTolerance())))).append("</p>\n");
        map(report, h);
        packages(report, h);
        rules(report, h);
        borders(report, h);
        issues(report, h);
        h.append("<script type=\"application/json\" id=\"planex-data\">").append(ReportMapData.json(report))
                .append("</script>\n<script>").append(ReportAssets.LEAFLET_JS).append("</script>\n<script>")
                .append(ReportAssets.REPORT_JS).append("</script>\n</body></html>\n");
        out.write(h.toString());
    }

    private static void packages(ValidationReport report, StringBuilder h) {
        h.append("<h2>Packages</h2>\n<table><tr><th>package</th><th>jurisdiction</th><th>CRS</th>")
                .append("<th>features</th><th>measured in</th></tr>\n");
        for (PackageSummary p : report.packages()) {
            h.append("<tr><td>")
                    .append(esc(p.packageId())).append("</td><td>").append(esc(p.jurisdiction())).append("</td><td>")
                    .append(esc(p.crs())).append("</td><td>").append(p.features()).append("</td><td>")
                    .append(esc(p.metricCrs())).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void rules(ValidationReport report, StringBuilder h) {
        Map<String, long[]> byRule = new TreeMap<>();
        for (Issue i : report.issues()) {
            byRule.computeIfAbsent(i.ruleId(), k -> new long[3])[i.severity().ordinal()]++;
        }
        h.append("<h2>Issues per rule</h2>\n<table><tr><th>rule</th><th>errors</th><th>warnings</th><th>infos</th></tr>\n");
        for (Map.Entry<String, long[]> e : byRule.entrySet()) {
            h.append("<tr><td>").append(esc(e.getKey())).append("</td><td>").append(e.getValue()[0]).append("</td><td>")
                    .append(e.getValue()[1]).append("</td><td>").append(e.getValue()[2]).append("</td></tr>\n");
        }
        if (byRule.isEmpty()) {
            h.append("<tr><td colspan=\"4\">no issues</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void borders(ValidationReport report, StringBuilder h) {
        h.append("<h2>Borders</h2>\n<table><tr><th>border</th><th>length</th><th>largest offset</th><th>issues</th>")
                .append("<th>measured in</th></tr>\n");
        for (BorderSummary b : report.borders()) {
            h.append("<tr><td>").append(esc(b.label())).append("</td><td>").append(TextReportWriter.n(b.lengthM()))
                    .append(" m</td><td>").append(TextReportWriter.n(b.offsetM())).append(" m</td><td>")
                    .append(b.issues().isEmpty() ? "none" : esc(new TreeMap<>(b.issues()).toString())).append("</td><td>")
                    .append(esc(b.metricCrs())).append("</td></tr>\n");
        }
        if (report.borders().isEmpty()) {
            h.append("<tr><td colspan=\"5\">no adjacent packages</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void issues(ValidationReport report, StringBuilder h) {
        h.append("<h2>Issues</h2>\n<table id=\"planex-issue-table\"><tr><th>#</th><th>severity</th><th>rule</th><th>packages</th>")
                .append("<th>features</th><th>kind</th><th>message</th><th>measures</th></tr>\n");
        int n = 0;
        for (Issue i : report.issues()) {
            n++;
            List<String> features = i.featureIds().size() > 10
                    ? new ArrayList<>(i.featureIds().subList(0, 10)) : new ArrayList<>(i.featureIds());
            if (i.featureIds().size() > 10) {
                features.add("+" + (i.featureIds().size() - 10));
            }
            h.append("<tr><td>").append(n).append("</td><td class=\"").append(i.severity().token()).append("\">")
                    .append(i.severity().token()).append("</td><td>").append(esc(i.ruleId())).append("</td><td>")
                    .append(esc(String.join(" | ", i.packageIds()))).append("</td><td>")
                    .append(esc(String.join(", ", features))).append("</td><td>").append(esc(i.kind()))
                    .append("</td><td>").append(esc(i.message())).append("</td><td>");
            for (Map.Entry<String, Double> e : i.measures().entrySet()) {
                h.append(esc(e.getKey())).append('=').append(TextReportWriter.n(e.getValue())).append("<br>");
            }
            h.append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void map(ValidationReport report, StringBuilder h) {
        ReportMap m = report.map();
        h.append("<h2>Map</h2>\n<div id=\"planex-view\"><div id=\"planex-map\"></div><aside id=\"planex-side\">")
                .append("<div class=\"filters\"><label>rule <select id=\"planex-rule\"><option value=\"\">all</option>")
                .append("</select></label> <label>severity <select id=\"planex-severity\"><option value=\"\">all")
                .append("</option></select></label></div><ol id=\"planex-issues\"></ol></aside></div>\n")
                .append("<noscript><p>The map and the issue list beside it need JavaScript; the tables below list")
                .append(" everything.</p></noscript>\n<p class=\"note\">");
        if (m.featuresTotal() > 0) {
            h.append(esc(String.format(Locale.ROOT, "The map shows %d of the %d features of the packages: those within"
                    + " %s m of a border (the border band) and the %d that issues name; %d features are left out."
                    + " Shapes are simplified for display to %s m (%s m for the features issues name); issue"
                    + " markers are exact.", m.features().size(), m.featuresTotal(),
                    TextReportWriter.n(m.bandWidthM()), m.featuresNamed(), m.featuresLeftOut(),
                    TextReportWriter.n(m.simplifiedM()), TextReportWriter.n(m.simplifiedNamedM()))));
            if (m.issuesNamingMany() > 0) {
                h.append(esc(String.format(Locale.ROOT, " %d issues name more than %d features each; of theirs, only"
                        + " those near a border are drawn.", m.issuesNamingMany(), m.maxNamedPerIssue())));
            }
        } else {
            h.append("The map shows the plan areas, the borders and the issue markers; no features were prepared for it.");
        }
        h.append(" Click an issue in the list to zoom to it and highlight its features; click a marker for its")
                .append(" measures and what to do. Drawn offline with Leaflet ").append(ReportAssets.LEAFLET_VERSION)
                .append(" (BSD-2-Clause, bundled).</p>\n");
    }

    private static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
