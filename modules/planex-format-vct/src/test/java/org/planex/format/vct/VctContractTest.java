package org.planex.format.vct;

import java.io.IOException;
import java.nio.file.Path;
import org.planex.spi.FormatProvider;
import org.planex.spi.LayerSink;
import org.planex.spi.LayerWriter;
import org.planex.spi.WriteContext;
import org.planex.testkit.FormatProviderContract;
import org.planex.testkit.SampleLayers;

/** The VCT provider fulfils the format plugin contract of planex-testkit. */
class VctContractTest extends FormatProviderContract {

    @Override
    protected FormatProvider provider() {
        return new VctFormatProvider();
    }

    @Override
    protected Path writeSample(Path dir) throws IOException {
        Path file = dir.resolve("sample.vct");
        SampleLayers gen = new SampleLayers(99);
        try (LayerWriter w = provider().openLayerWriter(WriteContext.of(file))) {
            LayerSink sink = w.createLayer(SampleLayers.SCHEMA);
            for (long i = 1; i <= 50; i++) {
                sink.write(gen.record(i));
            }
            w.finish();
        }
        return file;
    }

    @Override
    protected Path target(Path dir) {
        return dir.resolve("copy.vct");
    }
}
