package org.planex.validate.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scripts and style sheets the HTML report inlines: Leaflet's {@code leaflet.js} and {@code leaflet.css}
 * from the {@code org.webjars.npm:leaflet} jar on the class path (its images turned into {@code data:} URIs, so
 * the page loads nothing), and the report's own {@code report.js} and {@code report.css} beside this class.
 * Read once, on first use.
 *
 * <p><b>Thread safety:</b> immutable after class initialisation.
 *
 * @since 0.3
 */
final class ReportAssets {

    /** The Leaflet version bundled, as pinned in the root pom. */
    static final String LEAFLET_VERSION = "1.9.4";

    private static final String LEAFLET = "META-INF/resources/webjars/leaflet/" + LEAFLET_VERSION + "/dist/";
    private static final Pattern IMAGE = Pattern.compile("url\\(images/([a-z0-9-]+\\.png)\\)");

    /** {@code leaflet.js}. */
    static final String LEAFLET_JS = read(LEAFLET + "leaflet.js");
    /** {@code leaflet.css}, its images inlined. */
    static final String LEAFLET_CSS = inlineImages(read(LEAFLET + "leaflet.css"));
    /** The report's script. */
    static final String REPORT_JS = read("org/planex/validate/report/report.js");
    /** The report's style sheet. */
    static final String REPORT_CSS = read("org/planex/validate/report/report.css");

    private ReportAssets() {
    }

    private static String inlineImages(String css) {
        Matcher m = IMAGE.matcher(css);
        StringBuilder out = new StringBuilder(css.length() + 8192);
        while (m.find()) {
            String png = Base64.getEncoder().encodeToString(bytes(LEAFLET + "images/" + m.group(1)));
            m.appendReplacement(out, Matcher.quoteReplacement("url(data:image/png;base64," + png + ")"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String read(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = ReportAssets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + resource + " is missing from the class path: the"
                        + " planex build is incomplete (org.webjars.npm:leaflet:" + LEAFLET_VERSION
                        + " and planex-validate must both be on it)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
