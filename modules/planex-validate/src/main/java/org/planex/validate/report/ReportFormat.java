package org.planex.validate.report;

import java.util.Locale;

/**
 * The report formats of {@code planex validate --report}.
 *
 * @since 0.1
 */
public enum ReportFormat {
    /** One line per issue, compiler style, then per-border and overall summaries. */
    TEXT(new TextReportWriter(), false),
    /** The JSON schema of {@code docs/validation.md}. */
    JSON(new JsonReportWriter(), false),
    /** A GeoJSON FeatureCollection of the issue markers. */
    GEOJSON(new GeoJsonReportWriter(), false),
    /** One self-contained HTML page with summaries and an SVG map. */
    HTML(new HtmlReportWriter(), true);

    private final ReportWriter writer;
    private final boolean drawsMap;

    ReportFormat(ReportWriter writer, boolean drawsMap) {
        this.writer = writer;
        this.drawsMap = drawsMap;
    }

    /**
     * Whether the writer draws the report's map ({@link org.planex.validate.ValidationReport#map()}): only then
     * need the validation build it ({@link org.planex.validate.Validator.Builder#reportMap}).
     */
    public boolean drawsMap() {
        return drawsMap;
    }

    /** The writer. */
    public ReportWriter writer() {
        return writer;
    }

    /** The lower-case token. */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The format of a token.
     *
     * @throws IllegalArgumentException naming the accepted tokens
     */
    public static ReportFormat fromToken(String token) {
        for (ReportFormat f : values()) {
            if (f.token().equalsIgnoreCase(token == null ? "" : token.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown report format '" + token + "' (expected text, json, geojson or html)");
    }
}
