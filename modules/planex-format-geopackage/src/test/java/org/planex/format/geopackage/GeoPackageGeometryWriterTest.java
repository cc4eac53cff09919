package org.planex.format.geopackage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.io.WKTReader;

class GeoPackageGeometryWriterTest {

    private final GeometryFactory factory = new GeometryFactory();
    private final GeoPackageGeometryWriter writer = new GeoPackageGeometryWriter();

    /** The WKB part of a blob: after the 8-byte header and the 32-byte envelope. */
    private byte[] wkbOf(Geometry g) {
        byte[] blob = writer.write(g, 4549);
        assertThat(blob[0]).isEqualTo((byte) 'G');
        return Arrays.copyOfRange(blob, 40, blob.length);
    }

    private static byte[] jts(Geometry g) {
        return new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN).write(g);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))",
        "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2 4, 4 4, 4 2, 2 2), (6 6, 6 8, 8 8, 6 6))",
        "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 9 5, 9 9, 5 9, 5 5), (6 6, 6 7, 7 7, 6 6)))"})
    void polygonsAreEncodedAsJtsEncodesThem(String wkt) throws Exception {
        Geometry g = new WKTReader(factory).read(wkt);
        assertThat(wkbOf(g)).isEqualTo(jts(g));
    }

    @Test
    void generatedPolygonsAreEncodedAsJtsEncodesThem() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 2000; i++) {
            int n = 3 + random.nextInt(14);
            Coordinate[] ring = new Coordinate[n + 1];
            for (int k = 0; k < n; k++) {
                double a = 2 * Math.PI * k / n;
                double r = 1 + random.nextDouble();
                ring[k] = new Coordinate(540000 + r * Math.cos(a), 3410000.5 + r * Math.sin(a));
            }
            ring[n] = ring[0].copy();
            Polygon p = factory.createPolygon(ring);
            Geometry g = random.nextBoolean() ? p : factory.createMultiPolygon(new Polygon[] {p, p});
            assertThat(wkbOf(g)).isEqualTo(jts(g));
        }
    }

    @Test
    void emptyPolygonKeepsTheEmptyFlagAndNoEnvelope() {
        byte[] blob = writer.write(factory.createPolygon((LinearRing) null), 4549);
        assertThat(blob[3] & 0x10).isEqualTo(0x10);
        assertThat(Arrays.copyOfRange(blob, 8, blob.length)).isEqualTo(jts(factory.createPolygon()));
    }
}
