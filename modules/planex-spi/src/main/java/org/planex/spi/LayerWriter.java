package org.planex.spi;

import java.io.Closeable;
import org.planex.model.PlanHeader;
import org.planex.model.layer.LayerSchema;

/**
 * Writes a layered dataset. Layers are created up front or as needed and may be written interleaved. The
 * output appears only when {@link #finish()} succeeds; {@link #abort()} or {@link #close()} without finish
 * leaves the target as it was.
 *
 * <p><b>Thread safety:</b> used by one thread at a time.
 *
 * @since 0.1
 */
public interface LayerWriter extends Closeable {

    /**
     * Stores the plan header with the data, if the format can (GeoPackage metadata); other formats ignore it.
     * Call at most once, before {@link #finish()}.
     */
    void writePlanHeader(PlanHeader header) throws PlanexException;

    /**
     * Creates a layer. Field names the format cannot hold are changed and the change reported as a warning.
     *
     * @throws PlanexException if the layer cannot be created or exists already
     */
    LayerSink createLayer(LayerSchema schema) throws PlanexException;

    /**
     * Whether {@link #createLayer} can create one more layer: false for a single-file target that holds one
     * layer and has it already. Callers use it to leave out optional layers (such as a plan boundary) rather
     * than fail.
     */
    default boolean canCreateLayer() {
        return true;
    }

    /** Completes the output and moves it into place. */
    void finish() throws PlanexException;

    /** Discards everything written. Idempotent. */
    void abort();

    /** Aborts unless {@link #finish()} succeeded. Idempotent. */
    @Override
    void close() throws PlanexException;
}
