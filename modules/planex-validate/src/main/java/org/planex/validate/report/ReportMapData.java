package org.planex.validate.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.planex.rule.Issue;
import org.planex.validate.BorderSummary;
import org.planex.validate.MapFeature;
import org.planex.validate.PackageSummary;
import org.planex.validate.ReportMap;
import org.planex.validate.ValidationReport;

/**
 * The data block of the HTML report: one JSON document (geometry as RFC 7946 GeoJSON geometry objects, in
 * longitude/latitude) that {@code report.js} draws, embedded in a {@code <script type="application/json">}
 * element. {@code <}, {@code >} and {@code &} are written as {@code \u003C}-style escapes, so no value from the
 * data (a zone named {@code </script>...}) can close the element; the script reads every value as text.
 *
 * <p>Members: {@code packages} (id, jurisdiction, outline), {@code borders} (label, line, band),
 * {@code features} (package, id, kind, name, category, code, named, geometry) and {@code issues} ({@code n},
 * the number in the report's issue table; the members of an issue of the JSON report, from {@code rule} to
 * {@code geometry}, its marker; and {@code targets}: the indices in {@code features} of the features the issue
 * names).
 *
 * <p><b>Thread safety:</b> stateless.
 *
 * @since 0.3
 */
final class ReportMapData {

    private static final JsonFactory JSON = new JsonFactory().setCharacterEscapes(new HtmlSafeEscapes());

    private ReportMapData() {
    }

    /** The data block of a report. */
    static String json(ValidationReport report) throws IOException {
        StringWriter out = new StringWriter(64 * 1024);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            packages(g, report);
            borders(g, report);
            List<MapFeature> features = report.map().features();
            g.writeArrayFieldStart("features");
            Map<String, Integer> index = new HashMap<>();
            for (MapFeature f : features) {
                index.put(key(f.packageId(), f.featureId()), index.size());
                g.writeStartObject();
                g.writeStringField("package", f.packageId());
                g.writeStringField("id", f.featureId());
                g.writeStringField("kind", f.kind().token());
                g.writeStringField("name", f.name());
                g.writeStringField("category", f.category());
                g.writeStringField("code", f.code());
                g.writeBooleanField("named", f.named());
                g.writeFieldName("geometry");
                ReportGeometryWriter.write(g, f.geometry());
                g.writeEndObject();
            }
            g.writeEndArray();
            issues(g, report, index);
            g.writeEndObject();
        }
        return out.toString();
    }

    private static void packages(JsonGenerator g, ValidationReport report) throws IOException {
        g.writeArrayFieldStart("packages");
        for (PackageSummary p : report.packages()) {
            g.writeStartObject();
            g.writeStringField("id", p.packageId());
            g.writeStringField("jurisdiction", p.jurisdiction());
            g.writeFieldName("outline");
            Geometry outline = report.map().outlines().get(p.packageId());
            ReportGeometryWriter.write(g, outline != null ? outline : p.boundary());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void borders(JsonGenerator g, ValidationReport report) throws IOException {
        List<Geometry> bands = report.map().bands();
        g.writeArrayFieldStart("borders");
        for (int k = 0; k < report.borders().size(); k++) {
            BorderSummary b = report.borders().get(k);
            g.writeStartObject();
            g.writeStringField("label", b.label());
            g.writeFieldName("line");
            ReportGeometryWriter.write(g, b.line());
            g.writeFieldName("band");
            ReportGeometryWriter.write(g, k < bands.size() ? bands.get(k) : null);
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void issues(JsonGenerator g, ValidationReport report, Map<String, Integer> index)
            throws IOException {
        g.writeArrayFieldStart("issues");
        int n = 0;
        for (Issue i : report.issues()) {
            n++;
            g.writeStartObject();
            g.writeNumberField("n", n);
            JsonReportWriter.issueMembers(g, i);
            g.writeArrayFieldStart("targets");
            for (String p : i.packageIds()) {
                for (String f : i.featureIds()) {
                    Integer t = index.get(key(p, f));
                    if (t != null) {
                        g.writeNumber(t);
                    }
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static String key(String packageId, String featureId) {
        return packageId + '\u0000' + featureId;
    }

    /** Jackson's standard escapes plus {@code <}, {@code >} and {@code &} as Unicode escapes. */
    private static final class HtmlSafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private final int[] codes;

        HtmlSafeEscapes() {
            codes = standardAsciiEscapesForJSON();
            codes['<'] = ESCAPE_STANDARD;
            codes['>'] = ESCAPE_STANDARD;
            codes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return codes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
