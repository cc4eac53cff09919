package org.planex.crs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planex.model.CrsRef;

/**
 * Finds the EPSG code of a WKT CRS, typically the content of a Shapefile {@code .prj}, which rarely names its
 * code.
 *
 * <p>In order:
 * <ol>
 *   <li>an EPSG authority on the CRS itself ({@code AUTHORITY["EPSG","4549"]} in WKT 1,
 *       {@code ID["EPSG",4549]} in WKT 2);</li>
 *   <li>the datum (by name: CGCS2000 / China 2000, WGS 84, Hong Kong 1980) and, for a projected CRS, the
 *       transverse Mercator (or ESRI {@code Gauss_Kruger}) parameters: central meridian, false easting and
 *       northing, scale factor, latitude of origin, compared with the CRSs of {@link CrsCatalog};</li>
 *   <li>the name, when parameters are missing: the EPSG name or the ESRI name in any spacing and case
 *       ({@code CGCS2000_3_Degree_GK_CM_120E}, {@code CGCS2000_3_Degree_GK_Zone_40},
 *       {@code GCS_China_Geodetic_Coordinate_System_2000}, {@code WGS_1984_UTM_Zone_50N}).</li>
 * </ol>
 * Parameters win over names: a {@code .prj} named "Zone_40" with a false easting of 500 000 m is EPSG:4549.
 * The 6-degree CRSs without prefix (EPSG:4502-4512) have the same parameters as the 3-degree ones with the same
 * central meridian (EPSG:4534, 4536, ...), differing only in their area of use: the name decides between them,
 * and without a telling name the 3-degree CRS is taken, as plan data uses 3-degree zones.
 *
 * <p>Thread safety: stateless, thread-safe.
 *
 * @since 0.1
 */
public final class EpsgCodeFinder {

    private static final Map<String, Integer> NAMES = nameIndex();
    private static final Pattern GK = Pattern.compile(
            "cgcs2000(3degree)?(gk|gausskruger)(cm(\\d+)e|zone(\\d+))");
    private static final Pattern UTM = Pattern.compile("wgs(1984|84)utmzone(\\d+)([ns])");
    private static final double ANGLE_TOLERANCE = 1e-6;
    private static final double LENGTH_TOLERANCE = 1e-3;

    private EpsgCodeFinder() {
    }

    /**
     * The EPSG code of the WKT, or empty if it is none planex recognises.
     *
     * @throws IllegalArgumentException if the text is not well-formed WKT (the message says where)
     */
    public static Optional<CrsRef> find(String wkt) {
        WktNode root = WktNode.parse(wkt);
        Optional<CrsRef> byAuthority = authority(root);
        if (byAuthority.isPresent()) {
            return byAuthority;
        }
        Optional<CrsRef> byParameters = parameters(root);
        return byParameters.isPresent() ? byParameters : byName(root.name());
    }

    private static Optional<CrsRef> authority(WktNode node) {
        for (String key : new String[] {"AUTHORITY", "ID"}) {
            for (WktNode a : node.children(key)) {
                if (a.name().equalsIgnoreCase("EPSG")) {
                    Optional<String> code = a.text(1);
                    if (code.isPresent() && code.get().matches("\\d{1,9}")) {
                        return Optional.of(CrsRef.epsg(Integer.parseInt(code.get())));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<CrsRef> parameters(WktNode root) {
        boolean projected = root.keyword().startsWith("PROJ");
        Optional<WktNode> geog = projected
                ? root.child("GEOGCS").or(() -> root.child("BASEGEOGCRS")).or(() -> root.child("BASEGEODCRS"))
                : Optional.of(root);
        Optional<CrsFamily.Datum> datum = geog.flatMap(EpsgCodeFinder::datum);
        if (datum.isEmpty()) {
            return Optional.empty();
        }
        if (!projected) {
            return switch (datum.get()) {
                case CGCS2000 -> Optional.of(CrsRef.CGCS2000);
                case WGS84 -> Optional.of(CrsRef.WGS84);
                case HK1980 -> Optional.of(CrsRef.epsg(4611));
            };
        }
        String method = root.child("PROJECTION").or(() -> root.child("CONVERSION").flatMap(c -> c.child("METHOD")))
                .map(n -> normalise(n.name())).orElse("");
        if (!method.equals("transversemercator") && !method.equals("gausskruger")) {
            return Optional.empty();
        }
        Map<String, Double> p = new HashMap<>();
        for (WktNode param : root.children("PARAMETER")) {
            Optional<String> value = param.text(1);
            if (value.isPresent()) {
                try {
                    p.put(normalise(param.name()), Double.parseDouble(value.get()));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        Double cm = p.get("centralmeridian");
        Double fe = p.get("falseeasting");
        if (cm == null || fe == null) {
            return Optional.empty();
        }
        double fn = p.getOrDefault("falsenorthing", 0.0);
        double k = p.getOrDefault("scalefactor", 1.0);
        double lat0 = p.getOrDefault("latitudeoforigin", 0.0);
        List<CrsRef> matches = new ArrayList<>();
        for (KnownCrs known : CrsCatalog.all()) {
            if (!known.family().isGeographic() && known.family().datum() == datum.get()
                    && Math.abs(known.centralMeridian() - cm) < ANGLE_TOLERANCE
                    && Math.abs(known.falseEasting() - fe) < LENGTH_TOLERANCE
                    && Math.abs(falseNorthing(known) - fn) < LENGTH_TOLERANCE
                    && Math.abs(scaleFactor(known) - k) < 1e-9
                    && Math.abs(latitudeOfOrigin(known) - lat0) < ANGLE_TOLERANCE) {
                matches.add(known.crs());
            }
        }
        if (matches.size() > 1) {
            Optional<CrsRef> named = byName(root.name()).filter(matches::contains);
            return named.isPresent() ? named : matches.stream().filter(c -> CrsCatalog.find(c).orElseThrow()
                    .family() == CrsFamily.CGCS2000_GK3_CM).findFirst();
        }
        return matches.stream().findFirst();
    }

    private static Optional<CrsFamily.Datum> datum(WktNode geog) {
        String name = geog.child("DATUM").map(d -> normalise(d.name())).orElse("") + "/" + normalise(geog.name());
        if (name.contains("china2000") || name.contains("cgcs2000") || name.contains("chinageodetic")) {
            return Optional.of(CrsFamily.Datum.CGCS2000);
        }
        if (name.contains("hongkong1980")) {
            return Optional.of(CrsFamily.Datum.HK1980);
        }
        if (name.contains("wgs1984") || name.contains("wgs84") || name.contains("worldgeodeticsystem1984")) {
            return Optional.of(CrsFamily.Datum.WGS84);
        }
        return Optional.empty();
    }

    private static double falseNorthing(KnownCrs crs) {
        return switch (crs.family()) {
            case UTM_SOUTH -> 10_000_000;
            case HK1980_GRID -> 819_069.8;
            default -> 0;
        };
    }

    private static double scaleFactor(KnownCrs crs) {
        return crs.family() == CrsFamily.UTM_NORTH || crs.family() == CrsFamily.UTM_SOUTH ? 0.9996 : 1.0;
    }

    private static double latitudeOfOrigin(KnownCrs crs) {
        return crs.family() == CrsFamily.HK1980_GRID ? 22.312133333333335 : 0;
    }

    private static Optional<CrsRef> byName(String name) {
        String n = normalise(name);
        Integer exact = NAMES.get(n);
        if (exact != null) {
            return Optional.of(CrsRef.epsg(exact));
        }
        Matcher gk = GK.matcher(n);
        if (gk.matches()) {
            boolean threeDegree = gk.group(1) != null;
            if (gk.group(4) != null) {
                int cm = Integer.parseInt(gk.group(4));
                int first = threeDegree ? CrsCatalog.GK3_CM_FIRST : CrsCatalog.GK6_CM_FIRST;
                int step = threeDegree ? 3 : 6;
                return (cm - 75) % step == 0 ? CrsCatalog.find(CrsRef.epsg(first + (cm - 75) / step))
                        .map(KnownCrs::crs) : Optional.empty();
            }
            int zone = Integer.parseInt(gk.group(5));
            return CrsCatalog.forZonePrefix(zone).filter(k -> (k.family() == CrsFamily.CGCS2000_GK3_ZONE)
                    == threeDegree).map(KnownCrs::crs);
        }
        Matcher utm = UTM.matcher(n);
        if (utm.matches()) {
            int zone = Integer.parseInt(utm.group(2));
            return zone >= 1 && zone <= 60 ? Optional.of(CrsCatalog.utm(zone, utm.group(3).equals("n")).crs())
                    : Optional.empty();
        }
        return Optional.empty();
    }

    private static Map<String, Integer> nameIndex() {
        Map<String, Integer> map = new HashMap<>();
        for (KnownCrs k : CrsCatalog.all()) {
            map.put(normalise(k.name()), k.crs().epsg());
        }
        CrsWktCatalog.allEsri().forEach((code, wkt) -> map.put(normalise(WktNode.parse(wkt).name()), code));
        return Map.copyOf(map);
    }

    /** Lower case, letters and digits only: {@code CGCS2000 / 3-degree} becomes {@code cgcs20003degree}. */
    static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
