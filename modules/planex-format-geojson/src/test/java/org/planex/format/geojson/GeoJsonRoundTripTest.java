package org.planex.format.geojson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planex.model.layer.LayerRecord;
import org.planex.spi.FormatOptions;
import org.planex.spi.FormatProvider;
import org.planex.spi.LayerReader;
import org.planex.spi.LayerSink;
import org.planex.spi.LayerWriter;
import org.planex.spi.ReadContext;
import org.planex.spi.RecordCursor;
import org.planex.spi.WriteContext;
import org.planex.testkit.SampleLayers;

/** 100,000 generated zones written and read back keep every feature, value and type (checksums equal). */
class GeoJsonRoundTripTest {

    private static final int COUNT = 100_000;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}, seed {1}")
    @CsvSource({"zones.geojson, 1", "zones.geojsons, 2", "zones.geojsonl, 3"})
    void everyFeatureValueAndTypeSurvives(String fileName, long seed) throws Exception {
        FormatProvider provider = new GeoJsonFormatProvider();
        SampleLayers gen = new SampleLayers(seed);
        Path file = dir.resolve(fileName);
        SampleLayers.Checksum written = new SampleLayers.Checksum();
        try (LayerWriter w = provider.openLayerWriter(WriteContext.of(file))) {
            LayerSink sink = w.createLayer(SampleLayers.SCHEMA);
            for (long i = 1; i <= COUNT; i++) {
                LayerRecord r = gen.record(i);
                sink.write(r);
                written.add(r);
            }
            w.finish();
        }
        SampleLayers.Checksum read = new SampleLayers.Checksum();
        try (LayerReader r = provider.openLayerReader(new ReadContext(file, FormatOptions.none(), null))) {
            assertThat(r.layers()).containsExactly(SampleLayers.SCHEMA);
            try (RecordCursor c = r.open(SampleLayers.LAYER)) {
                for (LayerRecord rec = c.read(); rec != null; rec = c.read()) {
                    assertThat(rec.index()).isEqualTo(read.count() + 1);
                    read.add(rec);
                }
            }
        }
        assertThat(read.count()).isEqualTo(COUNT);
        assertThat(read.hex()).isEqualTo(written.hex());
    }
}
