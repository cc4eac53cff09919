package org.planex.crs;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.planex.spi.crs.CrsKind;

/**
 * What a WKT CRS says, reduced to what can be compared across writers: kind, datum name, ellipsoid, prime
 * meridian, projection method, parameters and unit. Names are normalised (lower case, letters and digits; an
 * ESRI {@code D_} datum prefix dropped), method and parameter names mapped to one spelling for OGC, ESRI and
 * WKT 2.
 *
 * <p><b>Thread safety:</b> immutable after construction.
 */
final class WktSignature {

    private static final Map<String, String> METHODS = Map.ofEntries(
            Map.entry("gausskruger", "transversemercator"),
            Map.entry("lambertconformalconic2sp", "lambertconformalconic"),
            Map.entry("lambertconicconformal2sp", "lambertconformalconic"),
            Map.entry("lambertconformalconic1sp", "lambertconformalconic"),
            Map.entry("lambertconicconformal1sp", "lambertconformalconic"),
            Map.entry("mercator1sp", "mercator"),
            Map.entry("mercatorvarianta", "mercator"),
            Map.entry("mercator2sp", "mercator"),
            Map.entry("mercatorvariantb", "mercator"),
            Map.entry("lambertazimuthalequalarea", "lambertazimuthalequalarea"),
            Map.entry("albersconicequalarea", "albers"),
            Map.entry("albersequalarea", "albers"),
            Map.entry("obliquestereographic", "doublestereographic"),
            Map.entry("polarstereographicvarianta", "polarstereographic"),
            Map.entry("polarstereographicvariantb", "polarstereographic"));

    private static final Map<String, String> PARAMETERS = Map.ofEntries(
            Map.entry("latitudeofcenter", "latitudeoforigin"),
            Map.entry("latitudeofcentre", "latitudeoforigin"),
            Map.entry("latitudeofnaturalorigin", "latitudeoforigin"),
            Map.entry("latitudeoffalseorigin", "latitudeoforigin"),
            Map.entry("longitudeofcenter", "centralmeridian"),
            Map.entry("longitudeofcentre", "centralmeridian"),
            Map.entry("longitudeoforigin", "centralmeridian"),
            Map.entry("longitudeofnaturalorigin", "centralmeridian"),
            Map.entry("longitudeoffalseorigin", "centralmeridian"),
            Map.entry("scalefactoratnaturalorigin", "scalefactor"),
            Map.entry("eastingatfalseorigin", "falseeasting"),
            Map.entry("northingatfalseorigin", "falsenorthing"),
            Map.entry("latitudeof1ststandardparallel", "standardparallel1"),
            Map.entry("latitudeof2ndstandardparallel", "standardparallel2"));

    final CrsKind kind;
    final String name;
    final String datum;
    final double semiMajor;
    final double inverseFlattening;
    final double primeMeridian;
    final String method;
    final Map<String, Double> parameters;
    final double unit;

    private WktSignature(CrsKind kind, String name, String datum, double semiMajor, double inverseFlattening,
            double primeMeridian, String method, Map<String, Double> parameters, double unit) {
        this.kind = kind;
        this.name = name;
        this.datum = datum;
        this.semiMajor = semiMajor;
        this.inverseFlattening = inverseFlattening;
        this.primeMeridian = primeMeridian;
        this.method = method;
        this.parameters = parameters;
        this.unit = unit;
    }

    /** The signature of a parsed WKT, or empty if it is not a geographic or projected CRS with a datum. */
    static Optional<WktSignature> of(WktNode root) {
        String k = root.keyword();
        boolean projected = k.equals("PROJCS") || k.equals("PROJCRS") || k.equals("PROJECTEDCRS");
        boolean geographic = k.equals("GEOGCS") || k.equals("GEOGCRS") || k.equals("GEODCRS")
                || k.equals("GEOGRAPHICCRS");
        if (!projected && !geographic) {
            return Optional.empty();
        }
        Optional<WktNode> geog = projected
                ? root.child("GEOGCS").or(() -> root.child("BASEGEOGCRS")).or(() -> root.child("BASEGEODCRS"))
                : Optional.of(root);
        Optional<WktNode> datum = geog.flatMap(g -> g.child("DATUM").or(() -> g.child("TRF")));
        if (datum.isEmpty()) {
            return Optional.empty();
        }
        Optional<WktNode> ellipsoid = datum.get().child("SPHEROID").or(() -> datum.get().child("ELLIPSOID"));
        double a = ellipsoid.flatMap(e -> e.text(1)).map(WktSignature::number).orElse(Double.NaN);
        double rf = ellipsoid.flatMap(e -> e.text(2)).map(WktSignature::number).orElse(Double.NaN);
        double pm = geog.get().child("PRIMEM").flatMap(p -> p.text(1)).map(WktSignature::number).orElse(0.0);
        String datumName = datum(datum.get().name());
        if (geographic) {
            double unit = root.child("UNIT").or(() -> root.child("ANGLEUNIT")).flatMap(u -> u.text(1))
                    .map(WktSignature::number).orElse(Math.PI / 180);
            return Optional.of(new WktSignature(CrsKind.GEOGRAPHIC, normalise(root.name()), datumName, a,
                    rf, pm, "", Map.of(), unit));
        }
        Optional<WktNode> conversion = root.child("CONVERSION");
        String method = method(root.child("PROJECTION").or(() -> conversion.flatMap(c -> c.child("METHOD")))
                .map(WktNode::name).orElse(""));
        Map<String, Double> p = new HashMap<>();
        for (WktNode param : conversion.isPresent() ? conversion.get().children("PARAMETER")
                : root.children("PARAMETER")) {
            String n = normalise(param.name());
            Double v = param.text(1).map(WktSignature::number).orElse(Double.NaN);
            if (!v.isNaN()) {
                p.put(PARAMETERS.getOrDefault(n, n), v);
            }
        }
        double unit = root.child("UNIT").or(() -> root.child("LENGTHUNIT")).flatMap(u -> u.text(1))
                .map(WktSignature::number).orElse(1.0);
        return Optional.of(new WktSignature(CrsKind.PROJECTED, normalise(root.name()), datumName, a, rf,
                pm, method, Map.copyOf(p), unit));
    }

    /** A projection method name normalised, with OGC, ESRI and WKT 2 spellings mapped to one. */
    static String method(String name) {
        String m = normalise(name);
        return METHODS.getOrDefault(m, m);
    }

    /** A datum name normalised, without the ESRI {@code D_} prefix. */
    static String datum(String name) {
        return normalise(name.regionMatches(true, 0, "D_", 0, 2) ? name.substring(2) : name);
    }

    /** Whether the ellipsoid, prime meridian, method, parameters and unit agree (not the datum name). */
    boolean sameGeometry(WktSignature o) {
        if (kind != o.kind || !method.equals(o.method) || !near(unit, o.unit, 1e-9 * unit)
                || !near(primeMeridian, o.primeMeridian, 1e-7)
                || !Double.isNaN(semiMajor) && !Double.isNaN(o.semiMajor) && !near(semiMajor, o.semiMajor, 1e-3)
                || !Double.isNaN(inverseFlattening) && !Double.isNaN(o.inverseFlattening)
                && !near(inverseFlattening, o.inverseFlattening, 1e-6)) {
            return false;
        }
        for (String key : union(o)) {
            double def = key.equals("scalefactor") ? 1 : 0;
            double x = parameters.getOrDefault(key, def);
            double y = o.parameters.getOrDefault(key, def);
            double tolerance = key.contains("easting") || key.contains("northing") ? 1e-3
                    : key.contains("scale") ? 1e-9 : 1e-7;
            if (!near(x, y, tolerance)) {
                return false;
            }
        }
        return true;
    }

    private java.util.Set<String> union(WktSignature o) {
        java.util.Set<String> keys = new java.util.HashSet<>(parameters.keySet());
        keys.addAll(o.parameters.keySet());
        return keys;
    }

    private static boolean near(double a, double b, double tolerance) {
        return Math.abs(a - b) <= tolerance + 1e-12 * Math.max(Math.abs(a), Math.abs(b));
    }

    private static double number(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /**
     * Lower case, letters and digits only ({@code CGCS2000 / 3-degree} becomes {@code cgcs20003degree}), a plus
     * spelt out ({@code CH1903+} is not {@code CH1903}).
     */
    static String normalise(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                sb.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                sb.append((char) (c + ('a' - 'A')));
            } else if (c == '+') {
                sb.append("plus");
            }
        }
        return sb.toString();
    }
}
