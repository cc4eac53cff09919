package org.planex.spi.codes;

import java.util.List;

/**
 * Contributes code systems and crosswalks: the extension point found with {@link java.util.ServiceLoader}
 * (list the class in {@code META-INF/services/org.planex.spi.codes.CodeSystemProvider}; it needs a public
 * no-argument constructor).
 *
 * <p><b>Thread safety:</b> providers are stateless or immutable and may be asked from many threads.
 *
 * <p><b>Note for implementers:</b> these methods are called when a registry is built, so they must be
 * cheap: return systems and crosswalks that load their data on first use. System ids must be unique across
 * all providers on the class path; a registry refuses duplicates.
 *
 * @since 0.1
 */
public interface CodeSystemProvider {

    /** The code systems this provider contributes; may be empty. */
    List<CodeSystem> codeSystems();

    /** The crosswalks this provider contributes; may be empty. */
    List<Crosswalk> crosswalks();
}
