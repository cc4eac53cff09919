package org.planex.spi.io;

import org.planex.model.layer.LayerRecord;
import org.planex.model.layer.LayerSchema;
import org.planex.spi.LayerRecordCheck;
import org.planex.spi.LayerSink;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;

/**
 * The base of layer sinks: every record is checked by {@link LayerRecordCheck} (each attribute a field of the
 * layer, of the field's type) before the format encodes it, so no format can skip the check, and the records
 * written are counted. A write after the writer finished or aborted throws an {@link IllegalStateException}.
 *
 * <p><b>Thread safety:</b> used by one thread at a time.
 *
 * @since 0.3
 */
public abstract class AbstractLayerSink implements LayerSink {

    /** The layer written. */
    protected final LayerSchema schema;
    private final AbstractLayerWriter writer;
    private final Location location;
    private final LayerRecordCheck check;
    private long count;

    /**
     * A sink of {@code writer} for layer {@code schema}.
     *
     * @param location the layer's file or table, to which record numbers and feature ids are added in errors
     */
    protected AbstractLayerSink(AbstractLayerWriter writer, LayerSchema schema, Location location) {
        this.writer = writer;
        this.schema = schema;
        this.location = location;
        this.check = new LayerRecordCheck(schema);
    }

    @Override
    public final void write(LayerRecord record) throws PlanexException {
        writer.requireOpen("write() to layer " + schema.name());
        Location at = location.atRecord(record.index()).withFeature(record.fid());
        check.check(record, at);
        encode(record, at);
        count++;
    }

    /** The number of records written. */
    public final long count() {
        return count;
    }

    /** The layer's location (file or table). */
    protected final Location location() {
        return location;
    }

    /**
     * Encodes a record that fits the layer.
     *
     * @param at the record's location, for errors and warnings
     * @throws PlanexException if it cannot be encoded or written
     */
    protected abstract void encode(LayerRecord record, Location at) throws PlanexException;
}
