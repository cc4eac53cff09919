package org.planex.core.container;

import java.io.Closeable;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;

/**
 * Read access to the entries of a plan package, whatever its container: a ZIP, a folder, or a bare
 * {@code plan.xml}. Every stream it opens is bounded by the {@link PackageLimits}.
 *
 * <p><b>Thread safety:</b> used by one thread at a time.
 *
 * @since 0.1
 */
public interface PackageSource extends Closeable {

    /**
     * Opens a package: a folder, a ZIP file (by its first bytes) or any other file as a bare {@code plan.xml}.
     *
     * @throws PlanexException UNREADABLE_INPUT if it cannot be opened, UNSAFE_INPUT if it breaks the limits
     */
    static PackageSource open(Path path, PackageLimits limits) throws PlanexException {
        if (Files.isDirectory(path)) {
            return new FolderPackageSource(path, limits);
        }
        if (ZipPackageSource.looksLikeZip(path)) {
            return new ZipPackageSource(path, limits);
        }
        return new DocumentPackageSource(path, limits);
    }

    /** The package, for error messages. */
    Location location();

    /** Where an entry is, for error messages: the file of a folder entry, or the entry inside the ZIP. */
    Location entryLocation(String entry);

    /** Whether the package has an entry of that path (forward slashes, relative to the package root). */
    boolean contains(String entry);

    /**
     * Opens an entry for reading.
     *
     * @throws PlanexException UNREADABLE_INPUT if there is no such entry, UNSAFE_INPUT if its path or size is
     *     refused
     */
    InputStream open(String entry) throws PlanexException;

    @Override
    void close() throws PlanexException;
}
