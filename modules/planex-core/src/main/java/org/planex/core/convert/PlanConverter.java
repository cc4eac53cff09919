package org.planex.core.convert;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.planex.core.profile.LayerPlanReader;
import org.planex.core.profile.PlanLayerExport;
import org.planex.core.profile.Profile;
import org.planex.core.profile.ProfileLoader;
import org.planex.model.Attachment;
import org.planex.model.FeatureKind;
import org.planex.model.PlanFeature;
import org.planex.model.PlanHeader;
import org.planex.model.layer.LayerSchema;
import org.planex.spi.DataModel;
import org.planex.spi.FormatProvider;
import org.planex.spi.LayerReader;
import org.planex.spi.LayerWriter;
import org.planex.spi.Location;
import org.planex.spi.PlanReader;
import org.planex.spi.PlanWriter;
import org.planex.spi.PlanexException;
import org.planex.spi.ReadContext;
import org.planex.spi.WriteContext;

/**
 * Converts a plan from one format to another, streaming: one feature is held at a time, so memory does not
 * grow with the size of the plan. Layered formats go through a {@link Profile} in either direction; a source
 * CRS can be declared and a target CRS reprojected to. The output appears only if the whole conversion
 * succeeds.
 *
 * <p><b>Thread safety:</b> stateless; one instance serves many conversions at once.
 *
 * @since 0.1
 */
public final class PlanConverter {

    /** Converts with the default options. */
    public ConversionResult convert(FormatProvider from, ReadContext input, FormatProvider to, WriteContext output)
            throws PlanexException {
        return convert(from, input, to, output, ConversionOptions.DEFAULT);
    }

    /**
     * Converts {@code input} read by {@code from} into {@code output} written by {@code to}.
     *
     * @throws PlanexException for unreadable input (the output is not created), invalid data, or an output
     *     that cannot be written
     */
    public ConversionResult convert(FormatProvider from, ReadContext input, FormatProvider to, WriteContext output,
            ConversionOptions options) throws PlanexException {
        long start = System.nanoTime();
        Profile profile = options.profile() != null ? options.profile() : ProfileLoader.load("generic");
        boolean[] first = {true};
        PlanLayerExport.PlanSource source = () -> {
            boolean check = first[0];
            first[0] = false;
            return open(from, input, profile, options, check);
        };
        if (to.descriptor().dataModel() == DataModel.LAYERS) {
            Map<FeatureKind, Long> counts;
            try (LayerWriter writer = to.openLayerWriter(output)) {
                counts = new PlanLayerExport(profile, Location.of(output.target()), output.warnings()).export(source,
                        inputLayers(from, input), writer, options.progress());
                writer.finish();
            }
            return new ConversionResult(counts, 0, Duration.ofNanos(System.nanoTime() - start));
        }
        Map<FeatureKind, Long> counts = new EnumMap<>(FeatureKind.class);
        int attachments;
        try (PlanReader reader = source.open(); PlanWriter writer = to.openPlanWriter(output)) {
            PlanHeader header = reader.header();
            writer.begin(header);
            attachments = copyAttachments(header, reader, writer, output);
            for (PlanFeature f = reader.read(); f != null; f = reader.read()) {
                writer.write(f);
                counts.merge(f.kind(), 1L, Long::sum);
                if (options.progress() != null) {
                    options.progress().increment();
                }
            }
            writer.finish();
        }
        return new ConversionResult(counts, attachments, Duration.ofNanos(System.nanoTime() - start));
    }

    /** The schemas of the input's layers, read before any record; empty when the input is not layered. */
    private static List<LayerSchema> inputLayers(FormatProvider from, ReadContext input) throws PlanexException {
        if (from.descriptor().dataModel() != DataModel.LAYERS) {
            return List.of();
        }
        try (LayerReader layers = from.openLayerReader(input)) {
            return layers.layers();
        }
    }

    private static PlanReader open(FormatProvider from, ReadContext input, Profile profile, ConversionOptions options,
            boolean checkCrs) throws PlanexException {
        PlanReader reader;
        if (from.descriptor().dataModel() == DataModel.LAYERS) {
            reader = new LayerPlanReader(from.openLayerReader(input), input.source(), profile, options.sourceCrs(),
                    input.warnings());
        } else {
            reader = from.openPlanReader(input);
            if (options.sourceCrs() != null && !options.sourceCrs().equals(reader.header().crs())) {
                reader = new DeclaredCrsPlanReader(reader, options.sourceCrs());
            }
        }
        if (checkCrs) {
            reader = new CrsCheckingPlanReader(reader, input.warnings(), Location.of(input.source()));
        }
        if (options.targetCrs() != null && !options.targetCrs().equals(reader.header().crs())) {
            try {
                reader = new ReprojectingPlanReader(reader, options.targetCrs());
            } catch (PlanexException e) {
                reader.close();
                throw e;
            }
        }
        return reader;
    }

    private static int copyAttachments(PlanHeader header, PlanReader reader, PlanWriter writer, WriteContext output)
            throws PlanexException {
        if (header.attachments().isEmpty()) {
            return 0;
        }
        if (!writer.acceptsAttachments()) {
            output.warnings().warning(Location.of(output.target()), header.attachments().size()
                    + " attachment(s) left out: this output format cannot hold attachment files");
            return 0;
        }
        int n = 0;
        for (Attachment a : header.attachments()) {
            try (InputStream in = reader.openAttachment(a)) {
                writer.addAttachment(a, in);
                n++;
            } catch (PlanexException e) {
                throw e;
            } catch (IOException e) {
                throw PlanexException.unreadable(Location.UNKNOWN.withEntry(a.path()), "cannot read: "
                        + e.getMessage(), e);
            }
        }
        return n;
    }

    /** Declares another CRS for a plan's coordinates without changing them (for a wrong declaration). */
    private record DeclaredCrsPlanReader(PlanReader reader, org.planex.model.CrsRef crs) implements PlanReader {
        @Override
        public PlanHeader header() {
            return reader.header().withCrs(crs, reader.header().boundary());
        }

        @Override
        public PlanFeature read() throws PlanexException {
            return reader.read();
        }

        @Override
        public InputStream openAttachment(Attachment attachment) throws PlanexException {
            return reader.openAttachment(attachment);
        }

        @Override
        public void close() throws PlanexException {
            reader.close();
        }
    }
}
