package org.planex.spi;

import java.io.Closeable;
import java.io.InputStream;
import org.planex.model.Attachment;
import org.planex.model.PlanFeature;
import org.planex.model.PlanHeader;

/**
 * Writes one plan package: {@link #begin(PlanHeader)} once, {@link #write(PlanFeature)} for each feature,
 * then {@link #finish()}. The target appears only when {@code finish()} succeeds; until then the writer works
 * on a temporary file beside it, and {@link #abort()} or a {@link #close()} without {@code finish()} removes
 * that file. A failed conversion leaves no half-written output.
 *
 * <p><b>Thread safety:</b> a writer is used by one thread at a time.
 *
 * @since 0.1
 */
public interface PlanWriter extends Closeable {

    /**
     * Starts the package with its header.
     *
     * @throws IllegalStateException if called twice
     */
    void begin(PlanHeader header) throws PlanexException;

    /**
     * Writes one feature.
     *
     * @throws IllegalStateException before {@link #begin} or after {@link #finish}
     */
    void write(PlanFeature feature) throws PlanexException;

    /**
     * Whether this writer stores attachment content ({@link #addAttachment}). Formats that cannot keep the
     * default {@code false}; callers then warn that attachments are left out.
     */
    default boolean acceptsAttachments() {
        return false;
    }

    /**
     * Stores the content of an attachment the header lists, after {@link #begin}. The writer checks the
     * content against the SHA-256 of the header.
     *
     * @throws UnsupportedOperationException if {@link #acceptsAttachments()} is false
     * @throws PlanexException if the content does not match or cannot be written
     */
    default void addAttachment(Attachment attachment, InputStream content) throws PlanexException {
        throw new UnsupportedOperationException("this format cannot store attachments");
    }

    /** Completes the output and moves it into place. */
    void finish() throws PlanexException;

    /** Discards everything written; the target is left as it was. Idempotent. */
    void abort();

    /** Aborts unless {@link #finish()} succeeded. Idempotent. */
    @Override
    void close() throws PlanexException;
}
