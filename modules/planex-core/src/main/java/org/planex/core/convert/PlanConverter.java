package org.planex.core.convert;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.planex.core.input.InputOptions;
import org.planex.core.input.OpenedInput;
import org.planex.core.profile.PlanLayerExport;
import org.planex.core.profile.Profile;
import org.planex.core.profile.ProfileLoader;
import org.planex.crs.CrsService;
import org.planex.model.Attachment;
import org.planex.model.FeatureKind;
import org.planex.model.PlanFeature;
import org.planex.model.PlanHeader;
import org.planex.model.layer.LayerSchema;
import org.planex.spi.DataModel;
import org.planex.spi.ErrorKind;
import org.planex.spi.FormatProvider;
import org.planex.spi.LayerReader;
import org.planex.spi.LayerWriter;
import org.planex.spi.Location;
import org.planex.spi.PlanReader;
import org.planex.spi.PlanWriter;
import org.planex.spi.PlanexException;
import org.planex.spi.WriteContext;

/**
 * Converts a plan from one format to another, streaming and reading the input once: one feature is held at a
 * time, so memory does not grow with the size of the plan. A layered input written to a layered output without
 * any mapping option is copied layer by layer as it is ({@link LayerCopy}); otherwise layered formats go through
 * a {@link Profile} in either direction: the input's to read, the output profile
 * ({@link ConversionOptions#profile()}) to write. The boundary of a layered input without a boundary layer is derived only for a plan
 * output. A target CRS is reprojected to. The output appears only if the whole conversion succeeds.
 *
 * <p><b>Thread safety:</b> stateless; one instance serves many conversions at once.
 *
 * @since 0.1
 */
public final class PlanConverter {

    /** Converts with the default options. */
    public ConversionResult convert(OpenedInput input, FormatProvider to, WriteContext output) throws PlanexException {
        return convert(input, to, output, ConversionOptions.DEFAULT);
    }

    /**
     * Converts {@code input} into {@code output} written by {@code to}.
     *
     * @throws PlanexException for unreadable input (the output is not created), invalid data, or an output
     *     that cannot be written
     */
    public ConversionResult convert(OpenedInput input, FormatProvider to, WriteContext output,
            ConversionOptions options) throws PlanexException {
        long start = System.nanoTime();
        if (to.descriptor().dataModel() == DataModel.LAYERS) {
            if (input.layered() && !input.options().mapsLayers() && options.profile() == null) {
                return copyLayers(input, to, output, options, start);
            }
            Profile profile = exportProfile(input.options(), options);
            Map<FeatureKind, Long> counts;
            PlanReader plan = open(input, false, options);
            try (LayerWriter writer = to.openLayerWriter(output)) {
                List<LayerSchema> inputLayers = input.layered() && input.profile(input.layerSchemas()).equals(profile)
                        ? input.layerSchemas() : List.of();
                counts = new PlanLayerExport(profile, output.target(), output.warnings()).export(plan, inputLayers,
                        writer, options.progress());
                writer.finish();
            } finally {
                plan.close();
            }
            return new ConversionResult(counts, 0, Duration.ofNanos(System.nanoTime() - start));
        }
        Map<FeatureKind, Long> counts = new EnumMap<>(FeatureKind.class);
        int attachments;
        try (PlanReader reader = open(input, true, options); PlanWriter writer = to.openPlanWriter(output)) {
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

    private static ConversionResult copyLayers(OpenedInput input, FormatProvider to, WriteContext output,
            ConversionOptions options, long start) throws PlanexException {
        Map<String, Long> layers;
        try (LayerReader in = input.openLayers(); LayerWriter writer = to.openLayerWriter(output)) {
            layers = new LayerCopy(input.options().sourceCrs(), options.sourceShift(), options.targetCrs(),
                    Location.of(input.path()), input.context().warnings()).copy(in, writer, options.progress());
            writer.finish();
        }
        return new ConversionResult(Map.of(), layers, 0, Duration.ofNanos(System.nanoTime() - start));
    }

    /** The profile that writes layers: the one given for the conversion, else the input's, else generic. */
    private static Profile exportProfile(InputOptions in, ConversionOptions options) throws PlanexException {
        if (options.profile() != null) {
            return options.profile();
        }
        Profile base = ProfileLoader.load(in.profile() != null ? in.profile() : "generic");
        try {
            return base.with(in.mapping());
        } catch (IllegalArgumentException e) {
            throw new PlanexException(ErrorKind.USAGE, Location.UNKNOWN, "--layer-role: " + e.getMessage());
        }
    }

    private static PlanReader open(OpenedInput input, boolean deriveBoundary, ConversionOptions options)
            throws PlanexException {
        PlanReader reader = new CrsCheckingPlanReader(input.openPlan(deriveBoundary), input.context().warnings(),
                Location.of(input.path()));
        if (options.targetCrs() != null && !options.targetCrs().equals(reader.header().crs())) {
            if (reader.header().crs() != null) {
                CrsService.standard().datumShiftWarning(reader.header().crs(), options.sourceShift(),
                        options.targetCrs()).ifPresent(w -> input.context().warnings().warning(Location.of(input.path()),
                        w));
            }
            try {
                reader = new ReprojectingPlanReader(reader, options.sourceShift(), options.targetCrs());
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
}
