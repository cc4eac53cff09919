package org.planex.validate.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.planex.rule.Issue;
import org.planex.validate.ValidationReport;

/**
 * The GeoJSON report (RFC 7946, longitude/latitude): a FeatureCollection with one Feature per issue that has a
 * marker; flat properties ({@code rule}, {@code severity}, {@code kind} when the issue has one, {@code message},
 * {@code packages} and {@code features} joined by commas, {@code file}, {@code line}, and each measure) so QGIS
 * can style and filter by them, e.g. border slivers by {@code kind = 'gap'}.
 *
 * @since 0.1
 */
public final class GeoJsonReportWriter implements ReportWriter {

    @Override
    public void write(ValidationReport report, Writer out) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(out);
        g.writeStartObject();
        g.writeStringField("type", "FeatureCollection");
        g.writeArrayFieldStart("features");
        int n = 0;
        for (Issue i : report.issues()) {
            n++;
            if (i.marker() == null || i.marker().isEmpty()) {
                continue;
            }
            g.writeStartObject();
            g.writeStringField("type", "Feature");
            g.writeNumberField("id", n);
            g.writeObjectFieldStart("properties");
            g.writeStringField("rule", i.ruleId());
            g.writeStringField("severity", i.severity().token());
            if (i.kind() != null) {
                g.writeStringField("kind", i.kind());
            }
            g.writeStringField("message", i.message());
            g.writeStringField("packages", String.join(",", i.packageIds()));
            g.writeStringField("features", String.join(",", i.featureIds()));
            if (i.location().file() != null) {
                g.writeStringField("file", i.location().file().toString());
            }
            if (i.location().line() > 0) {
                g.writeNumberField("line", i.location().line());
            }
            for (Map.Entry<String, Double> e : i.measures().entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeFieldName("geometry");
            ReportGeometryWriter.write(g, i.marker());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
        out.write('\n');
    }
}
