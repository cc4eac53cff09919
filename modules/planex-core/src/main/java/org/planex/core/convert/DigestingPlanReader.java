package org.planex.core.convert;

import java.io.InputStream;
import org.planex.model.Attachment;
import org.planex.model.PlanFeature;
import org.planex.model.PlanHeader;
import org.planex.spi.PlanReader;
import org.planex.spi.PlanexException;

/**
 * A {@link PlanReader} that passes features through and adds each to a {@link PlanDigest}, so that a
 * summary and a content checksum come from one streaming pass.
 *
 * <p><b>Thread safety:</b> not thread-safe, like the reader it wraps.
 *
 * @since 0.1
 */
public final class DigestingPlanReader implements PlanReader {

    private final PlanReader reader;
    private final PlanDigest digest = new PlanDigest();

    /** Wraps {@code reader}; closing this closes it. */
    public DigestingPlanReader(PlanReader reader) {
        this.reader = reader;
    }

    /** The digest of the features read so far; call once, after the last feature. */
    public String digest() {
        return digest.hex();
    }

    @Override
    public PlanHeader header() {
        return reader.header();
    }

    @Override
    public PlanFeature read() throws PlanexException {
        PlanFeature f = reader.read();
        if (f != null) {
            digest.add(f);
        }
        return f;
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
