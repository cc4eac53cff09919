package org.planex.spi;

import java.io.Closeable;
import org.planex.model.layer.LayerRecord;

/**
 * Streams the records of one layer.
 *
 * <p><b>Thread safety:</b> used by one thread at a time. {@link #close()} is idempotent.
 *
 * @since 0.1
 */
public interface RecordCursor extends Closeable {

    /**
     * The next record, or {@code null} at the end of the layer.
     *
     * @throws PlanexException if a record cannot be read; its location names the record number
     */
    LayerRecord read() throws PlanexException;

    @Override
    void close() throws PlanexException;
}
