package org.planex.format.geojson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.planex.model.layer.LayerRecord;
import org.planex.spi.FormatOptions;
import org.planex.spi.LayerReader;
import org.planex.spi.ReadContext;
import org.planex.spi.RecordCursor;
import org.planex.spi.WarningListener;

/** Small helpers for the GeoJSON tests. */
final class GeoJsonFixtures {
    private GeoJsonFixtures() {
    }

    static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    static LayerReader open(Path file, FormatOptions options, WarningListener warnings) throws IOException {
        return new GeoJsonFormatProvider().openLayerReader(new ReadContext(file, options, warnings));
    }

    static List<LayerRecord> readAll(LayerReader reader) throws IOException {
        List<LayerRecord> list = new ArrayList<>();
        try (RecordCursor c = reader.open(reader.layers().get(0).name())) {
            for (LayerRecord r = c.read(); r != null; r = c.read()) {
                list.add(r);
            }
        }
        return list;
    }
}
