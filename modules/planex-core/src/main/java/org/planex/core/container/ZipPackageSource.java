package org.planex.core.container;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;

/**
 * A package in a ZIP file. Before anything is read, the central directory is checked: entry count, names
 * ({@code ..}, absolute paths, backslashes), symbolic links, declared sizes and compression ratios. While
 * reading, every stream is cut off at its declared size, so an archive that lies about sizes is refused too.
 */
final class ZipPackageSource implements PackageSource {

    private final Location where;
    private final ZipFile zip;
    private final Map<String, ZipDirectory.Entry> entries = new HashMap<>();
    private final PackageLimits limits;

    ZipPackageSource(Path path, PackageLimits limits) throws PlanexException {
        this.where = Location.of(path);
        this.limits = limits;
        List<ZipDirectory.Entry> list;
        try {
            list = ZipDirectory.read(path, limits.maxEntries());
        } catch (ZipDirectory.LimitException e) {
            throw PlanexException.unsafe(where, e.getMessage());
        } catch (IOException e) {
            throw PlanexException.unreadable(where, "cannot read the ZIP: " + e.getMessage(), e);
        }
        long total = 0;
        for (ZipDirectory.Entry e : list) {
            EntryNames.check(where, e.name());
            if (e.link()) {
                throw PlanexException.unsafe(where.withEntry(e.name()), "entry is a symbolic link; links are "
                        + "refused in packages");
            }
            checkSize(e);
            total += e.size();
            if (total > limits.maxTotalSize()) {
                throw PlanexException.unsafe(where, "entries expand to more than " + limits.maxTotalSize()
                        + " bytes in total");
            }
            if (entries.put(e.name(), e) != null) {
                throw PlanexException.unsafe(where.withEntry(e.name()), "entry appears twice in the ZIP");
            }
        }
        try {
            this.zip = new ZipFile(path.toFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw PlanexException.unreadable(where, "cannot open the ZIP: " + e.getMessage(), e);
        }
    }

    private void checkSize(ZipDirectory.Entry e) throws PlanexException {
        if (e.size() > limits.maxEntrySize()) {
            throw PlanexException.unsafe(where.withEntry(e.name()), "entry expands to " + e.size()
                    + " bytes, more than the limit of " + limits.maxEntrySize());
        }
        if (e.size() > PackageLimits.RATIO_THRESHOLD
                && e.size() > limits.maxRatio() * Math.max(1, e.compressedSize())) {
            throw PlanexException.unsafe(where.withEntry(e.name()), String.format(
                    "compression ratio %.0f:1 is above the limit of %.0f:1 (a ZIP bomb?)",
                    (double) e.size() / Math.max(1, e.compressedSize()), limits.maxRatio()));
        }
    }

    static boolean looksLikeZip(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] b = in.readNBytes(4);
            return b.length == 4 && b[0] == 'P' && b[1] == 'K' && (b[2] == 3 || b[2] == 5);
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public Location location() {
        return where;
    }

    @Override
    public Location entryLocation(String entry) {
        return where.withEntry(entry);
    }

    @Override
    public boolean contains(String entry) {
        return entries.containsKey(entry);
    }

    @Override
    public InputStream open(String entry) throws PlanexException {
        ZipDirectory.Entry declared = entries.get(entry);
        ZipEntry ze = declared == null ? null : zip.getEntry(entry);
        if (ze == null) {
            throw PlanexException.unreadable(where.withEntry(entry), "no such entry in the package", null);
        }
        try {
            return new LimitedInputStream(zip.getInputStream(ze), declared.size(), "entry " + entry);
        } catch (IOException e) {
            throw PlanexException.unreadable(where.withEntry(entry), "cannot read: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws PlanexException {
        try {
            zip.close();
        } catch (IOException e) {
            throw PlanexException.unreadable(where, "cannot close: " + e.getMessage(), e);
        }
    }
}
