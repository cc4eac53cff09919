package org.planex.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.planex.model.CrsRef;

class EpsgCodeFinderTest {

    @Test
    void everyEsriWktPlanexWritesMatchesBackToItsCode() {
        for (KnownCrs k : CrsCatalog.all()) {
            String esri = CrsWktCatalog.esri(k.crs()).orElseThrow();
            assertThat(esri).as(k.label()).doesNotContain("AUTHORITY");
            assertThat(EpsgCodeFinder.find(esri)).as(k.label()).contains(k.crs());
        }
    }

    @Test
    void everyOgcWktMatchesBackToItsCodeWithAndWithoutAuthorities() {
        for (KnownCrs k : CrsCatalog.all()) {
            String ogc = CrsWktCatalog.ogc(k.crs()).orElseThrow();
            assertThat(EpsgCodeFinder.find(ogc)).as(k.label()).contains(k.crs());
            String bare = ogc.replaceAll(",AUTHORITY\\[\"EPSG\",\"\\d+\"\\]", "");
            assertThat(bare).doesNotContain("AUTHORITY");
            assertThat(EpsgCodeFinder.find(bare)).as(k.label() + " without authority").contains(k.crs());
        }
    }

    @ParameterizedTest(name = "{0} -> EPSG:{1}")
    @CsvSource(delimiter = '|', value = {
        "CGCS2000_3_Degree_GK_CM_120E|4549",
        "CGCS2000_3_Degree_GK_Zone_40|4528",
        "CGCS2000 / 3-degree Gauss-Kruger CM 114E|4547",
        "cgcs2000_3_degree_gk_zone_38|4526",
        "CGCS2000_GK_CM_117E|4509",
        "CGCS2000_GK_Zone_20|4498",
        "WGS_1984_UTM_Zone_50N|32650",
        "WGS 84 / UTM zone 51S|32751",
        "Hong_Kong_1980_Grid|2326",
        "GCS_China_Geodetic_Coordinate_System_2000|4490",
        "GCS_WGS_1984|4326"})
    void recognisesCommonNamesWhenParametersAreMissing(String name, int code) {
        String keyword = name.startsWith("GCS") ? "GEOGCS" : "PROJCS";
        assertThat(EpsgCodeFinder.find(keyword + "[\"" + name + "\",UNIT[\"Meter\",1.0]]"))
                .contains(CrsRef.epsg(code));
    }

    @Test
    void sixDegreeAndThreeDegreeTwinsAreToldApartByNameElseThreeDegree() {
        String sixDegree = CrsWktCatalog.esri(CrsRef.epsg(4504)).orElseThrow();
        assertThat(sixDegree).contains("CGCS2000_GK_CM_87E");
        assertThat(EpsgCodeFinder.find(sixDegree)).contains(CrsRef.epsg(4504));
        assertThat(EpsgCodeFinder.find(sixDegree.replace("CGCS2000_GK_CM_87E", "my_grid")))
                .contains(CrsRef.epsg(4538));
    }

    @Test
    void parametersWinOverAMisleadingName() {
        String wkt = CrsWktCatalog.esri(CrsRef.epsg(4549)).orElseThrow()
                .replace("CGCS2000_3_Degree_GK_CM_120E", "CGCS2000_3_Degree_GK_Zone_40");
        assertThat(EpsgCodeFinder.find(wkt)).contains(CrsRef.epsg(4549));
    }

    @Test
    void recognisesAnUnusualSpellingByItsParameters() {
        String wkt = "PROJCS[\"Shanghai district grid (CGCS2000 GK 3 deg, CM 120)\",GEOGCS[\"GCS_CGCS_2000\","
                + "DATUM[\"D_China_2000\",SPHEROID[\"CGCS2000\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],"
                + "UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],"
                + "PARAMETER[\"false_easting\",40500000.0],PARAMETER[\"false_northing\",0.0],"
                + "PARAMETER[\"central_meridian\",120.0],PARAMETER[\"scale_factor\",1.0],"
                + "PARAMETER[\"latitude_of_origin\",0.0],UNIT[\"Meter\",1.0]]";
        assertThat(EpsgCodeFinder.find(wkt)).contains(CrsRef.epsg(4528));
    }

    @Test
    void readsTheAuthorityOfWkt2() {
        assertThat(EpsgCodeFinder.find("GEOGCRS[\"China Geodetic Coordinate System 2000\",DATUM[\"China 2000\","
                + "ELLIPSOID[\"CGCS2000\",6378137,298.257222101]],CS[ellipsoidal,2],ID[\"EPSG\",4490]]"))
                .contains(CrsRef.CGCS2000);
    }

    @Test
    void matchesOtherDatumsByParametersButNotUnknownProjections() {
        String beijing54 = "PROJCS[\"Beijing_1954_3_Degree_GK_CM_120E\",GEOGCS[\"GCS_Beijing_1954\","
                + "DATUM[\"D_Beijing_1954\",SPHEROID[\"Krasovsky_1940\",6378245.0,298.3]],PRIMEM[\"Greenwich\",0.0],"
                + "UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Gauss_Kruger\"],"
                + "PARAMETER[\"False_Easting\",500000.0],PARAMETER[\"False_Northing\",0.0],"
                + "PARAMETER[\"Central_Meridian\",120.0],PARAMETER[\"Scale_Factor\",1.0],"
                + "PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";
        assertThat(EpsgCodeFinder.find(beijing54)).contains(CrsRef.epsg(2437));
        String lambert = CrsWktCatalog.esri(CrsRef.epsg(4549)).orElseThrow()
                .replace("Gauss_Kruger", "Lambert_Conformal_Conic").replace("CGCS2000_3_Degree_GK_CM_120E", "x");
        assertThat(EpsgCodeFinder.find(lambert)).isEmpty();
    }

    @Test
    void malformedWktIsRefusedWithThePosition() {
        assertThatThrownBy(() -> EpsgCodeFinder.find("PROJCS[\"x\",GEOGCS[\"y\""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at character");
        assertThatThrownBy(() -> EpsgCodeFinder.find("not wkt at all"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EpsgCodeFinder.find("A[".repeat(100) + "]".repeat(100)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("deeper");
    }
}
