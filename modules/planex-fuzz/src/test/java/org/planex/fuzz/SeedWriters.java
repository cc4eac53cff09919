package org.planex.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.planex.model.Attachment;
import org.planex.model.AttributeType;
import org.planex.model.Attributes;
import org.planex.model.CrsRef;
import org.planex.model.PlanFeature;
import org.planex.model.PlanHeader;
import org.planex.model.layer.FieldDef;
import org.planex.model.layer.GeometryKind;
import org.planex.model.layer.LayerRecord;
import org.planex.model.layer.LayerSchema;
import org.planex.spi.FormatProvider;
import org.planex.spi.LayerSink;
import org.planex.spi.LayerWriter;
import org.planex.spi.PlanWriter;
import org.planex.spi.Sha256;
import org.planex.spi.WriteContext;
import org.planex.testkit.SampleLayers;
import org.planex.testkit.SamplePlans;

/**
 * Writes the valid seed of each format with planex's own writers, at test time: zones with every attribute
 * type and Chinese text (GBK in shapefiles) plus a point layer, or a plan with features of every kind and an
 * attachment.
 */
public final class SeedWriters {

    /** How many zone records or plan features a seed holds: enough for several records, small enough to be fast. */
    public static final int RECORDS = 12;

    private static final LayerSchema FACILITIES = new LayerSchema("设施", GeometryKind.POINT,
            List.of(new FieldDef("名称", AttributeType.STRING, 40, 0)), CrsRef.epsg(4527));
    /** The zone schema with a BSM field wide enough for the sample's eleven-character negative integers in a DBF. */
    public static final LayerSchema DBF_ZONES = new LayerSchema(SampleLayers.LAYER, GeometryKind.MULTIPOLYGON,
            SampleLayers.SCHEMA.fields().stream().map(f -> f.name().equals("BSM")
                    ? new FieldDef("BSM", AttributeType.INTEGER, 11, 0) : f).toList(), SampleLayers.SCHEMA.crs());
    private static final byte[] NOTE = "规划说明：第一版。".getBytes(StandardCharsets.UTF_8);

    private SeedWriters() {
    }

    /**
     * Writes zones of {@code zoneSchema} and, if {@code facilities}, a point layer with a layered provider to
     * {@code target}, with {@code header} if not {@code null}, and returns it.
     */
    public static Path layers(FormatProvider provider, Path target, LayerSchema zoneSchema, boolean facilities,
            PlanHeader header) throws IOException {
        return layers(provider, target, zoneSchema, facilities, header, RECORDS);
    }

    /** {@link #layers(FormatProvider, Path, LayerSchema, boolean, PlanHeader)} with {@code records} zones. */
    public static Path layers(FormatProvider provider, Path target, LayerSchema zoneSchema, boolean facilities,
            PlanHeader header, int records) throws IOException {
        SampleLayers zones = new SampleLayers(7);
        GeometryFactory gf = new GeometryFactory();
        try (LayerWriter w = provider.openLayerWriter(WriteContext.of(target))) {
            if (header != null) {
                w.writePlanHeader(header);
            }
            LayerSink sink = w.createLayer(zoneSchema);
            for (long i = 1; i <= records; i++) {
                sink.write(zones.record(i));
            }
            LayerSink points = facilities ? w.createLayer(FACILITIES) : null;
            for (int i = 1; points != null && i <= 3; i++) {
                points.write(new LayerRecord(FACILITIES.name(), i, "F" + i,
                        gf.createPoint(new Coordinate(40_510_000.5 + i, 3_410_000.25 - i)),
                        Attributes.builder().put("名称", "垃圾焚烧厂" + i).build()));
            }
            w.finish();
        }
        return target;
    }

    /** Writes a plan with an attachment (a ZIP or folder package) or without ({@code .xml}) to {@code target}. */
    public static Path plan(FormatProvider provider, Path target) throws IOException {
        return plan(provider, target, RECORDS);
    }

    /** {@link #plan(FormatProvider, Path)} with {@code count} features (from one seed: same count, same plan). */
    public static Path plan(FormatProvider provider, Path target, int count) throws IOException {
        SamplePlans s = SamplePlans.geographic();
        boolean document = target.getFileName().toString().endsWith(".xml");
        Attachment note = new Attachment("attachments/说明.txt", "text/plain", Sha256.of(NOTE), "规划说明");
        PlanHeader header = s.header("QP-2035", count);
        if (!document) {
            header = header.withAttachments(List.of(note));
        }
        try (PlanWriter w = provider.openPlanWriter(WriteContext.of(target))) {
            w.begin(header);
            if (!document) {
                w.addAttachment(note, new ByteArrayInputStream(NOTE));
            }
            for (Iterator<PlanFeature> it = s.features(count, 11); it.hasNext();) {
                w.write(it.next());
            }
            w.finish();
        }
        return target;
    }
}
