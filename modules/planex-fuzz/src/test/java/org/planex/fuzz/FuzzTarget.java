package org.planex.fuzz;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;

/**
 * One reader to fuzz: the provider id it is found by through the SPI, how to write its valid seed, and the
 * mutators that break it.
 *
 * @param reader the name in reports and regression folders, e.g. {@code shapefile}
 * @param providerId the {@link org.planex.spi.FormatDescriptor#id()} of the provider
 * @param seed writes the valid sample into a folder and returns the input path
 * @param mutators the format's mutators
 */
public record FuzzTarget(String reader, String providerId, SeedWriter seed, List<Mutator> mutators) {

    /** Copies the mutator list. */
    public FuzzTarget {
        mutators = List.copyOf(mutators);
    }

    /** The driver of this target's provider, found through {@link ServiceLoader}. */
    public ReaderDriver driver() {
        return new ReaderDriver(ServiceLoader.load(org.planex.spi.FormatProvider.class).stream()
                .map(ServiceLoader.Provider::get).filter(p -> p.descriptor().id().equals(providerId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no format provider " + providerId + " on the class path")));
    }

    /** Writes a valid sample of the format. */
    @FunctionalInterface
    public interface SeedWriter {
        /** Writes the sample into {@code dir} and returns the path a reader opens. */
        Path write(Path dir) throws IOException;
    }
}
