package org.planex.format.shapefile;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Matches the WKT of a {@code .prj} file to an EPSG code for the coordinate systems planex data uses:
 * CGCS2000 geographic (4490), CGCS2000 Gauss-Kruger 3-degree zones with and without zone prefix
 * (4513-4554) and 6-degree zones (4491-4512), WGS 84 (4326), WGS 84 UTM (326xx, 327xx), Hong Kong 1980 Grid
 * (2326) and Web Mercator (3857). A WKT that carries an EPSG {@code AUTHORITY} is matched by it.
 *
 * <p>Matching reads the datum name and the projection parameters (central meridian, false easting and
 * northing, scale factor), not the CRS name, so ESRI and OGC spellings both match. A CGCS2000 Gauss-Kruger
 * definition without zone prefix whose central meridian is a multiple of 6 degrees fits both a 3-degree and a
 * 6-degree EPSG code; the CRS name decides ({@code 3_Degree}), else the 3-degree code is chosen only when the
 * meridian is not on the 6-degree grid.
 *
 * <p><b>Thread safety:</b> stateless.
 */
final class PrjCrsMatcher {

    private static final double EPS = 1e-6;

    private PrjCrsMatcher() {
    }

    /** The EPSG code of a parsed definition, or 0 when none of the supported systems matches. */
    static int match(PrjWktNode root) {
        Integer authority = authority(root);
        if (authority != null) {
            return authority;
        }
        if (root.keyword().equals("GEOGCS")) {
            return switch (datum(root)) {
                case CGCS2000 -> 4490;
                case WGS84 -> 4326;
                default -> 0;
            };
        }
        if (!root.keyword().equals("PROJCS")) {
            return 0;
        }
        PrjWktNode geog = root.child("GEOGCS");
        PrjWktNode projection = root.child("PROJECTION");
        PrjWktNode unit = root.child("UNIT");
        if (geog == null || projection == null || unit != null && Math.abs(unit.number() - 1) > EPS) {
            return 0;
        }
        Map<String, Double> p = new HashMap<>();
        for (PrjWktNode param : root.all("PARAMETER")) {
            p.put(normalize(param.name()), param.number());
        }
        String method = normalize(projection.name());
        Datum datum = datum(geog);
        if (method.contains("AUXILIARYSPHERE") || method.contains("PSEUDOMERCATOR")) {
            return datum == Datum.WGS84 ? 3857 : 0;
        }
        if (!method.equals("TRANSVERSEMERCATOR") && !method.equals("GAUSSKRUGER")) {
            return 0;
        }
        double cm = p.getOrDefault("CENTRALMERIDIAN", Double.NaN);
        double fe = p.getOrDefault("FALSEEASTING", 0.0);
        double fn = p.getOrDefault("FALSENORTHING", 0.0);
        double k = p.getOrDefault("SCALEFACTOR", 1.0);
        double lat0 = p.getOrDefault("LATITUDEOFORIGIN", 0.0);
        return switch (datum) {
            case CGCS2000 -> near(k, 1) && near(lat0, 0) && near(fn, 0)
                    ? gaussKruger(cm, fe, normalize(root.name()).contains("3DEGREE")) : 0;
            case WGS84 -> utm(cm, fe, fn, k, lat0);
            case HK1980 -> near(cm, 114.178555555556) && near(fe, 836694.05) && near(fn, 819069.8)
                    && near(k, 1) ? 2326 : 0;
            default -> 0;
        };
    }

    private static int gaussKruger(double cm, double fe, boolean named3Degree) {
        if (!isWhole(cm) || cm < 75 || cm > 135) {
            return 0;
        }
        int m = (int) Math.round(cm);
        boolean on3 = m % 3 == 0;
        boolean on6 = (m - 75) % 6 == 0;
        if (near(fe, 500000)) {
            if (on3 && (named3Degree || !on6)) {
                return 4534 + (m - 75) / 3;
            }
            return on6 ? 4502 + (m - 75) / 6 : 0;
        }
        if (on3 && near(fe, (m / 3) * 1e6 + 500000)) {
            return 4513 + m / 3 - 25;
        }
        int zone6 = (m + 3) / 6;
        if (on6 && near(fe, zone6 * 1e6 + 500000)) {
            return 4491 + zone6 - 13;
        }
        return 0;
    }

    private static int utm(double cm, double fe, double fn, double k, double lat0) {
        if (!near(k, 0.9996) || !near(fe, 500000) || !near(lat0, 0)) {
            return 0;
        }
        double zone = (cm + 183) / 6;
        if (!isWhole(zone) || zone < 1 || zone > 60) {
            return 0;
        }
        if (near(fn, 0)) {
            return 32600 + (int) Math.round(zone);
        }
        return near(fn, 10_000_000) ? 32700 + (int) Math.round(zone) : 0;
    }

    private static Integer authority(PrjWktNode node) {
        PrjWktNode a = node.child("AUTHORITY");
        if (a != null && "EPSG".equalsIgnoreCase(a.name()) && !a.values().isEmpty()) {
            try {
                int code = Integer.parseInt(a.values().get(0).strip());
                return code > 0 ? code : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private enum Datum { CGCS2000, WGS84, HK1980, OTHER }

    private static Datum datum(PrjWktNode geog) {
        PrjWktNode d = geog.child("DATUM");
        String n = d == null ? "" : normalize(d.name());
        if (n.startsWith("D")) {
            n = n.substring(1);
        }
        if (n.contains("CHINA2000") || n.contains("CGCS2000") || n.contains("CHINAGEODETICCOORDINATESYSTEM2000")) {
            return Datum.CGCS2000;
        }
        if (n.equals("WGS1984") || n.equals("WORLDGEODETICSYSTEM1984") || n.equals("WGS84")) {
            return Datum.WGS84;
        }
        return n.contains("HONGKONG1980") ? Datum.HK1980 : Datum.OTHER;
    }

    private static String normalize(String s) {
        return s == null ? "" : s.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    private static boolean near(double a, double b) {
        return Math.abs(a - b) <= EPS * Math.max(1, Math.abs(b));
    }

    private static boolean isWhole(double v) {
        return !Double.isNaN(v) && Math.abs(v - Math.rint(v)) < EPS;
    }
}
