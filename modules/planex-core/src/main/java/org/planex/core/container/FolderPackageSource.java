package org.planex.core.container;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;

/**
 * A package in a folder. Entry paths are checked like ZIP entry names, and an entry that is, or lies
 * behind, a symbolic link leading outside the folder is refused.
 */
final class FolderPackageSource implements PackageSource {

    private final Path root;
    private final Path realRoot;
    private final Location where;
    private final PackageLimits limits;

    FolderPackageSource(Path root, PackageLimits limits) throws PlanexException {
        this.root = root;
        this.where = Location.of(root);
        this.limits = limits;
        try {
            this.realRoot = root.toRealPath();
        } catch (IOException e) {
            throw PlanexException.unreadable(where, "cannot open the folder: " + e.getMessage(), e);
        }
    }

    @Override
    public Location location() {
        return where;
    }

    @Override
    public Location entryLocation(String entry) {
        return Location.of(root.resolve(entry));
    }

    @Override
    public boolean contains(String entry) {
        return Files.exists(root.resolve(entry), LinkOption.NOFOLLOW_LINKS);
    }

    @Override
    public InputStream open(String entry) throws PlanexException {
        EntryNames.check(where, entry);
        Path file = root.resolve(entry);
        Location at = Location.of(file);
        if (!Files.exists(file)) {
            throw PlanexException.unreadable(at, "no such file in the package", null);
        }
        try {
            if (Files.isSymbolicLink(file) || !file.toRealPath().startsWith(realRoot)) {
                throw PlanexException.unsafe(at, "file is a link or leads outside the package folder");
            }
            long size = Files.size(file);
            if (size > limits.maxEntrySize()) {
                throw PlanexException.unsafe(at, "file has " + size + " bytes, more than the limit of "
                        + limits.maxEntrySize());
            }
            return Files.newInputStream(file);
        } catch (PlanexException e) {
            throw e;
        } catch (IOException e) {
            throw PlanexException.unreadable(at, "cannot read: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        // nothing is held open between reads
    }
}
