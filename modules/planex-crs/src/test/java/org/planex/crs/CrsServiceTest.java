package org.planex.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.planex.model.CrsRef;
import org.planex.spi.ErrorKind;
import org.planex.spi.PlanexException;

class CrsServiceTest {

    private final CrsService service = CrsService.standard();

    @Test
    void everyKnownCrsHasAProj4DefinitionMatchingItsParameters() throws Exception {
        for (KnownCrs k : CrsCatalog.all()) {
            assertThat(service.supports(k.crs())).as(k.label()).isTrue();
            String proj4 = service.proj4(k.crs());
            if (k.family().isGeographic()) {
                assertThat(proj4).as(k.label()).contains("+proj=longlat");
            } else {
                assertThat(proj4).as(k.label()).containsAnyOf("+proj=tmerc", "+proj=utm");
                if (proj4.contains("tmerc")) {
                    assertThat(parameter(proj4, "lon_0")).as(k.label()).isCloseTo(k.centralMeridian(), within(1e-9));
                    assertThat(parameter(proj4, "x_0")).as(k.label()).isCloseTo(k.falseEasting(), within(1e-6));
                }
            }
        }
    }

    @Test
    void hongKongGridCarriesTheDatumShiftPrjUses() throws Exception {
        assertThat(service.proj4(CrsRef.epsg(2326)))
                .contains("+towgs84=-162.619,-276.959,-161.764,0.067753,-2.243648,-1.158828,-1.094246");
    }

    @Test
    void cgcs2000AndWgs84AreTheSameForPlanex() throws Exception {
        GeometryReprojector r = service.reprojector(CrsRef.CGCS2000, CrsRef.WGS84);
        Coordinate c = r.reproject(new Coordinate(121.123456789, 31.987654321));
        assertThat(c.x).isCloseTo(121.123456789, within(1e-9));
        assertThat(c.y).isCloseTo(31.987654321, within(1e-9));
    }

    @Test
    void unknownCodeIsAClearError() {
        CrsRef bogus = CrsRef.epsg(999_999);
        assertThat(service.supports(bogus)).isFalse();
        assertThatThrownBy(() -> service.reprojector(bogus, CrsRef.CGCS2000))
                .isInstanceOfSatisfying(PlanexException.class, e -> {
                    assertThat(e.getKind()).isEqualTo(ErrorKind.INVALID_DATA);
                    assertThat(e.getReason()).contains("EPSG:999999").contains("EPSG:4490");
                });
    }

    @Test
    void reprojectsEveryVertexOfAPolygonWithAHoleAndRoundTrips() throws Exception {
        Geometry g = new WKTReader().read("POLYGON ((121 31, 121.1 31, 121.1 31.1, 121 31.1, 121 31),"
                + " (121.02 31.02, 121.02 31.05, 121.05 31.05, 121.02 31.02))");
        Geometry gk = service.reprojector(CrsRef.CGCS2000, CrsRef.epsg(4549)).reproject(g);
        assertThat(gk.getSRID()).isEqualTo(4549);
        assertThat(((Polygon) gk).getNumInteriorRing()).isEqualTo(1);
        assertThat(gk.getEnvelopeInternal().getMinX()).isBetween(590_000.0, 600_000.0);
        assertThat(gk.getEnvelopeInternal().getMinY()).isBetween(3_430_000.0, 3_440_000.0);
        assertThat(g.getCoordinate().x).as("input unchanged").isEqualTo(121);
        Geometry back = service.reprojector(CrsRef.epsg(4549), CrsRef.CGCS2000).reproject(gk);
        Coordinate[] a = g.getCoordinates();
        Coordinate[] b = back.getCoordinates();
        for (int i = 0; i < a.length; i++) {
            assertThat(a[i].distance(b[i])).isLessThan(1e-9);
        }
    }

    @Test
    void envelopeCoversTheCurvedEdges() throws Exception {
        Envelope gk = new Envelope(400_000, 600_000, 3_400_000, 3_600_000);
        Envelope ll = service.reprojector(CrsRef.epsg(4549), CrsRef.CGCS2000).reproject(gk);
        Coordinate ne = service.reprojector(CrsRef.epsg(4549), CrsRef.CGCS2000)
                .reproject(new Coordinate(600_000, 3_600_000));
        Coordinate se = service.reprojector(CrsRef.epsg(4549), CrsRef.CGCS2000)
                .reproject(new Coordinate(600_000, 3_400_000));
        assertThat(ll.getMaxX()).isGreaterThanOrEqualTo(Math.max(ne.x, se.x));
        assertThat(ll.getMaxY()).isGreaterThanOrEqualTo(ne.y);
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        GeometryReprojector r = service.reprojector(CrsRef.epsg(2326), CrsRef.CGCS2000);
        List<Coordinate> serial = IntStream.range(0, 2000).mapToObj(i -> point(r, i)).toList();
        List<Coordinate> parallel = IntStream.range(0, 2000).parallel().mapToObj(i -> point(r, i)).toList();
        assertThat(parallel).isEqualTo(serial);
    }

    @Test
    void untransformableCoordinateNamesItself() throws ParseException {
        Geometry g = new WKTReader().read("LINESTRING (121 31, 121 95)");
        assertThatThrownBy(() -> service.reprojector(CrsRef.CGCS2000, CrsRef.epsg(4549)).reproject(g))
                .isInstanceOf(PlanexException.class).hasMessageContaining("(121.0 95.0)")
                .hasMessageContaining("EPSG:4490").hasMessageContaining("EPSG:4549");
        assertThatThrownBy(() -> service.reprojector(CrsRef.epsg(4549), CrsRef.CGCS2000)
                .reproject(new Coordinate(1e9, 600_000))).isInstanceOf(PlanexException.class)
                .hasMessageContaining("far outside the domain of EPSG:4549");
    }

    private static Coordinate point(GeometryReprojector r, int i) {
        try {
            return r.reproject(new Coordinate(810_000 + 20 * i, 810_000 + 15 * i));
        } catch (PlanexException e) {
            throw new AssertionError(e);
        }
    }

    private static double parameter(String proj4, String name) {
        for (String token : proj4.split("\\s+")) {
            if (token.startsWith("+" + name + "=")) {
                return Double.parseDouble(token.substring(name.length() + 2));
            }
        }
        throw new AssertionError(name + " missing from " + proj4);
    }
}
