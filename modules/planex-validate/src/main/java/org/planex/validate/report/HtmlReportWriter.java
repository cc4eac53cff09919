package org.planex.validate.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.planex.rule.Issue;
import org.planex.rule.Severity;
import org.planex.validate.BorderSummary;
import org.planex.validate.PackageSummary;
import org.planex.validate.ValidationReport;

/**
 * The HTML report: one self-contained page (inline CSS and SVG, no script, no external resource) with the
 * overall summary, a table per rule and per border, an SVG map of the jurisdictions, their borders and every
 * issue (numbered, with a tooltip giving its kind and measures), and the list of issues (with a kind column, so
 * a gap sliver and an overlap sliver are told apart at a glance). Readable from disk without a server.
 *
 * <p>The map is an equirectangular projection of longitude/latitude scaled by the cosine of the mean latitude,
 * so shapes are true at the scale of a city cluster.
 *
 * @since 0.1
 */
public final class HtmlReportWriter implements ReportWriter {

    private static final int WIDTH = 960;
    private static final String[] FILLS = {"#dbe9f6", "#e3f1da", "#f8e8cf", "#eadcf1", "#f3dde0", "#dff2ef"};

    @Override
    public void write(ValidationReport report, Writer out) throws IOException {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>planex validation report</title><style>")
                .append("body{font-family:sans-serif;margin:24px;color:#222;background:#fff}")
                .append("table{border-collapse:collapse;margin:8px 0 20px}td,th{border:1px solid #bbb;padding:3px 8px;")
                .append("text-align:left;font-size:13px;vertical-align:top}th{background:#eee}")
                .append(".error{color:#b00020;font-weight:bold}.warning{color:#b36b00;font-weight:bold}.info{color:#1f5fa8}")
                .append("svg{border:1px solid #999;background:#f7fbff}</style></head><body>\n");
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
        h.append("</body></html>\n");
        out.write(h.toString());
    }

    private static void packages(ValidationReport report, StringBuilder h) {
        h.append("<h2>Packages</h2>\n<table><tr><th></th><th>package</th><th>jurisdiction</th><th>CRS</th>")
                .append("<th>features</th><th>measured in</th></tr>\n");
        int k = 0;
        for (PackageSummary p : report.packages()) {
            h.append("<tr><td style=\"background:").append(FILLS[k++ % FILLS.length]).append("\"></td><td>")
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
        h.append("<h2>Issues</h2>\n<table><tr><th>#</th><th>severity</th><th>rule</th><th>packages</th>")
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

    /** The measures of an issue for a tooltip: {@code " (area_m2=1200, width_m=1.5)"}, or empty. */
    private static String measures(Issue i) {
        if (i.measures().isEmpty()) {
            return "";
        }
        StringJoiner j = new StringJoiner(", ", " (", ")");
        i.measures().forEach((k, v) -> j.add(k + "=" + TextReportWriter.n(v)));
        return j.toString();
    }

    private static void map(ValidationReport report, StringBuilder h) {
        Envelope env = new Envelope();
        for (PackageSummary p : report.packages()) {
            if (p.boundary() != null) {
                env.expandToInclude(p.boundary().getEnvelopeInternal());
            }
        }
        for (Issue i : report.issues()) {
            if (i.marker() != null && !i.marker().isEmpty()) {
                env.expandToInclude(i.marker().getEnvelopeInternal());
            }
        }
        if (env.isNull()) {
            h.append("<p>No geometry to map.</p>\n");
            return;
        }
        env.expandBy(Math.max(env.getWidth(), env.getHeight()) * 0.03 + 1e-4);
        Projection pr = new Projection(env);
        h.append("<h2>Map</h2>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(pr.height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(pr.height).append("\">\n");
        int k = 0;
        for (PackageSummary p : report.packages()) {
            String fill = FILLS[k++ % FILLS.length];
            if (p.boundary() != null) {
                h.append("<path d=\"").append(pr.path(p.boundary())).append("\" fill=\"").append(fill)
                        .append("\" stroke=\"#555\" stroke-width=\"1\" fill-rule=\"evenodd\"><title>")
                        .append(esc(p.packageId() + " " + p.jurisdiction())).append("</title></path>\n");
                Point c = p.boundary().getInteriorPoint();
                h.append("<text x=\"").append(pr.x(c.getX())).append("\" y=\"").append(pr.y(c.getY()))
                        .append("\" font-size=\"14\" fill=\"#333\" text-anchor=\"middle\">").append(esc(p.jurisdiction()))
                        .append("</text>\n");
            }
        }
        for (BorderSummary b : report.borders()) {
            if (b.line() != null) {
                h.append("<path d=\"").append(pr.path(b.line())).append("\" fill=\"none\" stroke=\"#6a1b9a\"")
                        .append(" stroke-width=\"3\"><title>border ").append(esc(b.label())).append("</title></path>\n");
            }
        }
        int n = 0;
        for (Issue i : report.issues()) {
            n++;
            Geometry g = i.marker();
            if (g == null || g.isEmpty()) {
                continue;
            }
            String colour = i.severity() == Severity.ERROR ? "#d50000" : i.severity() == Severity.WARNING ? "#ff8f00"
                    : "#1565c0";
            String title = "<title>" + n + " " + esc(i.ruleId() + (i.kind() == null ? "" : " (" + i.kind() + ")") + ": "
                    + i.message() + measures(i)) + "</title>";
            if (g.getDimension() > 0) {
                h.append("<path d=\"").append(pr.path(g)).append("\" fill=\"")
                        .append(g.getDimension() == 2 ? colour : "none").append("\" fill-opacity=\"0.45\" stroke=\"")
                        .append(colour).append("\" stroke-width=\"2\">").append(title).append("</path>\n");
            }
            Point c = g.getDimension() == 2 ? g.getInteriorPoint() : g.getCentroid();
            if (c.isEmpty()) {
                continue;
            }
            h.append("<circle cx=\"").append(pr.x(c.getX())).append("\" cy=\"").append(pr.y(c.getY()))
                    .append("\" r=\"6\" fill=\"").append(colour).append("\" stroke=\"#fff\" stroke-width=\"1.5\">")
                    .append(title).append("</circle>\n<text x=\"").append(pr.x(c.getX()) + 8).append("\" y=\"")
                    .append(pr.y(c.getY()) - 6).append("\" font-size=\"11\" fill=\"").append(colour).append("\">")
                    .append(n).append("</text>\n");
        }
        h.append("</svg>\n<p>Filled areas and circles mark issues (red errors, orange warnings, blue infos; hover for the")
                .append(" message); purple lines are the borders found between packages.</p>\n");
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

    /** Longitude/latitude to SVG pixels. */
    private static final class Projection {
        private final Envelope env;
        private final double scale;
        private final double cos;
        private final int height;

        Projection(Envelope env) {
            this.env = env;
            this.cos = Math.cos(Math.toRadians((env.getMinY() + env.getMaxY()) / 2));
            this.scale = WIDTH / (env.getWidth() * cos);
            this.height = (int) Math.ceil(env.getHeight() * scale);
        }

        double x(double lon) {
            return Math.round((lon - env.getMinX()) * cos * scale * 10) / 10.0;
        }

        double y(double lat) {
            return Math.round((env.getMaxY() - lat) * scale * 10) / 10.0;
        }

        String path(Geometry g) {
            StringBuilder d = new StringBuilder();
            for (int i = 0; i < g.getNumGeometries(); i++) {
                Geometry part = g.getGeometryN(i);
                if (part instanceof Polygon p) {
                    ring(d, p.getExteriorRing(), true);
                    for (int k = 0; k < p.getNumInteriorRing(); k++) {
                        ring(d, p.getInteriorRingN(k), true);
                    }
                } else if (part instanceof LineString l) {
                    ring(d, l, false);
                } else if (part.getNumGeometries() > 1 || !(part instanceof Point)) {
                    d.append(path(part));
                }
            }
            return d.toString();
        }

        private void ring(StringBuilder d, LineString l, boolean close) {
            Coordinate[] cs = l.getCoordinates();
            for (int i = 0; i < cs.length; i++) {
                d.append(i == 0 ? 'M' : 'L').append(x(cs[i].x)).append(',').append(y(cs[i].y));
            }
            if (close) {
                d.append('Z');
            }
        }
    }
}
