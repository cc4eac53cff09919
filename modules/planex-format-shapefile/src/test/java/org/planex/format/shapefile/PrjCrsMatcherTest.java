package org.planex.format.shapefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The .prj matcher and writer for the coordinate systems planex data uses. */
class PrjCrsMatcherTest {

    /** One code of each family, compared with GDAL (each gdalsrsinfo call takes about half a second). */
    private static final int[] CODES = {4490, 4326, 4520, 4549, 4496, 4508, 32650, 32750, 2326, 3857};

    @ParameterizedTest
    @ValueSource(ints = {4490, 4326, 4513, 4520, 4533, 4534, 4549, 4554, 4491, 4496, 4501, 4502, 4508, 4512,
        32601, 32650, 32660, 32701, 32750, 2326, 3857})
    void writtenWktMatchesBackToItsCode(int code) {
        String wkt = PrjWktWriter.write(code);
        assertThat(wkt).isNotNull();
        assertThat(PrjCrsMatcher.match(PrjWktNode.parse(wkt))).isEqualTo(code);
    }

    @Test
    void writtenWktIsWhatGdalWrites() throws Exception {
        assumeTrue(ShapefileTestData.onPath("gdalsrsinfo"), "GDAL is not installed");
        for (int code : CODES) {
            String gdal = ShapefileTestData.run(List.of("gdalsrsinfo", "-o", "wkt_esri", "--single-line", "EPSG:" + code));
            assertThat(PrjWktWriter.write(code)).as("EPSG:%d", code).isEqualTo(gdal.strip());
        }
    }

    @Test
    void ogcWktOfGdalMatchesToo() throws Exception {
        assumeTrue(ShapefileTestData.onPath("gdalsrsinfo"), "GDAL is not installed");
        for (int code : new int[] {4490, 4549, 4496, 32750, 2326}) {
            String wkt1 = ShapefileTestData.run(List.of("gdalsrsinfo", "-o", "wkt1", "--single-line", "EPSG:" + code));
            assertThat(PrjCrsMatcher.match(PrjWktNode.parse(wkt1.strip()))).as("EPSG:%d", code).isEqualTo(code);
        }
    }

    @Test
    void gaussKrugerWithoutPrefixIsDisambiguatedByName() {
        String sixDegree = PrjWktWriter.write(4508);
        String threeDegreeSameMeridian = sixDegree.replace("CGCS2000_GK_CM_111E", "CGCS2000_3_Degree_GK_CM_111E");
        assertThat(PrjCrsMatcher.match(PrjWktNode.parse(sixDegree))).isEqualTo(4508);
        assertThat(PrjCrsMatcher.match(PrjWktNode.parse(threeDegreeSameMeridian))).isEqualTo(4546);
    }

    @Test
    void unknownSystemsGiveZero() {
        String nad27 = "PROJCS[\"NAD_1927_UTM_Zone_13N\",GEOGCS[\"GCS_North_American_1927\",DATUM["
                + "\"D_North_American_1927\",SPHEROID[\"Clarke_1866\",6378206.4,294.9786982]],PRIMEM[\"Greenwich\","
                + "0.0],UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],PARAMETER["
                + "\"False_Easting\",500000.0],PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\","
                + "-105.0],PARAMETER[\"Scale_Factor\",0.9996],PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\","
                + "1.0]]";
        assertThat(PrjCrsMatcher.match(PrjWktNode.parse(nad27))).isZero();
        assertThat(PrjWktWriter.write(26713)).isNull();
    }
}
