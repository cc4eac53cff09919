package org.planex.format.shapefile;

import java.math.BigDecimal;

/**
 * Writes the ESRI WKT of a {@code .prj} file for the EPSG codes {@link PrjCrsMatcher} recognises, generated
 * from the projection parameters in the form {@code gdalsrsinfo -o wkt_esri} prints.
 *
 * <p><b>Thread safety:</b> stateless.
 */
final class PrjWktWriter {

    private static final String DEGREE = "PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";
    private static final String CGCS2000 = "GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\","
            + "DATUM[\"D_China_2000\",SPHEROID[\"CGCS2000\",6378137.0,298.257222101]]," + DEGREE;
    private static final String WGS84 = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\","
            + "SPHEROID[\"WGS_1984\",6378137.0,298.257223563]]," + DEGREE;
    private static final String HK1980 = "GEOGCS[\"GCS_Hong_Kong_1980\",DATUM[\"D_Hong_Kong_1980\","
            + "SPHEROID[\"International_1924\",6378388.0,297.0]]," + DEGREE;

    private PrjWktWriter() {
    }

    /**
     * The ESRI WKT of an EPSG code.
     *
     * @return the WKT on one line, or {@code null} when the code is not one planex writes
     */
    static String write(int epsg) {
        if (epsg == 4490) {
            return CGCS2000;
        }
        if (epsg == 4326) {
            return WGS84;
        }
        if (epsg == 3857) {
            return "PROJCS[\"WGS_1984_Web_Mercator_Auxiliary_Sphere\"," + WGS84
                    + ",PROJECTION[\"Mercator_Auxiliary_Sphere\"],PARAMETER[\"False_Easting\",0.0],"
                    + "PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",0.0],"
                    + "PARAMETER[\"Standard_Parallel_1\",0.0],PARAMETER[\"Auxiliary_Sphere_Type\",0.0],"
                    + "UNIT[\"Meter\",1.0]]";
        }
        if (epsg == 2326) {
            return "PROJCS[\"Hong_Kong_1980_Grid\"," + HK1980 + ",PROJECTION[\"Transverse_Mercator\"],"
                    + "PARAMETER[\"False_Easting\",836694.05],PARAMETER[\"False_Northing\",819069.8],"
                    + "PARAMETER[\"Central_Meridian\",114.178555555556],PARAMETER[\"Scale_Factor\",1.0],"
                    + "PARAMETER[\"Latitude_Of_Origin\",22.3121333333333],UNIT[\"Meter\",1.0]]";
        }
        if (epsg >= 4513 && epsg <= 4533) {
            int zone = epsg - 4513 + 25;
            return gaussKruger("CGCS2000_3_Degree_GK_Zone_" + zone, zone * 1e6 + 500000, zone * 3);
        }
        if (epsg >= 4534 && epsg <= 4554) {
            int cm = 75 + 3 * (epsg - 4534);
            return gaussKruger("CGCS2000_3_Degree_GK_CM_" + cm + "E", 500000, cm);
        }
        if (epsg >= 4491 && epsg <= 4501) {
            int zone = epsg - 4491 + 13;
            return gaussKruger("CGCS2000_GK_Zone_" + zone, zone * 1e6 + 500000, zone * 6 - 3);
        }
        if (epsg >= 4502 && epsg <= 4512) {
            int cm = 75 + 6 * (epsg - 4502);
            return gaussKruger("CGCS2000_GK_CM_" + cm + "E", 500000, cm);
        }
        if (epsg > 32600 && epsg <= 32660 || epsg > 32700 && epsg <= 32760) {
            int zone = epsg % 100;
            boolean north = epsg < 32700;
            return "PROJCS[\"WGS_1984_UTM_Zone_" + zone + (north ? "N" : "S") + "\"," + WGS84
                    + ",PROJECTION[\"Transverse_Mercator\"]," + tm(500000, north ? 0 : 10_000_000, zone * 6 - 183,
                    0.9996);
        }
        return null;
    }

    private static String gaussKruger(String name, double falseEasting, int centralMeridian) {
        return "PROJCS[\"" + name + "\"," + CGCS2000 + ",PROJECTION[\"Gauss_Kruger\"],"
                + tm(falseEasting, 0, centralMeridian, 1.0);
    }

    private static String tm(double fe, double fn, double cm, double k) {
        return "PARAMETER[\"False_Easting\"," + num(fe) + "],PARAMETER[\"False_Northing\"," + num(fn)
                + "],PARAMETER[\"Central_Meridian\"," + num(cm) + "],PARAMETER[\"Scale_Factor\"," + num(k)
                + "],PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";
    }

    private static String num(double v) {
        String s = BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        return s.contains(".") ? s : s + ".0";
    }
}
