package org.planex.spi;

import java.io.InputStream;
import java.util.Objects;
import org.planex.model.Attachment;
import org.planex.model.PlanFeature;
import org.planex.model.PlanHeader;

/**
 * A {@link PlanReader} that hands every call to another one: the base of decorators that change the header,
 * check or transform features on the way, or count them. A subclass overrides what it changes; closing it
 * closes the wrapped reader.
 *
 * <p><b>Thread safety:</b> as the wrapped reader: one thread at a time.
 *
 * @since 0.2
 */
public abstract class ForwardingPlanReader implements PlanReader {

    /** The wrapped reader. */
    protected final PlanReader delegate;

    /**
     * Wraps {@code delegate}.
     *
     * @throws NullPointerException if {@code delegate} is {@code null}
     */
    protected ForwardingPlanReader(PlanReader delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public PlanHeader header() {
        return delegate.header();
    }

    @Override
    public PlanFeature read() throws PlanexException {
        return delegate.read();
    }

    @Override
    public InputStream openAttachment(Attachment attachment) throws PlanexException {
        return delegate.openAttachment(attachment);
    }

    @Override
    public void close() throws PlanexException {
        delegate.close();
    }
}
