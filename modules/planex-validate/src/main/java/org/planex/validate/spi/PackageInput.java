package org.planex.validate.spi;

import java.nio.file.Path;
import java.util.Objects;
import org.planex.core.container.PackageSource;

/**
 * A planex package as a container, for {@link RuleScope#PACKAGE} rules: its path and its opened source.
 * Packages in other formats have no container checks.
 *
 * @param path the package as given on the command line
 * @param source the opened container; the engine closes it
 * @since 0.1
 */
public record PackageInput(Path path, PackageSource source) {

    /** Checks the parts. */
    public PackageInput {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(source, "source");
    }

    /** A name for messages: the package's file or folder name. */
    public String name() {
        Path f = path.getFileName();
        return f == null ? path.toString() : f.toString();
    }
}
