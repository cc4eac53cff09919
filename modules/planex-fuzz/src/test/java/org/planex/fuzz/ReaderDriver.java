package org.planex.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;
import org.planex.model.Attachment;
import org.planex.model.layer.LayerSchema;
import org.planex.spi.DataModel;
import org.planex.spi.FormatProvider;
import org.planex.spi.LayerReader;
import org.planex.spi.PlanReader;
import org.planex.spi.ProbeInput;
import org.planex.spi.ReadContext;
import org.planex.spi.RecordCursor;

/**
 * Drives one provider over one input the way planex does: probe, open, then read every layer and record (or
 * the header, every feature and every attachment's content) to the end.
 */
public final class ReaderDriver {

    private final FormatProvider provider;

    /** A driver for {@code provider}. */
    public ReaderDriver(FormatProvider provider) {
        this.provider = Objects.requireNonNull(provider, "provider");
    }

    /** The provider driven. */
    public FormatProvider provider() {
        return provider;
    }

    /**
     * Reads {@code input} to the end and returns how many records, features and attachment bytes it saw.
     *
     * @throws IOException what the reader threw
     */
    public long readAll(Path input) throws IOException {
        provider.probe(ProbeInput.of(input));
        return provider.descriptor().dataModel() == DataModel.PLAN ? readPlan(input) : readLayers(input);
    }

    private long readLayers(Path input) throws IOException {
        long count = 0;
        try (LayerReader reader = provider.openLayerReader(ReadContext.of(input))) {
            reader.planHeader();
            for (LayerSchema layer : reader.layers()) {
                try (RecordCursor cursor = reader.open(layer.name())) {
                    while (cursor.read() != null) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    private long readPlan(Path input) throws IOException {
        long count = 0;
        try (PlanReader reader = provider.openPlanReader(ReadContext.of(input))) {
            while (reader.read() != null) {
                count++;
            }
            for (Attachment a : reader.header().attachments()) {
                try (InputStream in = reader.openAttachment(a)) {
                    count += in.transferTo(OutputStream.nullOutputStream());
                }
            }
        }
        return count;
    }
}
