package org.planex.format.vct;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.planex.model.CrsRef;

/**
 * Maps the CRS lines of a VCT header ({@code CoordinateSystemType}, {@code Spheroid}, {@code Projection},
 * {@code Parameters}) to and from EPSG codes. Known: CGCS2000 geographic (EPSG:4490), WGS 84 geographic
 * (EPSG:4326) and the 84 CGCS2000 Gauss-Kruger CRSs (EPSG:4491-4554: 6-degree and 3-degree zones, with and
 * without the zone number in the false easting). {@code Parameters} is written in the nine values of
 * GB/T 17798-2007 as land-survey tools write them: {@code centralMeridian,originLatitude,standardParallel1,
 * standardParallel2,scaleFactor,falseEasting,falseNorthing,zoneWidth,zone} (the latitudes and parallels empty,
 * the zone empty without a zone number in the false easting). Files planex wrote before have five values,
 * {@code centralMeridian,scaleFactor,falseEasting,falseNorthing[,zoneWidth]}; both are read. The central
 * meridian and the false easting identify the CRS, the zone width separates 3-degree from 6-degree zones
 * without a zone number (3 when the file does not say).
 *
 * <p><b>Thread safety:</b> stateless.
 */
final class VctCrs {

    private static final String CGCS2000 = "CGCS2000,6378137,298.257222101";
    private static final String WGS84 = "WGS84,6378137,298.257223563";
    private static final String GAUSS_KRUGER = "高斯-克吕格投影";

    private VctCrs() {
    }

    /** Whether planex can write {@code crs} into a VCT header. */
    static boolean canWrite(CrsRef crs) {
        int e = crs.epsg();
        return e == 4490 || e == 4326 || (e >= 4491 && e <= 4554);
    }

    /** Fills the CRS lines of {@code h} for {@code crs} ({@code null}: a plain Cartesian system). */
    static void write(CrsRef crs, VctHeader h) {
        h.put("XAxisDirection", "E").put("YAxisDirection", "N").put("PrimeMeridian", "Greenwich,0");
        if (crs == null) {
            h.put("CoordinateSystemType", "C").put("XYUnit", "M");
            return;
        }
        int e = crs.epsg();
        if (e == 4490 || e == 4326) {
            h.put("CoordinateSystemType", "D").put("XYUnit", "D").put("Spheroid", e == 4490 ? CGCS2000 : WGS84);
            return;
        }
        int width = e <= 4512 ? 6 : 3;
        boolean zoned = (e >= 4491 && e <= 4501) || (e >= 4513 && e <= 4533);
        int index = e - (e <= 4501 ? 4491 : e <= 4512 ? 4502 : e <= 4533 ? 4513 : 4534);
        int centralMeridian = 75 + width * index;
        long falseEasting = 500_000L + (zoned ? (long) (centralMeridian / width + (width == 6 ? 1 : 0)) * 1_000_000L
                : 0);
        h.put("CoordinateSystemType", "P").put("XYUnit", "M").put("Spheroid", CGCS2000)
                .put("Projection", GAUSS_KRUGER)
                .put("Parameters", centralMeridian + ",,,,1," + falseEasting + ",0," + width + ","
                        + (zoned ? Long.toString((falseEasting - 500_000L) / 1_000_000L) : ""));
    }

    /** The EPSG code the header describes, or empty (with the reason in {@code why}) when planex cannot tell. */
    static Optional<CrsRef> read(VctHeader h, StringBuilder why) {
        String type = h.get("CoordinateSystemType").toUpperCase(Locale.ROOT);
        String spheroid = h.get("Spheroid").toUpperCase(Locale.ROOT).replace(" ", "");
        boolean cgcs = spheroid.startsWith("CGCS") || spheroid.contains("2000") || spheroid.contains("298.257222101");
        boolean wgs = spheroid.startsWith("WGS") || spheroid.contains("298.257223563");
        if (type.startsWith("C") || type.isEmpty()) {
            why.append("the header gives no geodetic CRS (CoordinateSystemType '").append(type).append("')");
            return Optional.empty();
        }
        if (type.startsWith("D") || type.startsWith("G")) {
            if (cgcs || wgs) {
                return Optional.of(CrsRef.epsg(cgcs ? 4490 : 4326));
            }
            why.append("geographic CRS on spheroid '").append(h.get("Spheroid")).append("' is not CGCS2000 or WGS 84");
            return Optional.empty();
        }
        String projection = h.get("Projection");
        if (!cgcs || !(projection.contains("高斯") || projection.toLowerCase(Locale.ROOT).contains("gauss"))) {
            why.append("projection '").append(projection).append("' on spheroid '").append(h.get("Spheroid"))
                    .append("' is not a CGCS2000 Gauss-Kruger CRS");
            return Optional.empty();
        }
        String[] p = h.get("Parameters").strip().split("\\s*,\\s*", -1);
        boolean standard = p.length >= 8;
        try {
            int centralMeridian = new BigDecimal(p[0]).intValueExact();
            long falseEasting = new BigDecimal(p[standard ? 5 : 2]).longValueExact();
            int widthAt = standard ? 7 : 4;
            int width = p.length > widthAt && !p[widthAt].isEmpty() ? Integer.parseInt(p[widthAt]) : 3;
            return gaussKruger(centralMeridian, falseEasting, width, why);
        } catch (ArithmeticException | NumberFormatException | ArrayIndexOutOfBoundsException e) {
            why.append("Parameters '").append(h.get("Parameters")).append("' are neither centralMeridian,"
                    + "originLatitude,parallel1,parallel2,scaleFactor,falseEasting,falseNorthing,zoneWidth,zone nor "
                    + "centralMeridian,scaleFactor,falseEasting,falseNorthing[,zoneWidth] with a whole central "
                    + "meridian and false easting");
            return Optional.empty();
        }
    }

    private static Optional<CrsRef> gaussKruger(int cm, long falseEasting, int width, StringBuilder why) {
        long zone = (falseEasting - 500_000L) / 1_000_000L;
        if (falseEasting != 500_000L + zone * 1_000_000L) {
            why.append("false easting ").append(falseEasting).append(" is not 500000 plus a zone number");
            return Optional.empty();
        }
        if (zone == 0 && (width == 3 || width == 6) && cm >= 75 && cm <= 135 && (cm - 75) % width == 0) {
            return Optional.of(CrsRef.epsg((width == 3 ? 4534 : 4502) + (cm - 75) / width));
        }
        if (zone >= 25 && zone <= 45 && cm == zone * 3) {
            return Optional.of(CrsRef.epsg(4513 + (int) zone - 25));
        }
        if (zone >= 13 && zone <= 23 && cm == zone * 6 - 3) {
            return Optional.of(CrsRef.epsg(4491 + (int) zone - 13));
        }
        why.append("central meridian ").append(cm).append(" with false easting ").append(falseEasting)
                .append(" is no CGCS2000 Gauss-Kruger zone");
        return Optional.empty();
    }
}
