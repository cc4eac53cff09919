package org.planex.spi;

import org.planex.model.layer.LayerRecord;

/**
 * Receives the records of one layer being written.
 *
 * <p><b>Thread safety:</b> used by one thread at a time.
 *
 * @since 0.1
 */
public interface LayerSink {
    /**
     * Writes one record; its attributes follow the layer's fields.
     *
     * @throws PlanexException if the record does not fit the layer or cannot be written
     */
    void write(LayerRecord record) throws PlanexException;
}
