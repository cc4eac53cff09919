package org.planex.format.vct;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.planex.model.AttributeType;
import org.planex.model.AttributeValue;
import org.planex.model.CrsRef;
import org.planex.model.layer.LayerRecord;
import org.planex.model.layer.LayerSchema;
import org.planex.spi.FormatOptions;
import org.planex.spi.LayerReader;
import org.planex.spi.ReadContext;

/**
 * A second hand-written GBK sample ({@code land-survey-sample.vct}) in the GB/T 17798-2007 layout that the
 * independent VCT readers and writers use (see the module README): version {@code GB/T 17798-2007}, nine
 * Gauss-Kruger parameters, x = northing, table structures closed by {@code 0}, style codes on every record,
 * points of type 1 (one coordinate) and 3 (directed), lines with a part count and segment type 11, polygons of
 * type 100 made of lines (composition 21, references over two text lines) and of type 1 with direct rings,
 * an annotation in the 2007 layout, and attribute rows with and without a separate identifier before the
 * values. Every feature, geometry and attribute is checked.
 */
class VctSurveyLayoutSampleTest {

    @Test
    void theSurveyLayoutSampleReadsCompletely() throws Exception {
        List<String> warnings = new ArrayList<>();
        Path sample = VctSampleTest.resource("/land-survey-sample.vct");
        try (LayerReader r = new VctFormatProvider().openLayerReader(new ReadContext(sample, FormatOptions.none(),
                (l, m) -> warnings.add(m)))) {
            assertThat(r.layers()).extracting(LayerSchema::name).containsExactly("YDYH", "HWSS", "DLZXX");
            assertThat(r.layers()).extracting(LayerSchema::crs).as("CM 120E, zone 40 in the false easting")
                    .containsOnly(CrsRef.epsg(4528));
            assertThat(r.layers().get(0).fields()).hasSize(6);
            assertThat(warnings).singleElement().asString().contains("Annotation").contains("skipped");

            List<LayerRecord> zones = VctSampleTest.read(r, "YDYH");
            assertThat(zones).extracting(LayerRecord::fid).containsExactly("1", "2", "3", "4");
            Polygon a = (Polygon) zones.get(0).geometry();
            assertThat(a.getNumInteriorRing()).isEqualTo(1);
            assertThat(a.getArea()).isEqualTo(100 * 100 - 20 * 20);
            assertThat(a.getEnvelopeInternal().getMinX()).as("x is the easting after the swap").isEqualTo(40500000);
            Polygon b = (Polygon) zones.get(1).geometry();
            assertThat(b.getArea()).isEqualTo(100 * 100);
            Geometry shared = a.intersection(b);
            assertThat(shared.getLength()).as("line 1001 is shared, run backwards by polygon 2").isEqualTo(100);
            MultiPolygon c = (MultiPolygon) zones.get(2).geometry();
            assertThat(c.getNumGeometries()).as("references over two text lines, 0 between the rings").isEqualTo(2);
            assertThat(c.getArea()).isEqualTo(2 * 50 * 50);
            Polygon d = (Polygon) zones.get(3).geometry();
            assertThat(d.getArea()).as("the direct polygon, type 1 with one ring of type 11").isEqualTo(200);
            assertThat(d.getExteriorRing().getCoordinateN(2)).isEqualTo(new Coordinate(40500010, 3450170));

            assertThat(zones.get(0).attributes().get("BSM")).contains(AttributeValue.of(1));
            assertThat(zones.get(0).attributes().get("YSDM")).contains(AttributeValue.of("2090010100"));
            assertThat(zones.get(0).attributes().get("YDYHFLDM")).contains(AttributeValue.of("070101"));
            assertThat(zones.get(0).attributes().get("YDYHFLMC")).contains(AttributeValue.of("城镇住宅用地"));
            assertThat(zones.get(0).attributes().get("MJ")).contains(AttributeValue.of(new BigDecimal("9600.00")));
            assertThat(zones.get(0).attributes().get("PZRQ")).contains(AttributeValue.of(LocalDate.of(2023, 1, 15)));
            assertThat(zones.get(1).attributes().get("YDYHFLDM")).contains(AttributeValue.of("0801"));
            assertThat(zones.get(1).attributes().get("YDYHFLMC")).contains(AttributeValue.of("机关团体用地"));
            assertThat(zones.get(1).attributes().get("MJ")).contains(AttributeValue.of(new BigDecimal("10000.00")));
            assertThat(zones.get(1).attributes().get("PZRQ")).contains(new AttributeValue.Null(AttributeType.DATE));
            assertThat(zones.get(2).attributes().get("YDYHFLMC")).contains(AttributeValue.of("公园绿地"));
            assertThat(zones.get(2).attributes().get("MJ")).contains(AttributeValue.of(new BigDecimal("5000.5")));
            assertThat(zones.get(2).attributes().get("PZRQ")).contains(AttributeValue.of(LocalDate.of(2022, 12, 31)));
            assertThat(zones.get(3).attributes().get("BSM")).contains(AttributeValue.of(4));
            assertThat(zones.get(3).attributes().get("YDYHFLDM")).contains(AttributeValue.of("1701"));
            assertThat(zones.get(3).attributes().get("YDYHFLMC"))
                    .contains(new AttributeValue.Null(AttributeType.STRING));
            assertThat(zones.get(3).attributes().get("MJ")).contains(new AttributeValue.Null(AttributeType.DECIMAL));

            List<LayerRecord> points = VctSampleTest.read(r, "HWSS");
            assertThat(points).extracting(LayerRecord::fid).containsExactly("301", "302");
            assertThat(((Point) points.get(0).geometry()).getCoordinate()).isEqualTo(new Coordinate(40500250, 3450150));
            assertThat(((Point) points.get(1).geometry()).getCoordinate()).as("a directed point keeps its position")
                    .isEqualTo(new Coordinate(40500260, 3450160));
            assertThat(points.get(0).attributes().get("BSM")).contains(AttributeValue.of(301));
            assertThat(points.get(0).attributes().get("YSDM")).contains(AttributeValue.of("9000000001"));
            assertThat(points.get(0).attributes().get("MC")).contains(AttributeValue.of("垃圾转运站"));
            assertThat(points.get(1).attributes().get("MC")).contains(AttributeValue.of("公厕"));

            List<LayerRecord> roads = VctSampleTest.read(r, "DLZXX");
            assertThat(roads).as("the ring lines (code 1099000000) are not road features")
                    .extracting(LayerRecord::fid).containsExactly("201", "202");
            LineString west = (LineString) roads.get(0).geometry();
            assertThat(west.getNumPoints()).isEqualTo(3);
            assertThat(west.getCoordinateN(1)).isEqualTo(new Coordinate(40500225.5, 3450200));
            MultiLineString east = (MultiLineString) roads.get(1).geometry();
            assertThat(east.getNumGeometries()).as("a line record of two parts").isEqualTo(2);
            assertThat(east.getLength()).isEqualTo(200);
            assertThat(roads.get(0).attributes().get("BSM")).contains(AttributeValue.of(201));
            assertThat(roads.get(0).attributes().get("MC")).contains(AttributeValue.of("环湖西路"));
            assertThat(roads.get(1).attributes().get("YSDM")).contains(AttributeValue.of("9000000002"));
            assertThat(roads.get(1).attributes().get("MC")).contains(AttributeValue.of("环湖东路"));
        }
    }
}
