package org.planex.spi;

import java.io.Closeable;
import java.io.InputStream;
import org.planex.model.Attachment;
import org.planex.model.PlanFeature;
import org.planex.model.PlanHeader;

/**
 * Streams one plan package: the header first, then one feature at a time, so that memory does not grow with
 * the number of features.
 *
 * <p><b>Thread safety:</b> a reader is used by one thread at a time.
 *
 * <p><b>States:</b> a reader that has thrown, or has been closed, refuses further reads with an
 * {@link IllegalStateException}. {@link #close()} is idempotent.
 *
 * @since 0.1
 */
public interface PlanReader extends Closeable {

    /**
     * The package header, read when the reader was opened.
     */
    PlanHeader header();

    /**
     * The next feature, or {@code null} at the end of the package.
     *
     * @throws PlanexException if the data cannot be read or is invalid; its location names the line or record
     *     and feature id
     */
    PlanFeature read() throws PlanexException;

    /**
     * Opens the content of an attachment the header lists. Formats that carry no attachments keep the default,
     * which throws.
     *
     * @throws PlanexException of kind UNREADABLE_INPUT if the content is not available
     */
    default InputStream openAttachment(Attachment attachment) throws PlanexException {
        throw PlanexException.unreadable(Location.UNKNOWN, "this format carries no attachment content ("
                + attachment.path() + ")", null);
    }

    /** Releases the input. Idempotent. */
    @Override
    void close() throws PlanexException;
}
