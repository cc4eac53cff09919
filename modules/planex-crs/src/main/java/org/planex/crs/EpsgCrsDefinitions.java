package org.planex.crs;

import java.util.Objects;
import java.util.Optional;
import org.planex.model.CrsRef;
import org.planex.spi.crs.CrsDefinition;
import org.planex.spi.crs.CrsDefinitions;
import org.planex.spi.crs.CrsMatch;

/**
 * The {@link CrsDefinitions} of planex-crs: every EPSG geographic 2D and projected CRS of the EPSG dataset
 * shipped with PROJ (see {@code docs/crs.md}), listed in {@code META-INF/services} so that format plugins find
 * it with {@link CrsDefinitions#provider()}.
 *
 * <p>The catalogue is read on the first {@link #find}, the matcher's indexes built on the first {@link #match};
 * constructing this class costs nothing.
 *
 * <p><b>Thread safety:</b> thread-safe. <b>Null policy:</b> arguments must not be {@code null}; results are
 * never {@code null}.
 *
 * @since 0.2
 */
public final class EpsgCrsDefinitions implements CrsDefinitions {

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public EpsgCrsDefinitions() {
        // data is loaded on first use
    }

    @Override
    public Optional<CrsDefinition> find(CrsRef crs) {
        Objects.requireNonNull(crs, "crs");
        return EpsgCatalog.standard().get(crs.epsg()).map(EpsgEntry::definition);
    }

    @Override
    public Optional<CrsMatch> match(String wkt) {
        Objects.requireNonNull(wkt, "wkt");
        return WktCrsMatcher.standard().match(wkt);
    }
}
