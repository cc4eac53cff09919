package org.planex.spi.crs;

import java.util.Optional;
import org.planex.model.CrsRef;

/**
 * The EPSG registry as format plugins see it: definitions by code, and the code of a WKT text.
 *
 * <p>Found with {@link java.util.ServiceLoader}: list the implementation in
 * {@code META-INF/services/org.planex.spi.crs.CrsDefinitions} (planex-crs does). Plugins call
 * {@link #provider()}, which fails with a clear message when no implementation is on the class path.
 *
 * <p><b>Thread safety:</b> implementations are thread-safe and are used from many threads at once.
 *
 * <p><b>Null policy:</b> arguments must not be {@code null}; results are never {@code null}.
 *
 * <p><b>Note for implementers:</b> have a public no-argument constructor and load data on first use, not in
 * the constructor: commands that never touch a CRS must not pay for it.
 *
 * @since 0.2
 */
public interface CrsDefinitions {

    /** The definition of an EPSG code, or empty if the registry does not have it. */
    Optional<CrsDefinition> find(CrsRef crs);

    /**
     * The EPSG code of a WKT 1 (OGC or ESRI) or WKT 2 text, such as the content of a {@code .prj}.
     *
     * @return the match with its reason, or empty if no EPSG CRS fits
     * @throws IllegalArgumentException if the text is not well-formed WKT (the message says where)
     */
    Optional<CrsMatch> match(String wkt);

    /**
     * The implementation on the class path (the first one {@link java.util.ServiceLoader} finds, looked up once).
     *
     * @throws IllegalStateException if there is none: the message names the missing module
     */
    static CrsDefinitions provider() {
        return CrsDefinitionsLoader.provider();
    }
}
