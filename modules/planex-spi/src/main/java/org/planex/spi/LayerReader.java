package org.planex.spi;

import java.io.Closeable;
import java.util.List;
import java.util.Optional;
import org.planex.model.PlanHeader;
import org.planex.model.layer.LayerSchema;

/**
 * Reads a layered dataset (a folder of shapefiles, a GeoPackage, a GeoJSON file). Layers can be opened in any
 * order and more than once, each as a streaming {@link RecordCursor}.
 *
 * <p><b>Thread safety:</b> a reader and its cursors are used by one thread at a time. {@link #close()} closes
 * open cursors and is idempotent.
 *
 * @since 0.1
 */
public interface LayerReader extends Closeable {

    /** The layers, in the dataset's order. */
    List<LayerSchema> layers();

    /**
     * The plan header stored with the data by a planex writer (GeoPackage metadata, for example), if any; a
     * profile uses it to restore the package exactly.
     */
    Optional<PlanHeader> planHeader();

    /**
     * Opens a layer for reading from its first record.
     *
     * @throws PlanexException if there is no such layer or it cannot be read
     */
    RecordCursor open(String layerName) throws PlanexException;

    @Override
    void close() throws PlanexException;
}
