package org.planex.spi;

import java.io.Closeable;
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

    /** Releases the input. Idempotent. */
    @Override
    void close() throws PlanexException;
}
