package org.planex.format.geojson;

import java.nio.file.Files;
import java.nio.file.Path;
import org.planex.model.layer.LayerRecord;
import org.planex.spi.FormatProvider;
import org.planex.spi.LayerReader;
import org.planex.spi.LayerSink;
import org.planex.spi.LayerWriter;
import org.planex.spi.ReadContext;
import org.planex.spi.RecordCursor;
import org.planex.spi.WriteContext;
import org.planex.testkit.SampleLayers;

/**
 * Writes N generated zones to a file and reads them back, printing "written read bytes"; run in a JVM with a
 * heap much smaller than the file by {@link GeoJsonStreamingTest}.
 */
public final class GeoJsonStreamingMain {
    private GeoJsonStreamingMain() {
    }

    /** Arguments: the file, the number of features. */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        long n = Long.parseLong(args[1]);
        FormatProvider provider = new GeoJsonFormatProvider();
        SampleLayers gen = new SampleLayers(11);
        try (LayerWriter w = provider.openLayerWriter(WriteContext.of(file))) {
            LayerSink sink = w.createLayer(SampleLayers.SCHEMA);
            for (long i = 1; i <= n; i++) {
                sink.write(gen.record(i));
            }
            w.finish();
        }
        long read = 0;
        try (LayerReader r = provider.openLayerReader(ReadContext.of(file));
                RecordCursor c = r.open(SampleLayers.LAYER)) {
            for (LayerRecord rec = c.read(); rec != null; rec = c.read()) {
                read++;
            }
        }
        System.out.println(n + " " + read + " " + Files.size(file));
    }
}
