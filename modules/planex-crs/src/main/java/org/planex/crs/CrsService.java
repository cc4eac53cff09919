package org.planex.crs;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.Proj4jException;
import org.planex.model.CrsRef;
import org.planex.spi.Location;
import org.planex.spi.PlanexException;

/**
 * Turns EPSG codes into proj4j definitions and transforms: the one place planex asks proj4j for a CRS.
 *
 * <p>Definitions are the proj4 strings of the EPSG catalogue (every EPSG geographic 2D and projected CRS, from
 * PROJ's {@code proj.db} through GDAL, with {@code +towgs84} where EPSG gives a datum shift GDAL uses; see
 * {@code docs/crs.md}). CGCS2000 (EPSG:4490) is taken as equal to WGS 84, as PROJ does by default: a transform
 * between them changes no coordinate by more than 0.1 mm.
 *
 * <p>Thread safety: thread-safe. Definitions are cached; the reprojectors it hands out create their proj4j
 * transforms per call.
 *
 * @since 0.1
 */
public final class CrsService {

    private static final CrsService STANDARD = new CrsService();
    private static final Map<String, String> DATUM_ELLIPSOIDS = Map.of("WGS84", "WGS84", "NAD83", "GRS80",
            "NAD27", "clrk66", "GGRS87", "GRS80", "potsdam", "bessel", "carthage", "clrk80ign", "hermannskogel",
            "bessel", "ire65", "mod_airy", "nzgd49", "intl", "OSGB36", "airy");

    /** PROJ ellipsoids proj4j 1.4.1 does not know, as semi-major axis and inverse flattening. */
    private static final Map<String, String> ELLIPSOIDS = Map.of("GSK2011", "+a=6378136.5 +rf=298.2564151",
            "clrk80ign", "+a=6378249.2 +rf=293.4660212936269", "PZ90", "+a=6378136 +rf=298.257839303");

    private final CRSFactory factory = new CRSFactory();
    private final Map<Integer, Optional<CoordinateReferenceSystem>> cache = new ConcurrentHashMap<>();

    /** Creates a service with its own cache. Most callers share {@link #standard()}. */
    public CrsService() {
        // definitions are loaded lazily
    }

    /** The shared service. */
    public static CrsService standard() {
        return STANDARD;
    }

    /** Whether proj4j can transform from and to this CRS. */
    public boolean supports(CrsRef crs) {
        return lookup(crs).isPresent();
    }

    /**
     * The proj4j definition of a CRS.
     *
     * @throws PlanexException (invalid data) if the EPSG catalogue has no definition proj4j can use for the
     *     code; a caller handling a command-line option should test {@link #supports(CrsRef)} first and report a
     *     usage error
     */
    public CoordinateReferenceSystem definition(CrsRef crs) throws PlanexException {
        return lookup(crs).orElseThrow(() -> PlanexException.invalid(Location.UNKNOWN, crs
                + " is not a CRS planex can transform (not a geographic 2D or projected CRS of the EPSG dataset"
                + " planex carries, or a projection proj4j lacks); declare an EPSG code such as EPSG:4490 or"
                + " EPSG:4549", null));
    }

    /**
     * A reprojector from one CRS to another.
     *
     * @throws PlanexException if either CRS is not supported
     */
    public GeometryReprojector reprojector(CrsRef source, CrsRef target) throws PlanexException {
        return new GeometryReprojector(source, definition(source), target, definition(target));
    }

    /**
     * A reprojector from one CRS to another, with the user's datum shift from the source datum to WGS 84
     * replacing the one EPSG gives (or giving one where EPSG has none).
     *
     * @param sourceShift the shift of the source datum, or {@code null} for the catalogue's
     * @throws PlanexException if either CRS is not supported
     * @since 0.2
     */
    public GeometryReprojector reprojector(CrsRef source, DatumShift sourceShift, CrsRef target)
            throws PlanexException {
        if (sourceShift == null) {
            return reprojector(source, target);
        }
        definition(source);
        String shifted = withShift(proj4String(source.epsg()).orElseThrow(), sourceShift);
        CoordinateReferenceSystem from;
        try {
            synchronized (factory) {
                from = factory.createFromParameters(source.toString(), shifted);
            }
        } catch (Proj4jException | IllegalStateException e) {
            throw PlanexException.invalid(Location.UNKNOWN, "cannot apply the datum shift to " + source + ": "
                    + e.getMessage(), e);
        }
        return new GeometryReprojector(source, from, target, definition(target));
    }

    /**
     * A warning when a transform between two CRSs has to change datum without a known shift: Xian 1980 and
     * Beijing 1954, for example, have no EPSG transformation to WGS 84 for general use, and OSGB36 has several
     * that the catalogue does not choose between, so their coordinates would be converted as if the datums were
     * equal, tens of metres off or more.
     *
     * @param sourceShift the user's shift for the source datum, or {@code null}
     * @return the warning, or empty when both CRSs have a shift to WGS 84 (or share the ellipsoid and datum)
     * @since 0.2
     */
    public Optional<String> datumShiftWarning(CrsRef source, DatumShift sourceShift, CrsRef target) {
        Optional<String> from = proj4String(source.epsg());
        Optional<String> to = proj4String(target.epsg());
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        boolean sourceMissing = sourceShift == null && !hasShift(from.get());
        boolean targetMissing = !hasShift(to.get());
        if (!sourceMissing && !targetMissing || ellipsoid(from.get()).equals(ellipsoid(to.get()))
                && sourceMissing && targetMissing) {
            return Optional.empty();
        }
        CrsRef without = sourceMissing ? source : target;
        String name = EpsgCatalog.standard().get(without.epsg()).map(e -> " (" + e.name() + ")").orElse("");
        return Optional.of(without + name + " has no datum shift to WGS 84 that planex knows (EPSG publishes"
                + " none for general use, or several to choose from): " + source + " -> " + target + " is converted"
                + " as if the datums were equal and may be tens of metres off or more"
                + (sourceMissing ? "; give the shift with --s-towgs84 dx,dy,dz[,rx,ry,rz,ds]" : ""));
    }

    /** The proj4 parameter string planex uses for a CRS, for messages and documentation. */
    public String proj4(CrsRef crs) throws PlanexException {
        return definition(crs).getParameterString().strip();
    }

    private Optional<CoordinateReferenceSystem> lookup(CrsRef crs) {
        Objects.requireNonNull(crs, "crs");
        return cache.computeIfAbsent(crs.epsg(), this::create);
    }

    private Optional<CoordinateReferenceSystem> create(int code) {
        Optional<String> proj4 = proj4String(code);
        if (proj4.isEmpty()) {
            return Optional.empty();
        }
        try {
            synchronized (factory) {
                return Optional.of(factory.createFromParameters("EPSG:" + code, proj4.get()));
            }
        } catch (Proj4jException | IllegalStateException | IllegalArgumentException
                 | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> proj4String(int code) {
        return EpsgCatalog.standard().get(code).map(EpsgEntry::proj4).filter(s -> !s.isEmpty())
                .map(CrsService::knownEllipsoids);
    }

    /** The proj4 string with the ellipsoids proj4j lacks spelt out as {@code +a} and {@code +rf}. */
    private static String knownEllipsoids(String proj4) {
        int at = proj4.indexOf("+ellps=");
        if (at < 0) {
            return proj4;
        }
        int end = proj4.indexOf(' ', at);
        String name = proj4.substring(at + 7, end < 0 ? proj4.length() : end);
        String spelt = ELLIPSOIDS.get(name);
        return spelt == null ? proj4 : proj4.replace("+ellps=" + name, spelt);
    }

    /** Whether a proj4 string ties its datum to WGS 84: a shift, a named datum, or the GRS 80/WGS 84 ellipsoid. */
    private static boolean hasShift(String proj4) {
        return proj4.contains("+towgs84=") || proj4.contains("+datum=") || proj4.contains("+nadgrids=")
                || ellipsoid(proj4).equals("GRS80") || ellipsoid(proj4).equals("WGS84");
    }

    private static String ellipsoid(String proj4) {
        Matcher m = Pattern.compile("\\+ellps=(\\S+)").matcher(proj4);
        if (m.find()) {
            return m.group(1);
        }
        Matcher d = Pattern.compile("\\+datum=(\\S+)").matcher(proj4);
        if (d.find()) {
            return DATUM_ELLIPSOIDS.getOrDefault(d.group(1), d.group(1));
        }
        Matcher a = Pattern.compile("\\+a=(\\S+)(?:.*\\+(?:b|rf)=(\\S+))?").matcher(proj4);
        return a.find() ? a.group(1) + "/" + a.group(2) : "";
    }

    /** The proj4 string with its datum replaced by the ellipsoid and the given shift. */
    static String withShift(String proj4, DatumShift shift) {
        StringBuilder out = new StringBuilder();
        String ellipsoid = null;
        boolean hasEllipsoid = false;
        for (String token : proj4.strip().split("\\s+")) {
            if (token.startsWith("+towgs84=") || token.startsWith("+nadgrids=")) {
                continue;
            }
            if (token.startsWith("+datum=")) {
                ellipsoid = DATUM_ELLIPSOIDS.get(token.substring(7));
                continue;
            }
            hasEllipsoid |= token.startsWith("+ellps=") || token.startsWith("+a=");
            if (token.equals("+no_defs")) {
                continue;
            }
            out.append(token).append(' ');
        }
        if (!hasEllipsoid && ellipsoid != null) {
            out.append("+ellps=").append(ellipsoid).append(' ');
        }
        return out.append(shift.toProj4()).append(" +no_defs").toString();
    }
}
