package org.planex.crs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.planex.model.AxisOrder;
import org.planex.model.CrsRef;
import org.planex.spi.crs.CrsKind;
import org.planex.spi.crs.CrsMatch;

/**
 * Matches a WKT CRS to an EPSG code of the {@link EpsgCatalog}, in this order:
 * <ol>
 *   <li>an EPSG {@code AUTHORITY}/{@code ID} on the CRS itself, if the catalogue has the code;</li>
 *   <li>the parameters: datum name and ellipsoid, prime meridian, projection method, parameters (missing ones
 *       at their defaults) and unit, compared with both the OGC and the ESRI WKT of every EPSG CRS; if no CRS
 *       with that datum name fits, the ellipsoid alone, accepted only when it leaves one code;</li>
 *   <li>the name (EPSG or ESRI, in any case and spacing) decides between CRSs with equal parameters, or stands
 *       alone when the text has no comparable parameters.</li>
 * </ol>
 * Ties left after the name (deprecated codes are never chosen when another fits) go to the 3-degree
 * Gauss-Kruger CRS (a CGCS2000, Xian 1980 or Beijing 1954 {@code .prj} giving only the central meridian is read
 * as the 3-degree CRS, as plan data uses 3-degree zones), then to easting-first axes, then to the lowest code.
 *
 * <p><b>Thread safety:</b> immutable indexes built once on first use; thread-safe.
 */
final class WktCrsMatcher {

    private final EpsgCatalog catalog;
    private final Map<String, List<Integer>> byName = new HashMap<>();
    private final Map<String, List<Key>> byDatum = new HashMap<>();
    private final Map<String, List<Key>> byMethod = new HashMap<>();
    private final Map<Key, Optional<WktSignature>> signatures = new ConcurrentHashMap<>();

    /** One catalogue WKT: a code and whether it is the ESRI or the OGC text. */
    private record Key(int code, boolean esri) {
    }

    /**
     * Indexes the catalogue, in one pass that keeps no WKT, by name and by kind, method and datum name found
     * with a cheap scan of each WKT; the texts of the CRSs with the method and datum of a WKT being matched are
     * read and parsed when first needed.
     */
    private WktCrsMatcher(EpsgCatalog catalog) {
        this.catalog = catalog;
        catalog.scan(e -> {
            String name = WktSignature.normalise(e.name());
            byName.computeIfAbsent(name, k -> new ArrayList<>()).add(e.code());
            String esriName = WktSignature.normalise(quoted(e.esriWkt(), 0));
            if (!esriName.isEmpty() && !esriName.equals(name)) {
                byName.computeIfAbsent(esriName, k -> new ArrayList<>()).add(e.code());
            }
            index(new Key(e.code(), true), e.esriWkt());
            index(new Key(e.code(), false), e.ogcWkt());
        });
    }

    private void index(Key key, String wkt) {
        if (wkt.isEmpty()) {
            return;
        }
        CrsKind kind = wkt.startsWith("PROJCS") ? CrsKind.PROJECTED : CrsKind.GEOGRAPHIC;
        String method = kind + "/" + WktSignature.method(quoted(wkt, wkt.indexOf("PROJECTION[")));
        byMethod.computeIfAbsent(method, k -> new ArrayList<>()).add(key);
        byDatum.computeIfAbsent(method + "/" + WktSignature.datum(quoted(wkt, wkt.indexOf("DATUM["))),
                k -> new ArrayList<>()).add(key);
    }

    /** The first quoted text at or after {@code from}, empty if none or {@code from} is negative. */
    private static String quoted(String wkt, int from) {
        int open = from < 0 ? -1 : wkt.indexOf('"', from);
        int close = open < 0 ? -1 : wkt.indexOf('"', open + 1);
        return close < 0 ? "" : wkt.substring(open + 1, close);
    }

    /**
     * A catalogue WKT parsed, or empty if it is not one CRS planex parses (GDAL's ESRI WKT of EPSG:9895
     * appends a VERTCS).
     */
    private static Optional<WktNode> parsed(String wkt) {
        try {
            return Optional.of(WktNode.parse(wkt));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The matcher over the standard catalogue, built on first use. */
    static WktCrsMatcher standard() {
        return Holder.MATCHER;
    }

    private static final class Holder {
        static final WktCrsMatcher MATCHER = new WktCrsMatcher(EpsgCatalog.standard());
    }

    /**
     * The EPSG code of a WKT text.
     *
     * @throws IllegalArgumentException if the text is not well-formed WKT
     */
    Optional<CrsMatch> match(String wkt) {
        WktNode root = WktNode.parse(wkt);
        Optional<CrsMatch> authority = authority(root);
        if (authority.isPresent()) {
            return authority;
        }
        List<EpsgEntry> named = List.copyOf(catalog.getAll(byName.getOrDefault(WktSignature.normalise(root.name()),
                List.of())).values());
        Optional<WktSignature> signature = WktSignature.of(root);
        List<EpsgEntry> fitting = signature.map(this::fitting).orElse(List.of());
        if (!fitting.isEmpty()) {
            List<EpsgEntry> both = fitting.stream().filter(named::contains).toList();
            if (!both.isEmpty()) {
                return Optional.of(new CrsMatch(CrsRef.epsg(best(both).code()), CrsMatch.Basis.NAME,
                        "by name '" + root.name() + "' and parameters"));
            }
            EpsgEntry best = best(fitting);
            String others = fitting.size() == 1 ? "" : " (" + (fitting.size() - 1)
                    + " other EPSG CRS(s) have the same parameters; see docs/crs.md for the tie-break)";
            return Optional.of(new CrsMatch(CrsRef.epsg(best.code()), CrsMatch.Basis.PARAMETERS,
                    "by datum, projection and parameters of '" + root.name() + "'" + others));
        }
        List<EpsgEntry> current = named.stream().filter(e -> !e.deprecated()).toList();
        List<EpsgEntry> pool = current.isEmpty() ? named : current;
        if (!pool.isEmpty()) {
            return Optional.of(new CrsMatch(CrsRef.epsg(best(pool).code()), CrsMatch.Basis.NAME,
                    "by name '" + root.name() + "' (its parameters fit no EPSG CRS)"));
        }
        return Optional.empty();
    }

    private Optional<CrsMatch> authority(WktNode node) {
        for (String key : new String[] {"AUTHORITY", "ID"}) {
            for (WktNode a : node.children(key)) {
                Optional<String> code = a.text(1);
                if (a.name().equalsIgnoreCase("EPSG") && code.isPresent() && code.get().strip().matches("\\d{1,9}")) {
                    int c = Integer.parseInt(code.get().strip());
                    if (catalog.get(c).isPresent()) {
                        return Optional.of(new CrsMatch(CrsRef.epsg(c), CrsMatch.Basis.AUTHORITY,
                                "by its authority EPSG:" + c));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The catalogue entries whose parameters fit, with the datum name, else by ellipsoid if unique. */
    private List<EpsgEntry> fitting(WktSignature s) {
        String key = s.kind + "/" + s.method;
        List<EpsgEntry> result = current(fit(byDatum.getOrDefault(key + "/" + s.datum, List.of()), s));
        if (result.isEmpty() && !Double.isNaN(s.semiMajor)) {
            List<EpsgEntry> byEllipsoid = current(fit(byMethod.getOrDefault(key, List.of()), s));
            result = byEllipsoid.size() == 1 ? byEllipsoid : List.of();
        }
        return result;
    }

    private Set<EpsgEntry> fit(List<Key> keys, WktSignature s) {
        List<Key> unknown = keys.stream().filter(k -> !signatures.containsKey(k)).toList();
        if (!unknown.isEmpty()) {
            Map<Integer, EpsgEntry> entries = catalog.peek(unknown.stream().map(Key::code).toList());
            for (Key k : unknown) {
                EpsgEntry e = entries.get(k.code());
                signatures.put(k, parsed(k.esri() ? e.esriWkt() : e.ogcWkt()).flatMap(WktSignature::of));
            }
        }
        List<Integer> codes = new ArrayList<>();
        for (Key k : keys) {
            if (signatures.get(k).filter(o -> o.sameGeometry(s)).isPresent() && !codes.contains(k.code())) {
                codes.add(k.code());
            }
        }
        Map<Integer, EpsgEntry> entries = catalog.getAll(codes);
        Set<EpsgEntry> out = new LinkedHashSet<>();
        codes.forEach(c -> out.add(entries.get(c)));
        return out;
    }

    private static List<EpsgEntry> current(Set<EpsgEntry> entries) {
        List<EpsgEntry> current = entries.stream().filter(e -> !e.deprecated()).toList();
        return current.isEmpty() ? List.copyOf(entries) : current;
    }

    /** The documented tie-break: 3-degree Gauss-Kruger, then easting first, then the lowest code. */
    private static EpsgEntry best(List<EpsgEntry> entries) {
        return entries.stream().min(Comparator
                .comparing((EpsgEntry e) -> e.deprecated())
                .thenComparing(e -> !e.name().contains("3-degree"))
                .thenComparing(e -> e.kind() == CrsKind.PROJECTED && e.axisOrder() != AxisOrder.EAST_NORTH)
                .thenComparingInt(EpsgEntry::code)).orElseThrow();
    }

}
