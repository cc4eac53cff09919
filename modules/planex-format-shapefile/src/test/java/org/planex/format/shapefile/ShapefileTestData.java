package org.planex.format.shapefile;


import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.planex.model.layer.LayerRecord;
import org.planex.model.layer.LayerSchema;
import org.planex.spi.FormatOptions;
import org.planex.spi.LayerReader;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;
import org.planex.spi.ReadContext;
import org.planex.spi.RecordCursor;
import org.planex.testkit.ExternalResources;

/** Shared helpers: the shared test data folder, reading whole inputs, GDAL availability. */
final class ShapefileTestData {

    private ShapefileTestData() {
    }

    /** The shared shapefile test data, or a skipped assumption when it is missing (a failure when CI=true). */
    static Path shapefiles() {
        return ExternalResources.shared("testdata/shapefile");
    }

    /** A layer with its records. */
    record Layer(LayerSchema schema, List<LayerRecord> records) {
    }

    /** Reads every layer of an input. */
    static List<Layer> readAll(Path input, Map<String, String> options, List<String> warnings) throws IOException {
        ShapefileFormatProvider p = new ShapefileFormatProvider();
        FormatOptions o = FormatOptions.parse(p.descriptor().options(), options);
        ReadContext ctx = new ReadContext(input, o, (Location l, String m) -> warnings.add(l + ": " + m));
        List<Layer> out = new ArrayList<>();
        try (LayerReader r = p.openLayerReader(ctx)) {
            for (LayerSchema s : r.layers()) {
                List<LayerRecord> list = new ArrayList<>();
                try (RecordCursor c = r.open(s.name())) {
                    for (LayerRecord rec = c.read(); rec != null; rec = c.read()) {
                        list.add(rec);
                    }
                }
                out.add(new Layer(s, list));
            }
        }
        return out;
    }

    /** Reads every layer with default options. */
    static List<Layer> readAll(Path input) throws IOException {
        return readAll(input, Map.of(), new ArrayList<>());
    }

    /** Runs a command and returns its standard output; fails on a non-zero exit. */
    static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), Charset.defaultCharset());
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + err);
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    /** Fails unless the exception is a one-line exit-4 error. */
    static void assertRefused(PlanexException e) {
        Assertions.assertThat(e.getKind().exitCode()).as(e.getMessage()).isEqualTo(4);
        Assertions.assertThat(e.getMessage()).doesNotContain("\n").isNotBlank();
    }
}
