package org.planex.format.vct;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.planex.model.AttributeType;
import org.planex.model.Attributes;
import org.planex.model.layer.FieldDef;
import org.planex.model.layer.GeometryKind;
import org.planex.model.layer.LayerRecord;
import org.planex.model.layer.LayerSchema;
import org.planex.spi.FormatProvider;
import org.planex.spi.LayerSink;
import org.planex.spi.LayerWriter;
import org.planex.spi.WriteContext;
import org.planex.testkit.FormatProviderContract;
import org.planex.testkit.SampleLayers;

/**
 * The VCT provider fulfils the format plugin contract of planex-testkit. Its sample holds the testkit's zones
 * (polygons, holes, multi-polygons: ring lines in the Line section) and a road layer whose line features share
 * that section with the ring lines.
 */
class VctContractTest extends FormatProviderContract {

    private static final LayerSchema ROADS = new LayerSchema("DLZXX", GeometryKind.LINESTRING, List.of(
            new FieldDef("MC", AttributeType.STRING, 30, 0)), SampleLayers.SCHEMA.crs());

    @Override
    protected Path target(Path dir) {
        return dir.resolve("copy.vct");
    }

    @Override
    protected Path writeSample(Path dir) throws IOException {
        Path file = dir.resolve("sample.vct");
        SampleLayers zones = new SampleLayers(99);
        GeometryFactory f = new GeometryFactory();
        try (LayerWriter w = provider().openLayerWriter(WriteContext.of(file))) {
            LayerSink zoneSink = w.createLayer(SampleLayers.SCHEMA);
            LayerSink roadSink = w.createLayer(ROADS);
            for (long i = 1; i <= 50; i++) {
                zoneSink.write(zones.record(i));
                roadSink.write(new LayerRecord(ROADS.name(), i, Long.toString(1000 + i), f.createLineString(
                        new Coordinate[] {new Coordinate(40_500_000 + i, 3_400_000), new Coordinate(40_500_100 + i,
                        3_400_050.25)}), Attributes.builder().put("MC", "道路" + i).build()));
            }
            w.finish();
        }
        return file;
    }

    @Override
    protected FormatProvider provider() {
        return new VctFormatProvider();
    }
}
