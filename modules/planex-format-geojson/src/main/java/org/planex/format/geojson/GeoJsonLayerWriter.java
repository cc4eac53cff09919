package org.planex.format.geojson;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.planex.model.PlanHeader;
import org.planex.model.layer.LayerSchema;
import org.planex.spi.LayerSink;
import org.planex.spi.Location;
import org.planex.spi.PlanHeaderText;
import org.planex.spi.PlanexException;
import org.planex.spi.WarningListener;
import org.planex.spi.WriteContext;
import org.planex.spi.io.AbstractLayerWriter;
import org.planex.spi.io.AtomicOutput;

/**
 * Writes layers as GeoJSON. A target named {@code *.geojson} or {@code *.json} is one FeatureCollection file,
 * {@code *.geojsons} an RFC 8142 text sequence, {@code *.geojsonl} one feature per line: such a target holds one
 * layer, and creating a second one fails. Any other target is a folder with one file per layer, named after the
 * layer ({@code NAME.geojson}, or {@code NAME.geojsons} with option {@code seq}), created even for one layer.
 * Everything is written through an {@link AtomicOutput} and moved into place by {@link #finish()}; a folder
 * target replaces an existing folder as a whole (files planex did not write go with it). The plan header is kept
 * in a sidecar file of a folder; a single file has no place for it.
 *
 * <p><b>Thread safety:</b> used by one thread at a time.
 */
final class GeoJsonLayerWriter extends AbstractLayerWriter {

    /** The shared generator factory. */
    static final JsonFactory JSON = GeoJsonSource.JSON;

    private final Path target;
    private final boolean singleFile;
    private final GeoJsonLayerSink.SequenceStyle style;
    private final boolean pretty;
    private final GeoJsonGeometryWriter geometries;
    private final WarningListener warnings;
    private final Map<String, GeoJsonLayerSink> sinks = new LinkedHashMap<>();
    private final Set<String> fileNames = new HashSet<>();

    /**
     * A writer for {@code context}'s target.
     *
     * @param sequence whether a folder target gets text sequences, or a {@code .geojson} target one
     * @param pretty whether FeatureCollections are indented
     * @param precision coordinate decimals, negative for full precision
     * @throws PlanexException if the target's folder does not exist or the target is of the other kind (file or
     *     folder)
     */
    GeoJsonLayerWriter(WriteContext context, boolean sequence, boolean pretty, int precision) throws PlanexException {
        super(isSingleFile(context.target()) ? AtomicOutput.file(context.target())
                : AtomicOutput.folder(context.target()));
        this.target = output.target();
        this.warnings = context.warnings();
        this.pretty = pretty;
        this.geometries = new GeoJsonGeometryWriter(precision);
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        this.singleFile = !output.isFolder();
        if (name.endsWith(".geojsonl")) {
            style = GeoJsonLayerSink.SequenceStyle.LINES;
        } else if (name.endsWith(".geojsons") || sequence) {
            style = GeoJsonLayerSink.SequenceStyle.RECORD_SEPARATOR;
        } else {
            style = GeoJsonLayerSink.SequenceStyle.NONE;
        }
    }

    private static boolean isSingleFile(Path target) {
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".geojson") || name.endsWith(".json") || name.endsWith(".geojsons")
                || name.endsWith(".geojsonl");
    }

    /**
     * Keeps the plan header in the sidecar {@value GeoJsonFolderReader#HEADER_FILE} when writing a folder; a
     * single GeoJSON file has no place for it, so it is left out there with a warning.
     */
    @Override
    protected void storePlanHeader(PlanHeader header) throws PlanexException {
        if (singleFile) {
            warnings.warning(Location.of(target), "a single GeoJSON file keeps no plan header (title, approval, "
                    + "neighbours); write to a folder to keep it");
            return;
        }
        Path file = output.path().resolve(GeoJsonFolderReader.HEADER_FILE);
        try (java.io.Writer out = Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.UTF_8)) {
            PlanHeaderText.write(header, out);
        } catch (IOException e) {
            throw PlanexException.notWritable(Location.of(target), "cannot write the plan header sidecar: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public boolean canCreateLayer() {
        return !singleFile || sinks.isEmpty();
    }

    @Override
    protected LayerSink newLayer(LayerSchema schema) throws PlanexException {
        if (sinks.containsKey(schema.name())) {
            throw PlanexException.notWritable(Location.of(target), "layer '" + schema.name() + "' exists already", null);
        }
        if (singleFile && !sinks.isEmpty()) {
            throw PlanexException.notWritable(Location.of(target), "a GeoJSON file holds one layer, and layer '"
                    + sinks.keySet().iterator().next() + "' is written already; give a folder as target (a name "
                    + "without .geojson) to write one file per layer", null);
        }
        String fileName = singleFile ? null : fileName(schema.name());
        Path file = singleFile ? output.path() : output.path().resolve(fileName);
        Location where = Location.of(singleFile ? target : target.resolve(fileName));
        try {
            GeoJsonLayerSink sink = new GeoJsonLayerSink(this, schema, file, where, geometries, style, pretty);
            sinks.put(schema.name(), sink);
            return sink;
        } catch (IOException e) {
            throw PlanexException.notWritable(Location.of(target), "cannot create a file beside the target: "
                    + e.getMessage() + "; check that the folder is writable", e);
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
    protected void complete() throws IOException {
        for (GeoJsonLayerSink sink : sinks.values()) {
            sink.finish();
        }
        if (singleFile && sinks.isEmpty()) {
            Files.writeString(output.path(), style == GeoJsonLayerSink.SequenceStyle.NONE
                    ? "{\"type\":\"FeatureCollection\",\"features\":[]}\n" : "");
        }
    }

    @Override
    protected void discard() {
        sinks.values().forEach(GeoJsonLayerSink::discard);
    }
}
