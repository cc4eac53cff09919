package org.planex.format.shapefile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.planex.model.PlanHeader;
import org.planex.model.layer.LayerSchema;
import org.planex.spi.LayerSink;
import org.planex.spi.Location;
import org.planex.spi.PlanHeaderText;
import org.planex.spi.PlanexException;
import org.planex.spi.WarningListener;
import org.planex.spi.io.AbstractLayerWriter;
import org.planex.spi.io.AtomicOutput;
import org.planex.spi.io.SafeZipExtractor;

/**
 * Writes layers as shapefile sets, one per layer, into a folder, or into a ZIP archive when the target name
 * ends with {@code .zip}, through an {@link AtomicOutput}: a folder target is written in the output's temporary
 * folder and moved into place by {@link #finish()}, replacing an existing folder as a whole (files planex did
 * not write go with it); an archive's files are written in the output's scratch folder and zipped into its
 * temporary file, which is moved over the target (entries that deflate more than {@link SafeZipExtractor}
 * accepts are stored uncompressed, so planex always reads its own archives). {@link #abort()} deletes the
 * temporary files and leaves the target as it was. The plan header is kept in a sidecar file.
 *
 * <p><b>Thread safety:</b> one thread at a time.
 */
final class ShapefileLayerWriter extends AbstractLayerWriter {

    private final Path target;
    private final boolean zip;
    private final Path work;
    private final Charset charset;
    private final WarningListener warnings;
    private final List<ShapefileLayerSink> sinks = new ArrayList<>();
    private final Set<String> fileNames = new HashSet<>();

    private ShapefileLayerWriter(AtomicOutput output, boolean zip, Charset charset, WarningListener warnings)
            throws PlanexException {
        super(output);
        this.target = output.target();
        this.zip = zip;
        this.work = zip ? output.scratch() : output.path();
        this.charset = charset;
        this.warnings = warnings;
    }

    /**
     * Opens a writer.
     *
     * @throws PlanexException if the target is an existing file of the wrong kind or its folder is not writable
     */
    static ShapefileLayerWriter open(Path target, Charset charset, WarningListener warnings) throws PlanexException {
        Path absolute = target.toAbsolutePath();
        boolean zip = absolute.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
        if (!zip && Files.isRegularFile(absolute)) {
            throw PlanexException.notWritable(Location.of(target), "the target is a file; shapefiles are written"
                    + " to a folder or to a name ending with .zip", null);
        }
        if (zip && Files.isDirectory(absolute)) {
            throw PlanexException.notWritable(Location.of(target), "the target is a folder but its name ends"
                    + " with .zip", null);
        }
        try {
            Files.createDirectories(absolute.getParent());
        } catch (IOException e) {
            throw PlanexException.notWritable(Location.of(target), "cannot create the folder " + absolute.getParent()
                    + ": " + e.getMessage(), e);
        }
        AtomicOutput output = zip ? AtomicOutput.file(absolute) : AtomicOutput.folder(absolute);
        try {
            return new ShapefileLayerWriter(output, zip, charset, warnings);
        } catch (PlanexException e) {
            output.abort();
            throw e;
        }
    }

    /** Keeps the header in the sidecar {@link ShapefileNames#HEADER_FILE}, which GIS programs ignore. */
    @Override
    protected void storePlanHeader(PlanHeader header) throws PlanexException {
        try {
            try (java.io.Writer out = Files.newBufferedWriter(work.resolve(ShapefileNames.HEADER_FILE),
                    java.nio.charset.StandardCharsets.UTF_8)) {
                PlanHeaderText.write(header, out);
            }
        } catch (IOException e) {
            throw PlanexException.notWritable(Location.of(target), "cannot write the plan header sidecar: "
                    + e.getMessage(), e);
        }
    }

    @Override
    protected LayerSink newLayer(LayerSchema schema) throws PlanexException {
        String base = ShapefileNames.fileSafe(schema.name());
        if (!fileNames.add(base.toLowerCase(Locale.ROOT))) {
            throw PlanexException.notWritable(Location.of(target), "layer '" + schema.name() + "' exists already"
                    + " (shapefile names are case-insensitive)", null);
        }
        if (!base.equals(schema.name())) {
            warnings.warning(Location.of(target), "layer '" + schema.name() + "' is written as " + base + ".shp");
        }
        Location where = zip ? Location.of(target).withEntry(base + ".shp") : Location.of(target.resolve(base + ".shp"));
        try {
            ShapefileLayerSink sink = new ShapefileLayerSink(this, schema, work, base, charset, where, warnings);
            sinks.add(sink);
            return sink;
        } catch (IOException e) {
            throw PlanexException.notWritable(where, "cannot create the layer files: " + e.getMessage(), e);
        }
    }

    @Override
    protected void complete() throws IOException {
        for (ShapefileLayerSink s : sinks) {
            s.finish();
        }
        closeSinks();
        if (zip) {
            Set<String> tooDense = writeArchive(output.path(), Set.of());
            if (!tooDense.isEmpty()) {
                writeArchive(output.path(), tooDense);
            }
        }
    }

    /**
     * Zips the work folder, storing the named entries uncompressed.
     *
     * @return the names of deflated entries whose compression ratio exceeds what {@link SafeZipExtractor}
     *     accepts (a sparse table of wide empty fields), to be stored instead so planex reads its own output
     */
    private Set<String> writeArchive(Path zipFile, Set<String> stored) throws IOException {
        Set<String> tooDense = new HashSet<>();
        try (OutputStream out = Files.newOutputStream(zipFile); ZipOutputStream z = new ZipOutputStream(out);
                Stream<Path> files = Files.list(work)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                ZipEntry e = new ZipEntry(name);
                if (stored.contains(name)) {
                    e.setMethod(ZipEntry.STORED);
                    e.setSize(Files.size(f));
                    e.setCompressedSize(Files.size(f));
                    e.setCrc(crc(f));
                }
                z.putNextEntry(e);
                Files.copy(f, z);
                z.closeEntry();
                if (e.getSize() > SafeZipExtractor.RATIO_FLOOR
                        && e.getSize() / Math.max(1, e.getCompressedSize()) > SafeZipExtractor.MAX_RATIO) {
                    tooDense.add(name);
                }
            }
        }
        return tooDense;
    }

    private static long crc(Path f) throws IOException {
        CRC32 crc = new CRC32();
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(f)) {
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                crc.update(buf, 0, n);
            }
        }
        return crc.getValue();
    }

    private void closeSinks() throws IOException {
        IOException first = null;
        for (ShapefileLayerSink s : sinks) {
            try {
                s.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        sinks.clear();
        if (first != null) {
            throw first;
        }
    }

    @Override
    protected void discard() {
        try {
            closeSinks();
        } catch (IOException ignored) {
            // the files are deleted next; a failed close changes nothing
        }
    }
}
