package org.planex.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.planex.model.AxisOrder;
import org.planex.model.CrsRef;

class CrsCatalogTest {

    @Test
    void knowsEveryCrsPlanexWrites() {
        assertThat(CrsCatalog.all()).hasSize(1 + 1 + 1 + 64 + 120);
        for (int code : new int[] {4490, 4326, 2326, 4491, 4512, 4513, 4554, 32601, 32660, 32701, 32760}) {
            assertThat(CrsCatalog.find(CrsRef.epsg(code))).as("EPSG:%d", code).isPresent();
        }
        assertThat(CrsCatalog.find(CrsRef.epsg(4555))).isEmpty();
        assertThat(CrsCatalog.find(CrsRef.epsg(3857))).isEmpty();
    }

    @Test
    void derivesZoneCentralMeridianAndFalseEastingFromTheCode() {
        KnownCrs zone40 = CrsCatalog.find(CrsRef.epsg(4528)).orElseThrow();
        assertThat(zone40.family()).isEqualTo(CrsFamily.CGCS2000_GK3_ZONE);
        assertThat(zone40.zone()).isEqualTo(40);
        assertThat(zone40.centralMeridian()).isEqualTo(120);
        assertThat(zone40.falseEasting()).isEqualTo(40_500_000);
        assertThat(zone40.name()).isEqualTo("CGCS2000 / 3-degree Gauss-Kruger zone 40");

        KnownCrs cm120 = CrsCatalog.find(CrsRef.epsg(4549)).orElseThrow();
        assertThat(cm120.family()).isEqualTo(CrsFamily.CGCS2000_GK3_CM);
        assertThat(cm120.centralMeridian()).isEqualTo(120);
        assertThat(cm120.falseEasting()).isEqualTo(500_000);
        assertThat(cm120.name()).isEqualTo("CGCS2000 / 3-degree Gauss-Kruger CM 120E");

        KnownCrs gk6 = CrsCatalog.find(CrsRef.epsg(4501)).orElseThrow();
        assertThat(gk6.zone()).isEqualTo(23);
        assertThat(gk6.centralMeridian()).isEqualTo(135);
        assertThat(gk6.falseEasting()).isEqualTo(23_500_000);
        assertThat(CrsCatalog.find(CrsRef.epsg(4512)).orElseThrow().centralMeridian()).isEqualTo(135);

        KnownCrs utm = CrsCatalog.utm(50, false);
        assertThat(utm.crs()).isEqualTo(CrsRef.epsg(32750));
        assertThat(utm.centralMeridian()).isEqualTo(117);
        assertThat(utm.family()).isEqualTo(CrsFamily.UTM_SOUTH);
    }

    @Test
    void everyProjectedCrsHasItsCentralMeridianInsideItsAreaOrNearby() {
        for (KnownCrs k : CrsCatalog.all()) {
            if (!k.family().isGeographic()) {
                assertThat(k.centralMeridian()).as(k.label())
                        .isBetween(k.area().west() - 3, k.area().east() + 3);
            }
        }
    }

    @Test
    void mapsZonePrefixesAndTwins() {
        assertThat(CrsCatalog.forZonePrefix(40).orElseThrow().crs()).isEqualTo(CrsRef.epsg(4528));
        assertThat(CrsCatalog.forZonePrefix(20).orElseThrow().crs()).isEqualTo(CrsRef.epsg(4498));
        assertThat(CrsCatalog.forZonePrefix(24)).isEmpty();
        assertThat(CrsCatalog.forZonePrefix(3)).isEmpty();
        KnownCrs zone40 = CrsCatalog.find(CrsRef.epsg(4528)).orElseThrow();
        assertThat(CrsCatalog.twin(zone40).orElseThrow().crs()).isEqualTo(CrsRef.epsg(4549));
        assertThat(CrsCatalog.twin(CrsCatalog.twin(zone40).orElseThrow()).orElseThrow()).isEqualTo(zone40);
        KnownCrs zone13 = CrsCatalog.find(CrsRef.epsg(4491)).orElseThrow();
        assertThat(CrsCatalog.twin(zone13).orElseThrow().centralMeridian()).isEqualTo(75);
        assertThat(CrsCatalog.gaussKruger3(114).orElseThrow().crs()).isEqualTo(CrsRef.epsg(4547));
        assertThat(CrsCatalog.gaussKruger3(115)).isEmpty();
        assertThatThrownBy(() -> CrsCatalog.utm(61, true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void axisOrderOfTheModelAgreesWithTheAxesOfTheOgcWkt() {
        for (KnownCrs k : CrsCatalog.all()) {
            String wkt = CrsWktCatalog.ogc(k.crs()).orElseThrow();
            int north = wkt.indexOf(",NORTH]");
            int east = wkt.indexOf(",EAST]");
            assertThat(north).as(k.label()).isPositive();
            assertThat(east).as(k.label()).isPositive();
            AxisOrder expected = north < east ? AxisOrder.NORTH_EAST : AxisOrder.EAST_NORTH;
            assertThat(k.crs().axisOrder()).as(k.label()).isEqualTo(expected);
        }
    }

    @Test
    void areaOfUseTellsInsideFromOutside() {
        AreaOfUse hk = CrsCatalog.find(CrsRef.epsg(2326)).orElseThrow().area();
        assertThat(hk.contains(114.17, 22.3)).isTrue();
        assertThat(hk.contains(121.5, 31.2)).isFalse();
        assertThat(hk.containsWithin(113.6, 22.3, 0.25, 0.25)).isTrue();
        assertThatThrownBy(() -> new AreaOfUse(5, 1, 10, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AreaOfUse(5, 0, 190, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAreaCrossingTheAntimeridianHoldsBothSides() {
        AreaOfUse nad83 = new AreaOfUse(167.65, 14.92, -40.73, 86.45);
        assertThat(nad83.crossesAntimeridian()).isTrue();
        assertThat(nad83.contains(-100, 40)).isTrue();
        assertThat(nad83.contains(172, 52)).as("the western Aleutians").isTrue();
        assertThat(nad83.contains(10, 50)).isFalse();
        assertThat(nad83.containsWithin(-39.5, 50, 1.5, 1)).isTrue();
        assertThat(nad83.containsWithin(-38.5, 50, 1.5, 1)).isFalse();
        assertThat(nad83.centreLongitude()).isCloseTo(-116.54, org.assertj.core.api.Assertions.within(0.01));
        assertThat(nad83.toEnvelope().getWidth()).isEqualTo(360);
    }
}
