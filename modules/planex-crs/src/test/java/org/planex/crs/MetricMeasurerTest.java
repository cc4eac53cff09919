package org.planex.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.planex.model.CrsRef;

class MetricMeasurerTest {

    private static final GeometryFactory GF = new GeometryFactory();
    private static final double A = 6_378_137;
    private static final double E2 = 0.006694380022900787;

    /**
     * A 1 km x 1 km square in longitude/latitude with its south-west corner at (lon, lat), its sides computed
     * from the ellipsoid's radii of curvature (independently of any projection).
     */
    static Geometry kilometreSquare(double lon, double lat) {
        double phi = Math.toRadians(lat + 0.0045);
        double w = Math.sqrt(1 - E2 * Math.sin(phi) * Math.sin(phi));
        double meridian = A * (1 - E2) / (w * w * w);
        double prime = A / w;
        double dLat = Math.toDegrees(1000 / meridian);
        double dLon = Math.toDegrees(1000 / (prime * Math.cos(phi)));
        return GF.createPolygon(new Coordinate[] {new Coordinate(lon, lat), new Coordinate(lon + dLon, lat),
            new Coordinate(lon + dLon, lat + dLat), new Coordinate(lon, lat + dLat), new Coordinate(lon, lat)});
    }

    @ParameterizedTest(name = "{0}E {1}N in EPSG:{2}")
    @CsvSource({"121.1, 31.2, 4490", "121.49, 31.2, 4490", "114.0, 22.5, 4490", "87.6, 43.8, 4490",
        "126.6, 45.7, 4490", "2.35, 48.85, 4326", "-74.0, 40.7, 4326"})
    void areaOfAKilometreSquareGivenInDegreesIsOneSquareKilometreWithinATenthOfAPercent(double lon, double lat,
            int code) throws Exception {
        Geometry square = kilometreSquare(lon, lat);
        assertThat(MetricMeasurer.area(square, CrsRef.epsg(code))).isCloseTo(1_000_000, within(1_000.0));
        assertThat(MetricMeasurer.length(square, CrsRef.epsg(code))).isCloseTo(4_000, within(4.0));
    }

    @Test
    void distanceIsMeasuredInMetresNotDegrees() throws Exception {
        Geometry square = kilometreSquare(121.1, 31.2);
        Coordinate[] c = square.getCoordinates();
        Geometry sw = GF.createPoint(c[0]);
        Geometry ne = GF.createPoint(c[2]);
        assertThat(MetricMeasurer.distance(sw, ne, CrsRef.CGCS2000)).isCloseTo(Math.sqrt(2) * 1000, within(1.5));
    }

    @Test
    void measurerForAPairMeasuresBothSidesInOneCrs() throws Exception {
        MetricCrsChoice choice = new MetricCrsChooser().forPair(
                new Envelope(380_000, 520_000, 2_480_000, 2_520_000), CrsRef.epsg(4547),
                new Envelope(800_000, 870_000, 800_000, 850_000), CrsRef.epsg(2326));
        MetricMeasurer m = new MetricMeasurer(choice);
        assertThat(m.choice().crs().crs()).isEqualTo(CrsRef.epsg(4547));
        Geometry hkPoint = GF.createPoint(new Coordinate(836_694.05, 819_069.8));
        Geometry sameInGk = m.toMetric(hkPoint, CrsRef.epsg(2326));
        Geometry gkPoint = GF.createPoint(new Coordinate(sameInGk.getCoordinate().x + 300, sameInGk.getCoordinate().y));
        assertThat(m.distanceBetween(hkPoint, CrsRef.epsg(2326), gkPoint, CrsRef.epsg(4547)))
                .isCloseTo(300, within(1e-6));
        Geometry square = kilometreSquare(114.1, 22.5);
        assertThat(m.areaOf(square, CrsRef.CGCS2000)).isCloseTo(1_000_000, within(1_000.0));
        assertThat(m.lengthOf(square, CrsRef.CGCS2000)).isCloseTo(4_000, within(4.0));
    }
}
