package org.planex.format.shapefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
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
import org.planex.spi.Location;
import org.planex.spi.LayerReader;
import org.planex.spi.LayerSink;
import org.planex.spi.LayerWriter;
import org.planex.spi.ReadContext;
import org.planex.spi.WriteContext;
import org.planex.spi.crs.CrsDefinitions;

/** {@code .prj} for any EPSG CRS, through the shared CRS contract: written, read back, matched. */
class ShapefileCrsTest {

    private final ShapefileFormatProvider provider = new ShapefileFormatProvider();

    @ParameterizedTest(name = "EPSG:{0}")
    @ValueSource(ints = {4490, 4549, 4528, 4538, 4326, 32650, 2326, 4269, 2227, 2263, 2383, 2327, 2436, 21413, 8433,
        3035, 25832, 27700, 2154})
    void anyEpsgCodeRoundTripsThroughThePrj(int code, @TempDir Path dir) throws IOException {
        CrsRef crs = CrsRef.epsg(code);
        LayerSchema schema = new LayerSchema("layer", GeometryKind.POINT, List.of(), crs);
        Path out = dir.resolve("out");
        try (LayerWriter w = provider.openLayerWriter(WriteContext.of(out))) {
            LayerSink sink = w.createLayer(schema);
            sink.write(new LayerRecord("layer", 1, null, new GeometryFactory().createPoint(new Coordinate(1, 2)),
                    Attributes.empty()));
            w.finish();
        }
        assertThat(Files.readString(out.resolve("layer.prj"), StandardCharsets.US_ASCII))
                .isEqualTo(CrsDefinitions.provider().find(crs).orElseThrow().esriWkt());
        try (LayerReader r = provider.openLayerReader(ReadContext.of(out))) {
            assertThat(r.layers().get(0).crs()).isEqualTo(crs);
        }
    }

    @Test
    void unnamedCm87GaussKrugerIsTheThreeDegreeCrs(@TempDir Path dir) throws Exception {
        Path prj = dir.resolve("x.prj");
        Files.writeString(prj, CrsDefinitions.provider().find(CrsRef.epsg(4504)).orElseThrow().esriWkt()
                .replace("CGCS2000_GK_CM_87E", "unnamed"));
        List<String> warnings = new ArrayList<>();
        assertThat(PrjReader.read(prj, Location.of(prj), (l, m) -> warnings.add(m))).isEqualTo(CrsRef.epsg(4538));
        assertThat(warnings).singleElement().asString()
                .contains("read as EPSG:4538 (CGCS2000 / 3-degree Gauss-Kruger CM 87E)").contains("--s-srs EPSG:N");
    }

    @Test
    void geoToolsStatepopIsNad83() throws Exception {
        Path prj = ShapefileTestData.shapefiles().resolve("geotools/sample-data-shapes/statepop.prj");
        List<String> warnings = new ArrayList<>();
        assertThat(PrjReader.read(prj, Location.of(prj), (l, m) -> warnings.add(m))).isEqualTo(CrsRef.epsg(4269));
        assertThat(warnings).isEmpty();
    }

    @Test
    void unknownPrjWarnsToDeclareTheCrs(@TempDir Path dir) throws Exception {
        Path prj = dir.resolve("x.prj");
        Files.writeString(prj, "PROJCS[\"local_grid\",GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\","
                + "DATUM[\"D_China_2000\",SPHEROID[\"CGCS2000\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],"
                + "UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Gauss_Kruger\"],PARAMETER[\"False_Easting\","
                + "123456.0],PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",121.3],"
                + "PARAMETER[\"Scale_Factor\",1.0],PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]");
        List<String> warnings = new ArrayList<>();
        assertThat(PrjReader.read(prj, Location.of(prj), (l, m) -> warnings.add(m))).isNull();
        assertThat(warnings).singleElement().asString().contains("'local_grid'").contains("--s-srs EPSG:N");
    }
}
