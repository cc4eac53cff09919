package org.planex.format.geojson;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.planex.model.PlanHeader;
import org.planex.model.layer.LayerSchema;
import org.planex.spi.LayerSink;
import org.planex.spi.LayerWriter;
import org.planex.spi.Location;
import org.planex.spi.PlanHeaderText;
import org.planex.spi.PlanexException;
import org.planex.spi.WarningListener;
import org.planex.spi.WriteContext;

/**
 * Writes layers as GeoJSON. A target named {@code *.geojson} or {@code *.json} is one FeatureCollection file,
 * {@code *.geojsons} an RFC 8142 text sequence, {@code *.geojsonl} one feature per line: such a target holds one
 * layer, and creating a second one fails. Any other target is a folder with one file per layer, named after the
 * layer ({@code NAME.geojson}, or {@code NAME.geojsons} with option {@code seq}), created even for one layer.
 * Every file is written beside the target first and moved into place by {@link #finish()}. The plan header is
 * not stored: GeoJSON has no place for it.
 *
 * <p><b>Thread safety:</b> used by one thread at a time.
 */
final class GeoJsonLayerWriter implements LayerWriter {

    /** The shared generator factory. */
    static final JsonFactory JSON = GeoJsonSource.JSON;

    private final Path target;
    private final boolean singleFile;
    private final GeoJsonLayerSink.SequenceStyle style;
    private final boolean pretty;
    private final GeoJsonGeometryWriter geometries;
    private final WarningListener warnings;
    private final Map<String, GeoJsonLayerSink> sinks = new LinkedHashMap<>();
    private final List<Path> files = new ArrayList<>();
    private final Set<String> fileNames = new HashSet<>();
    private Path tempDir;
    private boolean finished;
    private boolean aborted;

    /**
     * A writer for {@code context}'s target.
     *
     * @param sequence whether a folder target gets text sequences, or a {@code .geojson} target one
     * @param pretty whether FeatureCollections are indented
     * @param precision coordinate decimals, negative for full precision
     * @throws PlanexException if the target's folder does not exist
     */
    GeoJsonLayerWriter(WriteContext context, boolean sequence, boolean pretty, int precision) throws PlanexException {
        this.target = context.target().toAbsolutePath();
        this.warnings = context.warnings();
        this.pretty = pretty;
        this.geometries = new GeoJsonGeometryWriter(precision);
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        this.singleFile = name.endsWith(".geojson") || name.endsWith(".json") || name.endsWith(".geojsons")
                || name.endsWith(".geojsonl");
        if (name.endsWith(".geojsonl")) {
            style = GeoJsonLayerSink.SequenceStyle.LINES;
        } else if (name.endsWith(".geojsons") || sequence) {
            style = GeoJsonLayerSink.SequenceStyle.RECORD_SEPARATOR;
        } else {
            style = GeoJsonLayerSink.SequenceStyle.NONE;
        }
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw PlanexException.notWritable(Location.of(target), "the folder " + parent + " does not exist", null);
        }
        if (singleFile && Files.isDirectory(target)) {
            throw PlanexException.notWritable(Location.of(target), "a folder of that name exists; remove it or "
                    + "choose another file name", null);
        }
    }

    /**
     * Keeps the plan header in the sidecar {@value GeoJsonFolderReader#HEADER_FILE} when writing a folder; a
     * single GeoJSON file has no place for it, so it is left out there with a warning.
     */
    @Override
    public void writePlanHeader(PlanHeader header) throws PlanexException {
        checkOpen();
        if (singleFile) {
            warnings.warning(Location.of(target), "a single GeoJSON file keeps no plan header (title, approval, "
                    + "neighbours); write to a folder to keep it");
            return;
        }
        try {
            if (tempDir == null) {
                tempDir = Files.createDirectory(target.resolveSibling("." + target.getFileName() + "."
                        + UUID.randomUUID() + ".tmp"));
            }
            Path file = tempDir.resolve(GeoJsonFolderReader.HEADER_FILE);
            try (java.io.Writer out = Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.UTF_8)) {
                PlanHeaderText.write(header, out);
            }
            files.add(file);
        } catch (IOException e) {
            abort();
            throw PlanexException.notWritable(Location.of(target), "cannot write the plan header sidecar: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public boolean canCreateLayer() {
        return !singleFile || sinks.isEmpty();
    }

    @Override
    public LayerSink createLayer(LayerSchema schema) throws PlanexException {
        checkOpen();
        if (sinks.containsKey(schema.name())) {
            throw PlanexException.notWritable(Location.of(target), "layer '" + schema.name() + "' exists already", null);
        }
        if (singleFile && !sinks.isEmpty()) {
            throw PlanexException.notWritable(Location.of(target), "a GeoJSON file holds one layer, and layer '"
                    + sinks.keySet().iterator().next() + "' is written already; give a folder as target (a name "
                    + "without .geojson) to write one file per layer", null);
        }
        try {
            Path file;
            if (singleFile) {
                file = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
            } else {
                if (tempDir == null) {
                    tempDir = Files.createDirectory(target.resolveSibling("." + target.getFileName() + "."
                            + UUID.randomUUID() + ".tmp"));
                }
                file = tempDir.resolve(fileName(schema.name()));
            }
            files.add(file);
            GeoJsonLayerSink sink = new GeoJsonLayerSink(schema, file, geometries, style, pretty);
            sinks.put(schema.name(), sink);
            return sink;
        } catch (IOException e) {
            abort();
            throw PlanexException.notWritable(Location.of(target), "cannot create a file beside the target: "
                    + e.getMessage(), e);
        }
    }

    private String fileName(String layer) {
        String safe = layer.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        if (safe.startsWith(".")) {
            safe = "_" + safe.substring(1);
        }
        String base = safe;
        for (int n = 2; !fileNames.add(safe.toLowerCase(Locale.ROOT)); n++) {
            safe = base + "_" + n;
        }
        if (!safe.equals(layer)) {
            warnings.warning(Location.of(target), "layer '" + layer + "' is written to file '" + safe
                    + "' (characters a file name cannot hold were replaced); its name is kept inside the file");
        }
        return safe + (style == GeoJsonLayerSink.SequenceStyle.NONE ? ".geojson" : ".geojsons");
    }

    @Override
    public void finish() throws PlanexException {
        checkOpen();
        try {
            for (GeoJsonLayerSink sink : sinks.values()) {
                sink.finish();
            }
            if (singleFile) {
                if (files.isEmpty()) {
                    Path empty = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
                    files.add(empty);
                    Files.writeString(empty, style == GeoJsonLayerSink.SequenceStyle.NONE
                            ? "{\"type\":\"FeatureCollection\",\"features\":[]}\n" : "");
                }
                move(files.get(0), target);
            } else {
                if (tempDir == null) {
                    tempDir = Files.createDirectory(target.resolveSibling("." + target.getFileName() + "."
                            + UUID.randomUUID() + ".tmp"));
                }
                if (!Files.exists(target)) {
                    move(tempDir, target);
                } else if (Files.isDirectory(target)) {
                    for (Path f : files) {
                        move(f, target.resolve(f.getFileName().toString()));
                    }
                    Files.delete(tempDir);
                } else {
                    throw PlanexException.notWritable(Location.of(target), "a file of that name exists; several "
                            + "layers are written to a folder, so remove the file or give a .geojson name", null);
                }
            }
            finished = true;
        } catch (IOException e) {
            abort();
            throw e instanceof PlanexException pe ? pe
                    : PlanexException.notWritable(Location.of(target), "cannot write: " + e.getMessage(), e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public void abort() {
        if (finished || aborted) {
            return;
        }
        aborted = true;
        sinks.values().forEach(GeoJsonLayerSink::discard);
        for (Path f : files) {
            deleteQuietly(f);
        }
        if (tempDir != null && Files.isDirectory(tempDir)) {
            try (Stream<Path> s = Files.list(tempDir)) {
                s.forEach(GeoJsonLayerWriter::deleteQuietly);
            } catch (IOException e) {
                warnings.warning(Location.of(tempDir), "cannot remove the temporary folder: " + e.getMessage());
            }
            deleteQuietly(tempDir);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            p.toFile().deleteOnExit();
        }
    }

    @Override
    public void close() {
        abort();
    }

    private void checkOpen() {
        if (finished || aborted) {
            throw new IllegalStateException("writer " + (finished ? "finished" : "aborted"));
        }
    }
}
