package org.planex.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.locationtech.jts.geom.Envelope;
import org.planex.core.convert.DigestingPlanReader;
import org.planex.core.convert.PlanSummary;
import org.planex.core.input.InputOpener;
import org.planex.core.input.OpenedInput;
import org.planex.core.profile.Profile;
import org.planex.model.FeatureKind;
import org.planex.model.PlanHeader;
import org.planex.model.layer.FieldDef;
import org.planex.model.layer.LayerSchema;
import org.planex.spi.ExitCode;
import org.planex.spi.LayerReader;
import org.planex.spi.PlanReader;
import org.planex.spi.PlanexException;
import org.planex.spi.RecordCursor;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code planex info}: what a file holds: format, jurisdiction, plan, CRS, counts per feature type, extent
 * and a content digest (for plans); layers, fields and record counts (for layered GIS data).
 *
 * @since 0.1
 */
@Command(name = "info", description = "Describe a plan package or GIS dataset.")
public final class InfoCommand implements Callable<Integer> {

    @ParentCommand
    private PlanexCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INPUT", description = "A plan package or GIS file.")
    private Path input;

    @Option(names = "--json", description = "Print JSON instead of text.")
    private boolean json;

    @ArgGroup(validate = false, heading = InputArguments.HEADING)
    private InputArguments inputOptions = new InputArguments();

    @Override
    public Integer call() throws PlanexException {
        OpenedInput in = new InputOpener(parent.registry()).open(input, InputArguments.options(inputOptions),
                parent.warnings());
        ObjectNode info = new ObjectMapper().createObjectNode();
        info.put("input", input.toString());
        info.put("format", in.provider().descriptor().id());
        if (!in.layered()) {
            try (PlanReader r = in.openPlan(false)) {
                describePlan(r, info);
            }
        } else {
            try (LayerReader r = in.openLayers()) {
                describeLayers(r, in.profile(r.layers()), info);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            try {
                out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(info));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        } else {
            InfoText.print(info, out);
        }
        return ExitCode.OK.code();
    }

    private static void describePlan(PlanReader r, ObjectNode info) throws PlanexException {
        DigestingPlanReader digesting = new DigestingPlanReader(r);
        PlanSummary s = PlanSummary.of(digesting);
        PlanHeader h = s.header();
        info.put("packageId", h.packageId());
        info.put("schemaVersion", h.schemaVersion());
        info.put("producer", h.producer());
        ObjectNode j = info.putObject("jurisdiction");
        j.put("code", h.jurisdiction().code());
        j.put("scheme", h.jurisdiction().scheme());
        j.put("level", h.jurisdiction().level().token());
        j.put("parent", h.jurisdiction().parentCode());
        ObjectNode names = j.putObject("names");
        h.jurisdiction().names().forEach(names::put);
        ObjectNode plan = info.putObject("plan");
        plan.put("id", h.plan().id());
        plan.put("title", h.plan().title());
        plan.put("type", h.plan().type().token());
        plan.put("status", h.plan().status().token());
        plan.put("authority", h.plan().authority());
        plan.put("approvalDate", h.plan().approvalDate() == null ? null : h.plan().approvalDate().toString());
        plan.put("approvalReference", h.plan().approvalReference());
        plan.put("validFrom", h.plan().validFrom() == null ? null : h.plan().validFrom().toString());
        plan.put("validTo", h.plan().validTo() == null ? null : h.plan().validTo().toString());
        ObjectNode crs = info.putObject("crs");
        crs.put("epsg", h.crs().epsg());
        crs.put("uri", h.crs().uri());
        crs.put("axisOrder", h.crs().axisOrder().name().toLowerCase().replace('_', '/'));
        ObjectNode cls = info.putObject("classification");
        cls.put("system", h.classification().system());
        cls.put("version", h.classification().version());
        ArrayNode ns = info.putArray("neighbours");
        h.neighbours().forEach(n -> ns.addObject().put("code", n.code()).put("scheme", n.scheme()).put("name", n.name()));
        ArrayNode as = info.putArray("attachments");
        h.attachments().forEach(a -> as.addObject().put("path", a.path()).put("mediaType", a.mediaType())
                .put("sha256", a.sha256()).put("title", a.title()));
        info.put("hasBoundary", h.boundary() != null);
        ObjectNode counts = info.putObject("counts");
        for (FeatureKind k : FeatureKind.values()) {
            counts.put(k.token(), s.counts().get(k));
        }
        counts.put("total", s.features());
        info.put("featuresWithoutGeometry", s.withoutGeometry());
        putExtent(info, s.extent());
        info.put("featureDigest", digesting.digest());
    }

    private static void putExtent(ObjectNode info, Envelope e) {
        if (e == null) {
            info.putNull("extent");
            return;
        }
        info.putObject("extent").put("minEast", e.getMinX()).put("minNorth", e.getMinY())
                .put("maxEast", e.getMaxX()).put("maxNorth", e.getMaxY());
    }

    private static void describeLayers(LayerReader r, Profile profile, ObjectNode info) throws PlanexException {
        info.put("hasPlanHeader", r.planHeader().isPresent());
        info.put("profile", profile.name());
        ArrayNode layers = info.putArray("layers");
        for (LayerSchema l : r.layers()) {
            ObjectNode n = layers.addObject();
            n.put("name", l.name());
            n.put("role", profile.mappingFor(l.name()).map(m -> m.role().token()
                    + (m.controlKind() == null ? "" : ":" + m.controlKind().token())).orElse("none (skipped)"));
            n.put("geometry", l.geometryKind().name().toLowerCase());
            n.put("crs", l.crs() == null ? null : l.crs().toString());
            ArrayNode fields = n.putArray("fields");
            for (FieldDef f : l.fields()) {
                fields.addObject().put("name", f.name()).put("type", f.type().token()).put("length", f.length())
                        .put("scale", f.scale());
            }
            long count = 0;
            Envelope extent = new Envelope();
            try (RecordCursor c = r.open(l.name())) {
                for (var rec = c.read(); rec != null; rec = c.read()) {
                    count++;
                    if (rec.geometry() != null) {
                        extent.expandToInclude(rec.geometry().getEnvelopeInternal());
                    }
                }
            }
            n.put("records", count);
            putExtent(n, extent.isNull() ? null : extent);
        }
    }
}
