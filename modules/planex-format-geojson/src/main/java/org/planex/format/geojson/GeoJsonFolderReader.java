package org.planex.format.geojson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.planex.model.PlanHeader;
import org.planex.model.layer.LayerSchema;
import org.planex.spi.Location;
import org.planex.spi.PlanHeaderText;
import org.planex.spi.PlanexException;
import org.planex.spi.ReadContext;
import org.planex.spi.RecordCursor;
import org.planex.spi.io.AbstractLayerReader;

/**
 * A folder of GeoJSON files read as one dataset, one layer per file (as {@link GeoJsonLayerWriter} writes
 * several layers). Files are taken from the top level, in name order. Closing closes every file's reader.
 */
final class GeoJsonFolderReader extends AbstractLayerReader {

    /** The sidecar that keeps the plan header of a folder planex wrote ({@link PlanHeaderText}). */
    static final String HEADER_FILE = "plan.planex-header";

    private final Path folder;
    private final Map<String, GeoJsonLayerReader> byLayer = new LinkedHashMap<>();
    private final List<LayerSchema> layers = new ArrayList<>();
    private PlanHeader header;

    GeoJsonFolderReader(ReadContext context, long sample) throws PlanexException {
        this.folder = context.source();
        try {
            for (Path file : files(context.source())) {
                GeoJsonLayerReader r = new GeoJsonLayerReader(new ReadContext(file, context.options(),
                        context.warnings()), sample);
                for (LayerSchema l : r.layers()) {
                    if (byLayer.putIfAbsent(l.name(), r) != null) {
                        close();
                        throw PlanexException.invalid(Location.of(file), "a second file holds layer " + l.name()
                                + "; layer names must be unique in a folder", null);
                    }
                    layers.add(l);
                }
            }
            Path sidecar = context.source().resolve(HEADER_FILE);
            if (Files.isRegularFile(sidecar)) {
                header = readHeader(sidecar);
            }
        } catch (PlanexException e) {
            close();
            throw e;
        }
    }

    private static PlanHeader readHeader(Path file) throws PlanexException {
        try {
            if (Files.size(file) > 64L << 20) {
                throw PlanexException.unsafe(Location.of(file), "the plan header sidecar is larger than 64 MiB");
            }
            try (java.io.Reader in = Files.newBufferedReader(file, java.nio.charset.StandardCharsets.UTF_8)) {
                return PlanHeaderText.read(in);
            }
        } catch (PlanexException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw PlanexException.invalid(Location.of(file), "the plan header sidecar is damaged: " + e.getMessage()
                    + "; delete it to read the layers without it", e);
        }
    }

    static List<Path> files(Path dir) throws PlanexException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> Files.isRegularFile(p) && isGeoJsonName(p.getFileName().toString())).sorted().toList();
        } catch (IOException e) {
            throw PlanexException.unreadable(Location.of(dir), "cannot list the folder: " + e.getMessage(), e);
        }
    }

    static boolean isGeoJsonName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".geojson") || n.endsWith(".geojsons") || n.endsWith(".geojsonl");
    }

    @Override
    public List<LayerSchema> layers() {
        return List.copyOf(layers);
    }

    @Override
    public Optional<PlanHeader> planHeader() {
        return Optional.ofNullable(header);
    }

    @Override
    protected Location location() {
        return Location.of(folder);
    }

    @Override
    protected RecordCursor openLayer(String layerName) throws PlanexException {
        return byLayer.get(layerName).open(layerName);
    }

    @Override
    protected void release() throws PlanexException {
        PlanexException first = null;
        for (GeoJsonLayerReader r : new java.util.LinkedHashSet<>(byLayer.values())) {
            try {
                r.close();
            } catch (PlanexException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
