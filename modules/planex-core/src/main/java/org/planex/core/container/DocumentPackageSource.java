package org.planex.core.container;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;
import org.planex.xml.PlanXml;

/** A bare {@code plan.xml} file without attachments, read as a package with one entry. */
final class DocumentPackageSource implements PackageSource {

    private final Path file;
    private final Location where;
    private final PackageLimits limits;

    DocumentPackageSource(Path file, PackageLimits limits) {
        this.file = file;
        this.where = Location.of(file);
        this.limits = limits;
    }

    @Override
    public Location location() {
        return where;
    }

    @Override
    public Location entryLocation(String entry) {
        return where;
    }

    @Override
    public boolean contains(String entry) {
        return PlanXml.DOCUMENT_NAME.equals(entry);
    }

    @Override
    public InputStream open(String entry) throws PlanexException {
        if (!contains(entry)) {
            throw PlanexException.unreadable(where, "a bare plan.xml has no entry " + entry
                    + "; package attachments in a ZIP or folder", null);
        }
        try {
            if (Files.size(file) > limits.maxEntrySize()) {
                throw PlanexException.unsafe(where, "file is larger than the limit of " + limits.maxEntrySize());
            }
            return Files.newInputStream(file);
        } catch (PlanexException e) {
            throw e;
        } catch (IOException e) {
            throw PlanexException.unreadable(where, "cannot read: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        // each open() returns its own stream
    }
}
