package org.planex.format.geopackage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.planex.model.AttributeType;
import org.planex.model.Attributes;
import org.planex.model.CrsRef;
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

/** The GeoPackage provider fulfils the format plugin contract of planex-testkit, plan header included. */
class GeoPackageContractTest extends FormatProviderContract {

    @Override
    protected FormatProvider provider() {
        return new GeoPackageFormatProvider();
    }

    @Override
    protected Path writeSample(Path dir) throws IOException {
        Path file = dir.resolve("sample.gpkg");
        SampleLayers gen = new SampleLayers(99);
        LayerSchema facilities = new LayerSchema("设施", GeometryKind.POINT,
                List.of(FieldDef.of("名称", AttributeType.STRING)), CrsRef.epsg(4527));
        GeometryFactory gf = new GeometryFactory();
        try (LayerWriter w = provider().openLayerWriter(WriteContext.of(file))) {
            w.writePlanHeader(GeoPackagePlanHeaderTest.fullHeader());
            LayerSink zones = w.createLayer(SampleLayers.SCHEMA);
            for (long i = 1; i <= 50; i++) {
                zones.write(gen.record(i));
            }
            w.createLayer(facilities).write(new LayerRecord("设施", 1, "1",
                    gf.createPoint(new Coordinate(40_510_000.5, 3_410_000.25)),
                    Attributes.builder().put("名称", "垃圾焚烧厂").build()));
            w.finish();
        }
        return file;
    }

    @Override
    protected Path target(Path dir) {
        return dir.resolve("copy.gpkg");
    }
}
