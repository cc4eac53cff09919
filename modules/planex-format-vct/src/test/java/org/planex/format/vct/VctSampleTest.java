package org.planex.format.vct;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.planex.model.AttributeType;
import org.planex.model.AttributeValue;
import org.planex.model.CrsRef;
import org.planex.model.layer.GeometryKind;
import org.planex.model.layer.LayerRecord;
import org.planex.model.layer.LayerSchema;
import org.planex.spi.LayerReader;
import org.planex.spi.ProbeInput;
import org.planex.spi.ProbeResult;
import org.planex.spi.ReadContext;
import org.planex.spi.RecordCursor;

/**
 * A hand-written GBK VCT 2.0 file in the documented structure ({@code land-use-sample.vct}): two land-use
 * polygons sharing a line (one runs it backwards), a hole, a two-part polygon, a polygon in the direct
 * coordinate form, a point layer, a line layer and an annotation layer, which is skipped with a warning.
 */
class VctSampleTest {

    private static Path sample() throws URISyntaxException {
        return resource("/land-use-sample.vct");
    }

    /** The test resource {@code name} as a file. */
    static Path resource(String name) throws URISyntaxException {
        return Path.of(VctSampleTest.class.getResource(name).toURI());
    }

    @Test
    void theHandWrittenSampleReads() throws Exception {
        List<String> warnings = new ArrayList<>();
        assertThat(new VctFormatProvider().probe(ProbeInput.of(sample()))).isEqualTo(ProbeResult.SUPPORTED);
        try (LayerReader r = new VctFormatProvider().openLayerReader(new ReadContext(sample(),
                org.planex.spi.FormatOptions.none(), (l, m) -> warnings.add(m)))) {
            assertThat(r.layers()).extracting(LayerSchema::name).containsExactly("YDYH", "HWSS", "DLZXX");
            assertThat(r.layers()).extracting(LayerSchema::crs).containsOnly(CrsRef.epsg(4549));
            assertThat(r.layers().get(0).geometryKind()).isEqualTo(GeometryKind.POLYGON);
            assertThat(r.layers().get(0).field("MJ").orElseThrow().scale()).isEqualTo(2);
            assertThat(warnings).singleElement().asString().contains("Annotation").contains("skipped");
            List<LayerRecord> zones = read(r, "YDYH");
            assertThat(zones).extracting(LayerRecord::fid).containsExactly("1", "2", "3", "4");
            Polygon a = (Polygon) zones.get(0).geometry();
            assertThat(a.getNumInteriorRing()).isEqualTo(1);
            assertThat(a.getArea()).isEqualTo(100 * 100 - 20 * 20);
            Polygon b = (Polygon) zones.get(1).geometry();
            assertThat(b.getArea()).isEqualTo(100 * 100);
            assertThat(b.isValid()).isTrue();
            Geometry shared = a.intersection(b);
            assertThat(shared.getDimension()).as("the shared line is an edge of both").isEqualTo(1);
            assertThat(shared.getLength()).isEqualTo(100);
            MultiPolygon c = (MultiPolygon) zones.get(2).geometry();
            assertThat(c.getNumGeometries()).isEqualTo(2);
            assertThat(c.getArea()).isEqualTo(2 * 50 * 50);
            Polygon d = (Polygon) zones.get(3).geometry();
            assertThat(d.getArea()).as("the direct-coordinate triangle").isEqualTo(20 * 20 / 2.0);
            assertThat(zones.get(0).attributes().get("YDYHFLMC")).contains(AttributeValue.of("城镇住宅用地"));
            assertThat(zones.get(0).attributes().get("MJ")).contains(AttributeValue.of(new BigDecimal("9600.00")));
            assertThat(zones.get(0).attributes().get("PZRQ")).contains(AttributeValue.of(LocalDate.of(2023, 1, 15)));
            assertThat(zones.get(1).attributes().get("PZRQ")).contains(new AttributeValue.Null(AttributeType.DATE));
            assertThat(zones.get(2).attributes().get("YDYHFLMC")).contains(AttributeValue.of("公园绿地 \"东园\""));
            assertThat(zones.get(3).attributes().get("YDYHFLDM")).contains(AttributeValue.of("1701"));
            assertThat(zones.get(3).attributes().get("MJ")).contains(new AttributeValue.Null(AttributeType.DECIMAL));
            List<LayerRecord> points = read(r, "HWSS");
            assertThat(points).singleElement().satisfies(p -> {
                assertThat(((Point) p.geometry()).getCoordinate()).isEqualTo(new Coordinate(500250, 3450150));
                assertThat(p.attributes().get("MC")).contains(AttributeValue.of("垃圾转运站"));
            });
            List<LayerRecord> roads = read(r, "DLZXX");
            assertThat(roads).as("the ring lines of the polygons are not road features").singleElement()
                    .satisfies(l -> {
                        assertThat(((LineString) l.geometry()).getNumPoints()).isEqualTo(3);
                        assertThat(l.geometry().getLength()).isEqualTo(450);
                        assertThat(l.attributes().get("BSM")).contains(AttributeValue.of(201));
                    });
        }
    }

    @Test
    void theSameSampleInUtf8WithAByteOrderMarkReadsTheSame(@TempDir Path dir) throws Exception {
        String text = Files.readString(sample(), Charset.forName("GBK"));
        Path utf8 = dir.resolve("utf8.vct");
        Files.write(utf8, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
        VctFormatProvider p = new VctFormatProvider();
        try (LayerReader gbk = p.openLayerReader(ReadContext.of(sample()));
                LayerReader u = p.openLayerReader(ReadContext.of(utf8))) {
            assertThat(u.layers()).isEqualTo(gbk.layers());
            for (LayerSchema l : gbk.layers()) {
                assertThat(read(u, l.name())).isEqualTo(read(gbk, l.name()));
            }
        }
    }

    static List<LayerRecord> read(LayerReader r, String layer) throws IOException {
        List<LayerRecord> out = new ArrayList<>();
        try (RecordCursor c = r.open(layer)) {
            for (LayerRecord rec = c.read(); rec != null; rec = c.read()) {
                out.add(rec);
            }
        }
        return out;
    }
}
