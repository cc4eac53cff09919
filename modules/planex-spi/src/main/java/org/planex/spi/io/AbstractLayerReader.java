package org.planex.spi.io;

import java.util.ArrayList;
import java.util.List;
import org.planex.spi.LayerReader;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;
import org.planex.spi.RecordCursor;

/**
 * The base of layer readers: the open/close bookkeeping and one missing-layer error for every format.
 * {@link #open} refuses a closed reader with an {@link IllegalStateException} and an unknown layer with
 * {@link #missingLayer}; {@link #close()} closes every cursor opened and then {@link #release()}s the input,
 * once.
 *
 * <p><b>Thread safety:</b> a reader and its cursors are used by one thread at a time.
 *
 * @since 0.3
 */
public abstract class AbstractLayerReader implements LayerReader {

    private final List<RecordCursor> cursors = new ArrayList<>();
    private boolean closed;

    /** The input's location (file or folder), named in errors. */
    protected abstract Location location();

    @Override
    public final RecordCursor open(String layerName) throws PlanexException {
        if (closed) {
            throw new IllegalStateException("layer reader of " + location() + " is closed");
        }
        if (layers().stream().noneMatch(l -> l.name().equals(layerName))) {
            throw missingLayer(layerName);
        }
        RecordCursor cursor = openLayer(layerName);
        cursors.add(cursor);
        return cursor;
    }

    /**
     * The error for a layer the input does not hold, the same in every format: kind UNREADABLE_INPUT, naming
     * the layer, the input and the layers that exist.
     */
    protected final PlanexException missingLayer(String layerName) {
        List<String> names = layers().stream().map(l -> "'" + l.name() + "'").toList();
        return PlanexException.unreadable(location(), "no layer '" + layerName + "'; the input holds "
                + (names.isEmpty() ? "no layers" : "the layers " + String.join(", ", names))
                + "; use one of those names", null);
    }

    @Override
    public final void close() throws PlanexException {
        if (closed) {
            return;
        }
        closed = true;
        PlanexException first = null;
        for (RecordCursor c : cursors) {
            try {
                c.close();
            } catch (PlanexException e) {
                first = first == null ? e : first;
            }
        }
        cursors.clear();
        try {
            release();
        } catch (PlanexException e) {
            first = first == null ? e : first;
        }
        if (first != null) {
            throw first;
        }
    }

    /** Whether {@link #close()} was called. */
    protected final boolean isClosed() {
        return closed;
    }

    /**
     * Opens a cursor on a layer that {@link #layers()} lists.
     *
     * @throws PlanexException if it cannot be read
     */
    protected abstract RecordCursor openLayer(String layerName) throws PlanexException;

    /**
     * Releases the input after the cursors are closed; called once.
     *
     * @throws PlanexException if releasing fails
     */
    protected abstract void release() throws PlanexException;
}
