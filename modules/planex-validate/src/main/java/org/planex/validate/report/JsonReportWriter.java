package org.planex.validate.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.TreeMap;
import org.planex.rule.Issue;
import org.planex.rule.Severity;
import org.planex.rule.Tolerances;
import org.planex.spi.Location;
import org.planex.validate.BorderSummary;
import org.planex.validate.PackageSummary;
import org.planex.validate.ValidationReport;

/**
 * The JSON report: the schema {@code docs/validation.md} documents ({@value ValidationReport#SCHEMA_VERSION}),
 * members always in the same order, issue geometries as RFC 7946 GeoJSON geometry objects in longitude/latitude.
 * Every issue has its {@code kind} ({@code null} when it has none) and its {@code measures}, so a border piece
 * reads as {@code "kind": "gap", ..., "measures": {"area_m2": 15000.0, "width_m": 30.0, "length_m": 500.0}}.
 *
 * @since 0.1
 */
public final class JsonReportWriter implements ReportWriter {

    @Override
    public void write(ValidationReport report, Writer out) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(out);
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeStringField("schemaVersion", report.schemaVersion());
        g.writeStringField("generator", "planex");
        tolerances(g, report.tolerances());
        g.writeArrayFieldStart("rules");
        for (String r : report.rules()) {
            g.writeString(r);
        }
        g.writeEndArray();
        g.writeObjectFieldStart("summary");
        g.writeNumberField("packages", report.packages().size());
        g.writeNumberField("borders", report.borders().size());
        g.writeNumberField("errors", report.count(Severity.ERROR));
        g.writeNumberField("warnings", report.count(Severity.WARNING));
        g.writeNumberField("infos", report.count(Severity.INFO));
        g.writeObjectFieldStart("byRule");
        for (Map.Entry<String, Long> e : report.countByRule().entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
        g.writeArrayFieldStart("packages");
        for (PackageSummary p : report.packages()) {
            g.writeStartObject();
            g.writeStringField("packageId", p.packageId());
            g.writeStringField("path", p.path());
            g.writeStringField("jurisdiction", p.jurisdiction());
            g.writeStringField("crs", p.crs());
            g.writeStringField("metricCrs", p.metricCrs());
            g.writeNumberField("features", p.features());
            g.writeBooleanField("loaded", p.loaded());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("borders");
        for (BorderSummary b : report.borders()) {
            g.writeStartObject();
            g.writeStringField("first", b.first());
            g.writeStringField("second", b.second());
            g.writeStringField("metricCrs", b.metricCrs());
            g.writeNumberField("length_m", b.lengthM());
            g.writeNumberField("offset_m", b.offsetM());
            g.writeObjectFieldStart("issues");
            for (Map.Entry<String, Integer> e : new TreeMap<>(b.issues()).entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("issues");
        for (Issue i : report.issues()) {
            issue(g, i);
        }
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
    }

    private static void tolerances(JsonGenerator g, Tolerances t) throws IOException {
        g.writeObjectFieldStart("tolerances");
        g.writeNumberField("tolerance_m", t.tolerance());
        g.writeNumberField("minArea_m2", t.minArea());
        g.writeNumberField("sliverWidth_m", t.sliverWidth());
        g.writeNumberField("borderWidth_m", t.borderWidth());
        g.writeNumberField("facingDistance_m", t.facingDistance());
        g.writeNumberField("corridorTolerance_m", t.corridorTolerance());
        g.writeEndObject();
    }

    static void issue(JsonGenerator g, Issue i) throws IOException {
        g.writeStartObject();
        issueMembers(g, i);
        g.writeEndObject();
    }

    /** The members of an issue object, from {@code rule} to {@code geometry}, without its braces. */
    static void issueMembers(JsonGenerator g, Issue i) throws IOException {
        g.writeStringField("rule", i.ruleId());
        g.writeStringField("severity", i.severity().token());
        g.writeStringField("kind", i.kind());
        g.writeStringField("message", i.message());
        g.writeArrayFieldStart("packages");
        for (String p : i.packageIds()) {
            g.writeString(p);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("features");
        for (String f : i.featureIds()) {
            g.writeString(f);
        }
        g.writeEndArray();
        location(g, i.location());
        g.writeObjectFieldStart("measures");
        for (Map.Entry<String, Double> e : i.measures().entrySet()) {
            g.writeNumberField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeFieldName("geometry");
        ReportGeometryWriter.write(g, i.marker());
    }

    static void location(JsonGenerator g, Location l) throws IOException {
        if (l == null || l.equals(Location.UNKNOWN)) {
            g.writeNullField("location");
            return;
        }
        g.writeObjectFieldStart("location");
        g.writeStringField("file", l.file() == null ? null : l.file().toString());
        g.writeStringField("entry", l.entry());
        if (l.line() > 0) {
            g.writeNumberField("line", l.line());
        }
        if (l.column() > 0) {
            g.writeNumberField("column", l.column());
        }
        if (l.record() > 0) {
            g.writeNumberField("record", l.record());
        }
        if (l.featureId() != null) {
            g.writeStringField("feature", l.featureId());
        }
        g.writeEndObject();
    }
}
