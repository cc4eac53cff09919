package org.planex.core.convert;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.planex.model.Attachment;
import org.planex.model.FeatureKind;
import org.planex.model.PlanFeature;
import org.planex.model.PlanHeader;
import org.planex.spi.DataModel;
import org.planex.spi.ErrorKind;
import org.planex.spi.FormatProvider;
import org.planex.spi.Location;
import org.planex.spi.PlanReader;
import org.planex.spi.PlanWriter;
import org.planex.spi.PlanexException;
import org.planex.spi.ReadContext;
import org.planex.spi.WriteContext;

/**
 * Converts a plan from one format to another, streaming: one feature is held at a time, so memory does not
 * grow with the size of the plan. The output appears only if the whole conversion succeeds.
 *
 * <p><b>Thread safety:</b> stateless; one instance serves many conversions at once.
 *
 * @since 0.1
 */
public final class PlanConverter {

    /**
     * Converts {@code input} read by {@code from} into {@code output} written by {@code to}.
     *
     * @throws PlanexException for unreadable input (the output is not created), invalid data, or an output
     *     that cannot be written
     */
    public ConversionResult convert(FormatProvider from, ReadContext input, FormatProvider to, WriteContext output)
            throws PlanexException {
        requirePlanModel(from);
        requirePlanModel(to);
        long start = System.nanoTime();
        Map<FeatureKind, Long> counts = new EnumMap<>(FeatureKind.class);
        int attachments = 0;
        try (PlanReader reader = from.openPlanReader(input); PlanWriter writer = to.openPlanWriter(output)) {
            PlanHeader header = reader.header();
            writer.begin(header);
            attachments = copyAttachments(header, reader, writer, output);
            for (PlanFeature f = reader.read(); f != null; f = reader.read()) {
                writer.write(f);
                counts.merge(f.kind(), 1L, Long::sum);
            }
            writer.finish();
        }
        return new ConversionResult(counts, attachments, Duration.ofNanos(System.nanoTime() - start));
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

    private static void requirePlanModel(FormatProvider p) throws PlanexException {
        if (p.descriptor().dataModel() != DataModel.PLAN) {
            throw new PlanexException(ErrorKind.USAGE, Location.UNKNOWN, "format " + p.descriptor().id()
                    + " holds layers of GIS records; converting it needs a profile that maps layers to plans");
        }
    }
}
