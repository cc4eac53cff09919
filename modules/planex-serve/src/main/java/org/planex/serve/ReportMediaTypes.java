package org.planex.serve;

import java.util.Locale;
import org.planex.validate.report.ReportFormat;

/**
 * The media type of each report format, and the format a request asks for: the {@code report} query parameter
 * when given, else the best of its {@code Accept} header ({@code application/json}, {@code application/geo+json},
 * {@code text/html}, {@code text/plain}; quality values honoured), else JSON.
 *
 * <p><b>Thread safety:</b> stateless.
 *
 * @since 0.3
 */
final class ReportMediaTypes {

    private ReportMediaTypes() {
    }

    /** The {@code Content-Type} of a report in {@code format}. */
    static String of(ReportFormat format) {
        return switch (format) {
            case JSON -> "application/json; charset=utf-8";
            case GEOJSON -> "application/geo+json; charset=utf-8";
            case HTML -> "text/html; charset=utf-8";
            case TEXT -> "text/plain; charset=utf-8";
        };
    }

    /**
     * The format to answer in.
     *
     * @param report the {@code report} query parameter, or {@code null}
     * @param accept the {@code Accept} header, or {@code null}
     * @throws HttpProblem 400 for an unknown {@code report}, 406 when {@code Accept} admits no report format
     */
    static ReportFormat choose(String report, String accept) throws HttpProblem {
        if (report != null) {
            try {
                return ReportFormat.fromToken(report);
            } catch (IllegalArgumentException e) {
                throw new HttpProblem(400, e.getMessage(), "report", "give report=json, geojson, html or text");
            }
        }
        if (accept == null || accept.isBlank()) {
            return ReportFormat.JSON;
        }
        ReportFormat best = null;
        double bestQuality = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            ReportFormat f = forRange(parts[0].strip().toLowerCase(Locale.ROOT));
            double q = quality(parts);
            if (f != null && q > bestQuality) {
                best = f;
                bestQuality = q;
            }
        }
        if (best == null) {
            throw new HttpProblem(406, "no report format matches Accept: " + accept, "Accept", "accept"
                    + " application/json, application/geo+json, text/html or text/plain, or give report=FORMAT");
        }
        return best;
    }

    private static ReportFormat forRange(String range) {
        return switch (range) {
            case "application/json", "application/*", "*/*" -> ReportFormat.JSON;
            case "application/geo+json" -> ReportFormat.GEOJSON;
            case "text/html", "text/*" -> ReportFormat.HTML;
            case "text/plain" -> ReportFormat.TEXT;
            default -> null;
        };
    }

    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            if (p.startsWith("q=")) {
                try {
                    return Double.parseDouble(p.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
