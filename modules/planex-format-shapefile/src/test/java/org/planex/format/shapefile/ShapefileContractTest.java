package org.planex.format.shapefile;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.planex.model.AttributeType;
import org.planex.model.AttributeValue;
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

/** The planex format-provider contract, run on a folder sample written to a ZIP. */
class ShapefileContractTest extends FormatProviderContract {

    private static final LayerSchema FACILITIES = new LayerSchema("邻避设施", GeometryKind.POINT, List.of(
            new FieldDef("NAME", AttributeType.STRING, 20, 0), new FieldDef("RADIUS_M", AttributeType.DECIMAL, 10, 1),
            new FieldDef("OPEN", AttributeType.BOOLEAN, 0, 0)), CrsRef.epsg(2326));

    @Override
    protected FormatProvider provider() {
        return new ShapefileFormatProvider();
    }

    @Override
    protected Path writeSample(Path dir) throws IOException {
        Path sample = dir.resolve("sample");
        GeometryFactory f = new GeometryFactory();
        try (LayerWriter w = provider().openLayerWriter(WriteContext.of(sample))) {
            LayerSink zones = w.createLayer(ShapefileSampleZones.SCHEMA);
            ShapefileSampleZones gen = new ShapefileSampleZones(3);
            for (long i = 1; i <= 25; i++) {
                zones.write(gen.next(i));
            }
            LayerSink facilities = w.createLayer(FACILITIES);
            String[] names = {"沙岭垃圾焚烧厂", "Tsing Yi Sewage Works", "南山污水处理厂"};
            for (int i = 0; i < names.length; i++) {
                facilities.write(new LayerRecord(FACILITIES.name(), i + 1, null,
                        f.createPoint(new Coordinate(830_000 + i * 100, 820_000 - i * 100)),
                        Attributes.builder().put("NAME", names[i])
                                .put("RADIUS_M", AttributeValue.of(new BigDecimal("500.0").add(
                                        BigDecimal.valueOf(i))))
                                .put("OPEN", i == 1 ? new AttributeValue.Null(AttributeType.BOOLEAN)
                                        : AttributeValue.of(i == 0))
                                .build()));
            }
            w.finish();
        }
        return sample;
    }

    @Override
    protected Path target(Path dir) {
        return dir.resolve("copy.zip");
    }
}
