package org.planex.format.geopackage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
import org.planex.spi.LayerReader;
import org.planex.spi.LayerSink;
import org.planex.spi.LayerWriter;
import org.planex.spi.ReadContext;
import org.planex.spi.RecordCursor;
import org.planex.spi.WriteContext;
import org.planex.testkit.SampleLayers;

/** 100,000 zones, a point layer and an attribute table round trip with header, types and values intact. */
class GeoPackageRoundTripTest {

    private static final int COUNT = 100_000;
    private static final GeometryFactory GF = new GeometryFactory();

    @TempDir
    Path dir;

    @Test
    void everyFeatureValueTypeAndTheHeaderSurvive() throws Exception {
        FormatProvider provider = new GeoPackageFormatProvider();
        SampleLayers gen = new SampleLayers(5);
        LayerSchema points = new LayerSchema("gpkg_设施", GeometryKind.POINT,
                List.of(FieldDef.of("geom", AttributeType.STRING), FieldDef.of("fid", AttributeType.INTEGER)),
                CrsRef.CGCS2000);
        LayerSchema table = new LayerSchema("说明", GeometryKind.NONE,
                List.of(new FieldDef("值", AttributeType.DECIMAL, 12, 3)), null);
        LayerRecord point = new LayerRecord(points.name(), 1, "P-1", GF.createPoint(new Coordinate(121.1, 31.2, 4.5)),
                Attributes.builder().put("geom", "学校").put("fid", 9).build());
        LayerRecord emptyPoint = new LayerRecord(points.name(), 2, "2", GF.createPoint(), Attributes.builder()
                .put("geom", new AttributeValue.Null(AttributeType.STRING))
                .put("fid", new AttributeValue.Null(AttributeType.INTEGER)).build());
        LayerRecord row = new LayerRecord(table.name(), 1, "1", null,
                Attributes.builder().put("值", AttributeValue.of(new BigDecimal("12345678901234567890.125")))
                        .build());
        Path file = dir.resolve("plan.gpkg");
        SampleLayers.Checksum written = new SampleLayers.Checksum();
        try (LayerWriter w = provider.openLayerWriter(WriteContext.of(file))) {
            w.writePlanHeader(GeoPackagePlanHeaderTest.fullHeader());
            LayerSink zones = w.createLayer(SampleLayers.SCHEMA);
            LayerSink pointSink = w.createLayer(points);
            w.createLayer(table).write(row);
            for (long i = 1; i <= COUNT; i++) {
                LayerRecord r = gen.record(i);
                zones.write(r);
                written.add(r);
                if (i == 10) {
                    pointSink.write(point);
                    pointSink.write(emptyPoint);
                }
            }
            w.finish();
        }
        SampleLayers.Checksum read = new SampleLayers.Checksum();
        try (LayerReader r = provider.openLayerReader(ReadContext.of(file))) {
            assertThat(r.layers()).containsExactly(SampleLayers.SCHEMA, points, table);
            assertThat(r.planHeader()).contains(GeoPackagePlanHeaderTest.fullHeader());
            try (RecordCursor c = r.open(SampleLayers.LAYER)) {
                for (LayerRecord rec = c.read(); rec != null; rec = c.read()) {
                    assertThat(rec.index()).isEqualTo(read.count() + 1);
                    read.add(rec);
                }
            }
            try (RecordCursor c = r.open(points.name())) {
                LayerRecord p = c.read();
                assertThat(p).isEqualTo(point);
                assertThat(p.geometry().getCoordinate().getZ()).isEqualTo(4.5);
                assertThat(c.read()).isEqualTo(emptyPoint);
                assertThat(c.read()).isNull();
            }
            try (RecordCursor c = r.open(table.name())) {
                assertThat(c.read()).isEqualTo(row);
            }
        }
        assertThat(read.count()).isEqualTo(COUNT);
        assertThat(read.hex()).isEqualTo(written.hex());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT rtreecheck('rtree_规划用地_geom'), (SELECT COUNT(*) FROM "
                        + "\"rtree_规划用地_geom\"), (SELECT COUNT(*) FROM \"rtree_layer_gpkg_设施_geometry\"), "
                        + "(SELECT COUNT(*) FROM gpkg_extensions WHERE extension_name = 'gpkg_rtree_index')")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("ok");
            assertThat(rs.getLong(2)).isEqualTo(COUNT);
            assertThat(rs.getLong(3)).as("the empty point is not indexed").isEqualTo(1);
            assertThat(rs.getLong(4)).isEqualTo(2);
        }
    }
}
