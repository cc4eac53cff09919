package org.planex.core.convert;

import org.planex.model.PlanFeature;
import org.planex.spi.ForwardingPlanReader;
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
public final class DigestingPlanReader extends ForwardingPlanReader {

    private final PlanDigest digest = new PlanDigest();

    /** Wraps {@code reader}; closing this closes it. */
    public DigestingPlanReader(PlanReader reader) {
        super(reader);
    }

    /** The digest of the features read so far; call once, after the last feature. */
    public String digest() {
        return digest.hex();
    }

    @Override
    public PlanFeature read() throws PlanexException {
        PlanFeature f = delegate.read();
        if (f != null) {
            digest.add(f);
        }
        return f;
    }
}
