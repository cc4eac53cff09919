package org.planex.validate.engine;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;
import org.planex.core.container.PackageSource;
import org.planex.rule.PackageView;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;

/**
 * The engine's {@link PackageView}: a planex package as a container, its path and its opened source.
 * Packages in other formats have no container checks.
 *
 * @param path the package as given on the command line
 * @param source the opened container; the engine closes it
 * @since 0.1
 */
public record PackageInput(Path path, PackageSource source) implements PackageView {

    /** Checks the parts. */
    public PackageInput {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(source, "source");
    }

    @Override
    public Location location() {
        return source.location();
    }

    @Override
    public Location entryLocation(String entry) {
        return source.entryLocation(entry);
    }

    @Override
    public boolean contains(String entry) {
        return source.contains(entry);
    }

    @Override
    public InputStream open(String entry) throws PlanexException {
        return source.open(entry);
    }
}
