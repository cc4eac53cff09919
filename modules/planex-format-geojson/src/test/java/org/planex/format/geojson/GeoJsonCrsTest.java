package org.planex.format.geojson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.planex.model.Attributes;
import org.planex.model.CrsRef;
import org.planex.model.layer.GeometryKind;
import org.planex.model.layer.LayerRecord;
import org.planex.model.layer.LayerSchema;
import org.planex.spi.LayerReader;
import org.planex.spi.LayerSink;
import org.planex.spi.LayerWriter;
import org.planex.spi.ReadContext;
import org.planex.spi.WriteContext;

/** The legacy {@code crs} member carries any EPSG code there and back. */
class GeoJsonCrsTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "EPSG:{0}")
    @ValueSource(ints = {4490, 4549, 4538, 4326, 4269, 2227, 2383, 2436, 21413, 8433, 3035, 25832, 27700, 2326})
    void anyEpsgCodeRoundTripsThroughTheCrsMember(int code) throws Exception {
        CrsRef crs = CrsRef.epsg(code);
        Path file = dir.resolve("l" + code + ".geojson");
        GeoJsonFormatProvider p = new GeoJsonFormatProvider();
        try (LayerWriter w = p.openLayerWriter(WriteContext.of(file))) {
            LayerSink s = w.createLayer(new LayerSchema("l", GeometryKind.POINT, List.of(), crs));
            s.write(new LayerRecord("l", 1, null, new GeometryFactory().createPoint(new Coordinate(1, 2)),
                    Attributes.empty()));
            w.finish();
        }
        String text = Files.readString(file);
        if (code == 4326) {
            assertThat(text).doesNotContain("\"crs\"");
        } else {
            assertThat(text).contains("\"urn:ogc:def:crs:EPSG::" + code + "\"");
        }
        try (LayerReader r = p.openLayerReader(ReadContext.of(file))) {
            assertThat(r.layers().get(0).crs()).isEqualTo(crs);
        }
    }
}
