package org.planex.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKTReader;
import org.planex.model.CrsRef;

class GmlAxisOrderTest {

    private final GeometryFactory factory = new GeometryFactory();

    @Test
    void geographicCgcs2000IsWrittenLatitudeFirst() throws Exception {
        String gml = write(factory.createPoint(new Coordinate(121.125, 31.25)), CrsRef.CGCS2000);
        assertThat(gml).contains("<gml:pos>31.25 121.125</gml:pos>")
                .contains("srsName=\"http://www.opengis.net/def/crs/EPSG/0/4490\"");
    }

    @Test
    void gaussKrugerZoneIsWrittenNorthingFirst() throws Exception {
        String gml = write(factory.createPoint(new Coordinate(595000.5, 3445000.25)), CrsRef.epsg(4549));
        assertThat(gml).contains("<gml:pos>3445000.25 595000.5</gml:pos>");
    }

    @Test
    void utmIsWrittenEastingFirst() throws Exception {
        String gml = write(factory.createPoint(new Coordinate(350000, 3450000)), CrsRef.epsg(32651));
        assertThat(gml).contains("<gml:pos>350000 3450000</gml:pos>");
    }

    @Test
    void otherRegistryCrssFollowTheirEpsgAxisOrder() throws Exception {
        assertThat(write(factory.createPoint(new Coordinate(-98.5, 39.5)), CrsRef.epsg(4269)))
                .contains("<gml:pos>39.5 -98.5</gml:pos>");
        assertThat(write(factory.createPoint(new Coordinate(6_000_000.5, 2_000_000.25)), CrsRef.epsg(2227)))
                .contains("<gml:pos>6000000.5 2000000.25</gml:pos>");
        assertThat(write(factory.createPoint(new Coordinate(4_321_000, 3_210_000)), CrsRef.epsg(3035)))
                .contains("<gml:pos>3210000 4321000</gml:pos>");
        assertThat(write(factory.createPoint(new Coordinate(38_500_000, 3_400_000)), CrsRef.epsg(2362)))
                .contains("<gml:pos>3400000 38500000</gml:pos>");
        assertThat(write(factory.createPoint(new Coordinate(20_000, 20_000.5)), CrsRef.epsg(8433)))
                .contains("<gml:pos>20000.5 20000</gml:pos>");
        assertThat(write(factory.createPoint(new Coordinate(530_000, 180_000)), CrsRef.epsg(27700)))
                .contains("<gml:pos>530000 180000</gml:pos>");
        Geometry back = read(write(factory.createPoint(new Coordinate(4_321_000, 3_210_000)), CrsRef.epsg(3035)),
                CrsRef.epsg(3035));
        assertThat(back.getCoordinate()).isEqualTo(new Coordinate(4_321_000, 3_210_000));
    }

    @Test
    void everyGeometryTypeReadsBackToTheSameJtsCoordinates() throws Exception {
        WKTReader wkt = new WKTReader(factory);
        String[] cases = {
            "POLYGON ((121.1 31.1, 121.2 31.1, 121.2 31.2, 121.1 31.1), (121.15 31.12, 121.16 31.12, 121.16 31.13, 121.15 31.12))",
            "MULTIPOLYGON (((121 31, 121.1 31, 121.1 31.1, 121 31)), ((122 31, 122.1 31, 122.1 31.1, 122 31)))",
            "LINESTRING (121 31, 121.5 31.5, 122 31.25)",
            "MULTILINESTRING ((121 31, 121.5 31.5), (122 31, 122.5 31.5))",
            "MULTIPOINT ((121 31), (121.5 31.5))",
            "POINT Z (121 31 4.5)"};
        for (CrsRef crs : new CrsRef[] {CrsRef.CGCS2000, CrsRef.epsg(4549), CrsRef.epsg(32651)}) {
            for (String c : cases) {
                Geometry g = wkt.read(c);
                Geometry back = read(write(g, crs), crs);
                assertThat(back.equalsExact(g)).as("%s in %s", c, crs).isTrue();
                assertThat(back.getGeometryType()).isEqualTo(g.getGeometryType());
                assertThat(Double.valueOf(back.getCoordinate().getZ())).isEqualTo(Double.valueOf(g.getCoordinate().getZ()));
            }
        }
    }

    @Test
    void coordinatesRoundTripBitForBit() throws Exception {
        Coordinate c = new Coordinate(121.12345678901234, 31.000000000000004);
        Geometry back = read(write(factory.createPoint(c), CrsRef.CGCS2000), CrsRef.CGCS2000);
        assertThat(back.getCoordinate().x).isEqualTo(c.x);
        assertThat(back.getCoordinate().y).isEqualTo(c.y);
    }

    private String write(Geometry g, CrsRef crs) throws Exception {
        StringWriter out = new StringWriter();
        XMLStreamWriter w = SecureXml.outputFactory().createXMLStreamWriter(out);
        w.setPrefix("gml", PlanXml.GML);
        w.writeStartElement("gml", "wrapper", PlanXml.GML);
        w.writeNamespace("gml", PlanXml.GML);
        new GmlWriter(crs).write(w, g, "g1");
        w.writeEndElement();
        w.close();
        return out.toString();
    }

    private Geometry read(String xml, CrsRef crs) throws Exception {
        XMLStreamReader r = SecureXml.inputFactory().createXMLStreamReader(new ByteArrayInputStream(xml.getBytes("UTF-8")));
        r.nextTag();
        r.nextTag();
        return new GmlReader(crs, factory).read(r);
    }
}
