package org.planex.format.xplan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.planex.model.Attachment;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;
import org.planex.spi.Sha256;
import org.planex.spi.io.SafeZipExtractor;

/**
 * An XPlanArchiv: a ZIP with the plan as {@value XPlanNames#ARCHIVE_ENTRY} at its root and the documents it
 * refers to (texts, scanned plans, georeferenced rasters) beside it. The archive is checked and extracted by the
 * SPI's {@link SafeZipExtractor} (entry names, count, total size, compression ratio) into a temporary folder,
 * which {@link #close()} deletes. Every other file becomes an attachment {@code attachments/NAME} with its
 * SHA-256 and a media type from its suffix.
 *
 * <p><b>Thread safety:</b> not thread-safe; one per reader.
 */
final class XPlanArchive implements AutoCloseable {

    private static final Map<String, String> MEDIA_TYPES = Map.ofEntries(
            Map.entry("pdf", "application/pdf"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("tif", "image/tiff"), Map.entry("tiff", "image/tiff"),
            Map.entry("txt", "text/plain"), Map.entry("htm", "text/html"), Map.entry("html", "text/html"),
            Map.entry("xml", "application/xml"), Map.entry("gml", "application/gml+xml"),
            Map.entry("pgw", "text/plain"), Map.entry("tfw", "text/plain"), Map.entry("wld", "text/plain"));

    private final Path folder;
    private final Path plan;
    private final List<Attachment> attachments = new ArrayList<>();
    private final Map<String, Path> files;

    /**
     * Extracts {@code zip}.
     *
     * @throws PlanexException UNSAFE_INPUT for a refused archive, UNREADABLE_INPUT for a corrupt one or one
     *     without {@value XPlanNames#ARCHIVE_ENTRY}
     */
    XPlanArchive(Path zip) throws PlanexException {
        Location where = Location.of(zip);
        try {
            this.folder = Files.createTempDirectory("planex-xplan-");
        } catch (IOException e) {
            throw PlanexException.unreadable(where, "cannot create a temporary folder: " + e.getMessage(), e);
        }
        try {
            this.files = SafeZipExtractor.extract(zip, folder, name -> true);
            this.plan = files.get(XPlanNames.ARCHIVE_ENTRY);
            if (plan == null) {
                throw PlanexException.unreadable(where, "the archive has no " + XPlanNames.ARCHIVE_ENTRY
                        + " at its root; an XPlanArchiv holds the plan under that name", null);
            }
            for (Map.Entry<String, Path> e : files.entrySet()) {
                if (!e.getKey().equals(XPlanNames.ARCHIVE_ENTRY)) {
                    attachments.add(attachment(where, e.getKey(), e.getValue()));
                }
            }
        } catch (PlanexException e) {
            close();
            throw e;
        }
    }

    /** The extracted {@value XPlanNames#ARCHIVE_ENTRY}. */
    Path plan() {
        return plan;
    }

    /** The other files of the archive, in archive order. */
    List<Attachment> attachments() {
        return List.copyOf(attachments);
    }

    /** Opens the content of an attachment of {@link #attachments()}. */
    InputStream open(Attachment a, Location where) throws PlanexException {
        Path file = files.get(a.path().substring("attachments/".length()));
        if (file == null || !attachments.contains(a)) {
            throw PlanexException.unreadable(where, "the archive has no attachment " + a.path(), null);
        }
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw PlanexException.unreadable(where.withEntry(a.path()), "cannot read: " + e.getMessage(), e);
        }
    }

    private static Attachment attachment(Location where, String entry, Path file) throws PlanexException {
        try (InputStream in = Files.newInputStream(file)) {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String suffix = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
            return new Attachment("attachments/" + entry, MEDIA_TYPES.getOrDefault(suffix,
                    "application/octet-stream"), Sha256.of(in), name);
        } catch (IOException e) {
            throw PlanexException.unreadable(where.withEntry(entry), "cannot read: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw PlanexException.invalid(where.withEntry(entry), "the entry cannot be an attachment: "
                    + e.getMessage(), e);
        }
    }

    /** Deletes the temporary folder. */
    @Override
    public void close() {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            folder.toFile().deleteOnExit();
        }
    }
}
