package org.planex.rule;

import java.io.InputStream;
import java.nio.file.Path;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;

/**
 * A planex package as a container, for {@link RuleScope#PACKAGE} rules: its path and its entries (a folder or a
 * ZIP file; a bare {@code plan.xml} has one entry). Packages in other formats get no package checks. The engine
 * opens and closes the container.
 *
 * @since 0.1
 */
public interface PackageView {

    /** The package as given on the command line. */
    Path path();

    /** A name for messages: the package's file or folder name. */
    default String name() {
        Path f = path().getFileName();
        return f == null ? path().toString() : f.toString();
    }

    /** The package, for issue locations. */
    Location location();

    /** Where an entry is, for issue locations: the file of a folder entry, or the entry inside the ZIP. */
    Location entryLocation(String entry);

    /** Whether the package has an entry of that path (forward slashes, relative to the package root). */
    boolean contains(String entry);

    /**
     * Opens an entry for reading; the caller closes the stream.
     *
     * @throws PlanexException if there is no such entry or its path or size is refused
     */
    InputStream open(String entry) throws PlanexException;
}
