package org.planex.crs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.planex.model.CrsRef;
import org.planex.rule.Issue;
import org.planex.rule.Severity;
import org.planex.spi.PlanexException;

/**
 * Checks coordinates against the CRS they are declared in, from a {@link CoordinateSurvey} (an envelope and
 * a sample, so the cost does not depend on the number of features), and says what is wrong and how to fix it.
 * Each finding is an {@link Issue} of the rule API under the id of its {@link CrsFindingType}: an error
 * ({@code CRS.NOT_CHECKED} is info) whose message ends with the fix planex suggests ({@code (fix: --s-srs
 * EPSG:4549)}) when it can tell one, and whose marker is the envelope of the coordinates in longitude/latitude
 * when it can be transformed. Validation adds the package and location; conversion reports it as a warning.
 *
 * <p>The rules, in order (at most one finding per survey, the first that explains the data):
 * <ul>
 *   <li>{@code CRS.PROJECTED_AS_GEOGRAPHIC} / {@code CRS.GEOGRAPHIC_AS_PROJECTED}: metres declared as degrees
 *       or the reverse (coordinates within +-180/+-90 are degrees).</li>
 *   <li>Zone prefix: an easting of 1 000 000 m or more carries the zone number in front, the zone is its
 *       leading digits (13-23: 6-degree zone, 25-45: 3-degree zone). {@code CRS.ZONE_PREFIX_MISSING}: the
 *       declared CRS has a prefix, the eastings do not; {@code CRS.ZONE_PREFIX_UNDECLARED}: the reverse;
 *       {@code CRS.ZONE_MISMATCH}: both have one, different.</li>
 *   <li>{@code CRS.SWAPPED_AXES}: read as given, most sampled coordinates fall outside the area of use; with
 *       x and y swapped, most fall inside (any zone-prefix fix applies to the swapped reading).</li>
 *   <li>{@code CRS.OUTSIDE_AREA}: coordinates far outside the area of use, grown by
 *       {@link KnownCrs#longitudeMargin()} and {@link KnownCrs#latitudeMargin()}: most of the sample (nothing
 *       else explains it), or only the envelope (a few stray features).</li>
 *   <li>{@code CRS.NOT_CHECKED}: the declared CRS has no area of use in the EPSG registry.</li>
 * </ul>
 * A suggested CRS is only given when the data, read in it, falls inside its area of use.
 *
 * <p>Thread safety: stateless, thread-safe.
 *
 * @since 0.1
 */
public final class DeclaredCrsValidator {

    /** The share of sampled coordinates that decides a reading. */
    static final double MAJORITY = 0.5;
    private static final double PREFIX_THRESHOLD = 1_000_000;

    private final CrsService service;

    /** A validator using the shared {@link CrsService}. */
    public DeclaredCrsValidator() {
        this(CrsService.standard());
    }

    /** A validator using the given service. */
    public DeclaredCrsValidator(CrsService service) {
        this.service = service;
    }

    /** Shortcut for {@code new DeclaredCrsValidator().validate(declared, survey)}. */
    public static List<Issue> check(CrsRef declared, CoordinateSurvey survey) {
        return new DeclaredCrsValidator().validate(declared, survey);
    }

    /** The findings for coordinates declared in {@code declared}; empty when they fit it. */
    public List<Issue> validate(CrsRef declared, CoordinateSurvey survey) {
        return find(declared, survey).stream().map(f -> f.toIssue(marker(declared, f.envelope()))).toList();
    }

    private Geometry marker(CrsRef declared, Envelope envelope) {
        try {
            return service.reprojector(declared, CrsRef.WGS84).reproject(new GeometryFactory().toGeometry(envelope));
        } catch (PlanexException | RuntimeException e) {
            return null;
        }
    }

    private List<Finding> find(CrsRef declared, CoordinateSurvey survey) {
        List<Finding> findings = new ArrayList<>();
        if (survey.isEmpty()) {
            return findings;
        }
        Envelope env = survey.envelope();
        Optional<KnownCrs> known = CrsCatalog.find(declared).or(() -> fromRegistry(declared));
        if (known.isEmpty()) {
            findings.add(new Finding(CrsFindingType.NOT_CHECKED, declared
                    + " is not one of the CRSs planex has an area of use for, so its coordinates were not checked",
                    Optional.empty(), false, env));
            return findings;
        }
        KnownCrs crs = known.get();
        List<Coordinate> sample = survey.sample();
        boolean degrees = Math.abs(env.getMinX()) <= 180 && Math.abs(env.getMaxX()) <= 180
                && Math.abs(env.getMinY()) <= 180 && Math.abs(env.getMaxY()) <= 180;
        Optional<Finding> unit = unitMismatch(crs, degrees, sample, env);
        if (unit.isPresent()) {
            findings.add(unit.get());
            return findings;
        }
        Reading asGiven = read(crs, sample, false);
        if (asGiven.type == null) {
            stray(crs, env).ifPresent(findings::add);
            return findings;
        }
        Reading swapped = asGiven.suggestion.isPresent() ? asGiven : read(crs, sample, true);
        if (swapped != asGiven && (swapped.type == null || swapped.suggestion.isPresent())) {
            findings.add(new Finding(CrsFindingType.SWAPPED_AXES, String.format(Locale.ROOT,
                    "x and y are swapped: read as given, %s of the sampled coordinates fit %s; swapped, %s fit %s",
                    percent(asGiven.fit), crs.label(), percent(swapped.fit),
                    swapped.suggestion.map(KnownCrs::label).orElse("it")), swapped.suggestion.map(KnownCrs::crs),
                    true, env));
            return findings;
        }
        findings.add(new Finding(asGiven.type, asGiven.message, asGiven.suggestion.map(KnownCrs::crs),
                false, env));
        return findings;
    }

    /**
     * A CRS of the EPSG registry outside {@link CrsCatalog}, as a {@link KnownCrs} of an {@code OTHER} family:
     * its coordinates are checked against its area of use (unit, swapped axes, outside), not for zone prefixes.
     */
    private static Optional<KnownCrs> fromRegistry(CrsRef crs) {
        return EpsgCatalog.standard().get(crs.epsg()).filter(e -> !Double.isNaN(e.west()) && !Double.isNaN(e.south())
                && !Double.isNaN(e.east()) && !Double.isNaN(e.north())).map(e -> new KnownCrs(crs, e.name(),
                e.kind() == org.planex.spi.crs.CrsKind.GEOGRAPHIC ? CrsFamily.OTHER_GEOGRAPHIC
                        : CrsFamily.OTHER_PROJECTED, Double.NaN, 0, 0,
                new AreaOfUse(e.west(), e.south(), e.east(), e.north())));
    }

    /** One way of reading the sample: what is wrong (null if nothing) and the CRS that fits, if any. */
    private record Reading(CrsFindingType type, String message, Optional<KnownCrs> suggestion, double fit) {
    }

    private Reading read(KnownCrs declared, List<Coordinate> sample, boolean swap) {
        List<Coordinate> points = new ArrayList<>(sample.size());
        for (Coordinate c : sample) {
            points.add(swap ? new Coordinate(c.y, c.x) : c);
        }
        if (declared.family().isGeographic()) {
            double fit = fit(declared, points);
            return fit >= MAJORITY ? new Reading(null, "", Optional.empty(), fit)
                    : outside(declared, points, fit);
        }
        Optional<Integer> zone = declared.family().datum() == CrsFamily.Datum.CGCS2000 ? majorityZone(points)
                : Optional.empty();
        boolean prefixed = declared.family().hasZonePrefix();
        String range = String.format(Locale.ROOT, "%,.0f and %,.0f m",
                points.stream().mapToDouble(c -> c.x).min().orElse(0),
                points.stream().mapToDouble(c -> c.x).max().orElse(0));
        if (zone.isPresent() && !(prefixed && zone.get() == declared.zone())) {
            KnownCrs candidate = CrsCatalog.forZonePrefix(zone.get()).orElseThrow();
            String what = "the sampled eastings (between " + range + ") carry the zone prefix " + zone.get();
            return prefixed
                    ? suggest(CrsFindingType.ZONE_MISMATCH, what + " but " + declared.label() + " is zone "
                            + declared.zone(), candidate, points, "")
                    : suggest(CrsFindingType.ZONE_PREFIX_UNDECLARED, what + ", which " + declared.label()
                            + " does not have", candidate, points, "");
        }
        if (zone.isEmpty() && prefixed && share(points, c -> c.x > 0 && c.x < PREFIX_THRESHOLD) >= MAJORITY) {
            long from = declared.zone() * 1_000_000L;
            String message = String.format(Locale.ROOT, "%s expects eastings with the zone prefix %d (%,d to %,d m)"
                    + " but the sampled eastings lie between %s", declared.label(), declared.zone(), from,
                    from + 999_999, range);
            return suggest(CrsFindingType.ZONE_PREFIX_MISSING, message, CrsCatalog.twin(declared).orElseThrow(),
                    points, ", the same zone without the prefix");
        }
        double fit = fit(declared, points);
        return fit >= MAJORITY ? new Reading(null, "", Optional.empty(), fit) : outside(declared, points, fit);
    }

    /** A zone-prefix reading: suggests {@code candidate} if the data, read in it, fits its area of use. */
    private Reading suggest(CrsFindingType type, String message, KnownCrs candidate, List<Coordinate> points,
            String note) {
        double fit = fit(candidate, points);
        if (fit >= MAJORITY) {
            return new Reading(type, message + "; the data is probably in " + candidate.label() + note,
                    Optional.of(candidate), fit);
        }
        return new Reading(type, message + "; read in " + candidate.label()
                + " the coordinates are still outside its area of use, so the CRS of the data is unknown",
                Optional.empty(), fit);
    }

    private Reading outside(KnownCrs declared, List<Coordinate> points, double fit) {
        Optional<Coordinate> centre = lonLatCentre(declared, points);
        String where = centre.map(c -> String.format(Locale.ROOT, " (read as %s they centre near %.2fE %.2fN)",
                declared.crs(), c.x, c.y)).orElse("");
        return new Reading(CrsFindingType.OUTSIDE_AREA, String.format(Locale.ROOT,
                "%s of the sampled coordinates lie far outside the area of use of %s (%s)%s; check the declared CRS",
                percent(1 - fit), declared.label(), declared.area(), where), Optional.empty(), fit);
    }

    private Optional<Finding> unitMismatch(KnownCrs crs, boolean degrees, List<Coordinate> sample, Envelope env) {
        if (crs.family().isGeographic() && !degrees) {
            Optional<KnownCrs> guess = guessProjected(sample);
            String message = String.format(Locale.ROOT, "%s is geographic (degrees) but the coordinates reach"
                    + " x = %,.0f, y = %,.0f, which are metres; ", crs.label(), env.getMaxX(), env.getMaxY())
                    + guess.map(g -> "the data is probably in " + g.label())
                            .orElse("declare the projected CRS of the data (e.g. one of EPSG:4534-4554)");
            return Optional.of(new Finding(CrsFindingType.PROJECTED_AS_GEOGRAPHIC, message,
                    guess.map(KnownCrs::crs), false, env));
        }
        if (!crs.family().isGeographic() && degrees) {
            KnownCrs geographic = CrsCatalog.find(crs.family().datum() == CrsFamily.Datum.CGCS2000
                    || crs.family().datum() == CrsFamily.Datum.HK1980 ? CrsRef.CGCS2000 : CrsRef.WGS84).orElseThrow();
            double fit = fit(geographic, sample);
            boolean swap = fit < MAJORITY && fit(geographic, swapped(sample)) >= MAJORITY;
            String message = String.format(Locale.ROOT, "%s is in metres but every coordinate lies within"
                    + " +-180, which are degrees; the data is probably in %s%s", crs.label(), geographic.label(),
                    swap ? " with x and y swapped" : "");
            return Optional.of(new Finding(CrsFindingType.GEOGRAPHIC_AS_PROJECTED, message,
                    Optional.of(geographic.crs()), swap, env));
        }
        return Optional.empty();
    }

    private Optional<KnownCrs> guessProjected(List<Coordinate> sample) {
        Optional<Integer> zone = majorityZone(sample);
        if (zone.isPresent()) {
            KnownCrs gk = CrsCatalog.forZonePrefix(zone.get()).orElseThrow();
            if (fit(gk, sample) >= MAJORITY) {
                return Optional.of(gk);
            }
        }
        KnownCrs hk = CrsCatalog.find(CrsRef.epsg(2326)).orElseThrow();
        return fit(hk, sample) >= MAJORITY ? Optional.of(hk) : Optional.empty();
    }

    private Optional<Finding> stray(KnownCrs crs, Envelope env) {
        Envelope lonLat;
        try {
            lonLat = crs.family().isGeographic() ? env
                    : service.reprojector(crs.crs(), CrsRef.CGCS2000).reproject(env);
        } catch (PlanexException e) {
            lonLat = null;
        }
        if (lonLat != null && crs.nearArea(lonLat.getMinX(), lonLat.getMinY())
                && crs.nearArea(lonLat.getMaxX(), lonLat.getMaxY())) {
            return Optional.empty();
        }
        String extent = lonLat == null ? "" : String.format(Locale.ROOT, ", reaching %.2fE..%.2fE, %.2fN..%.2fN",
                lonLat.getMinX(), lonLat.getMaxX(), lonLat.getMinY(), lonLat.getMaxY());
        return Optional.of(new Finding(CrsFindingType.OUTSIDE_AREA, String.format(Locale.ROOT,
                "most coordinates fit %s but some lie far outside its area of use (%s): the envelope is"
                        + " %.3f..%.3f x %.3f..%.3f%s; look for stray or misplaced features", crs.label(),
                crs.area(), env.getMinX(), env.getMaxX(), env.getMinY(), env.getMaxY(), extent),
                Optional.empty(), false, env));
    }

    /** The zone prefix most eastings carry, if a majority carries the same valid one. */
    private static Optional<Integer> majorityZone(List<Coordinate> points) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (Coordinate c : points) {
            if (c.x >= PREFIX_THRESHOLD && c.x < 100 * PREFIX_THRESHOLD) {
                int zone = (int) (c.x / PREFIX_THRESHOLD);
                if (CrsCatalog.forZonePrefix(zone).isPresent()) {
                    counts.merge(zone, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= MAJORITY * points.size())
                .map(Map.Entry::getKey).findFirst();
    }

    /** The share of points that, read in {@code crs}, lie near its area of use. */
    private double fit(KnownCrs crs, List<Coordinate> points) {
        if (points.isEmpty()) {
            return 0;
        }
        int inside = 0;
        for (Coordinate c : points) {
            Optional<Coordinate> ll = toLonLat(crs, c);
            if (ll.isPresent() && crs.nearArea(ll.get().x, ll.get().y)) {
                inside++;
            }
        }
        return (double) inside / points.size();
    }

    private Optional<Coordinate> toLonLat(KnownCrs crs, Coordinate c) {
        if (crs.family().isGeographic()) {
            return Math.abs(c.x) <= 180 && Math.abs(c.y) <= 90 ? Optional.of(c) : Optional.empty();
        }
        try {
            Coordinate ll = service.reprojector(crs.crs(), CrsRef.CGCS2000).reproject(c);
            return Math.abs(ll.x) <= 180 && Math.abs(ll.y) <= 90 ? Optional.of(ll) : Optional.empty();
        } catch (PlanexException e) {
            return Optional.empty();
        }
    }

    private Optional<Coordinate> lonLatCentre(KnownCrs crs, List<Coordinate> points) {
        Envelope e = new Envelope();
        points.forEach(e::expandToInclude);
        return e.isNull() ? Optional.empty() : toLonLat(crs, e.centre());
    }

    private static List<Coordinate> swapped(List<Coordinate> points) {
        List<Coordinate> out = new ArrayList<>(points.size());
        points.forEach(c -> out.add(new Coordinate(c.y, c.x)));
        return out;
    }

    private static double share(List<Coordinate> points, Predicate<Coordinate> test) {
        return points.isEmpty() ? 0 : (double) points.stream().filter(test).count() / points.size();
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    /**
     * One mismatch, before it becomes an issue.
     *
     * @param type what is wrong
     * @param message what was found, in figures
     * @param suggestedCrs the CRS the data is probably in, if planex can tell
     * @param swapAxes whether the fix includes swapping x and y
     * @param envelope the envelope of the coordinates, in the declared CRS's units
     */
    private record Finding(CrsFindingType type, String message, Optional<CrsRef> suggestedCrs, boolean swapAxes,
            Envelope envelope) {

        /**
         * The fix as the user would type it: {@code --s-srs EPSG:4549} when a CRS is suggested,
         * {@code swap the x and y axes of the source} when only the axes are wrong, both when both are, empty when
         * planex cannot tell.
         */
        String suggestedFix() {
            String crs = suggestedCrs.map(c -> "--s-srs " + c).orElse("");
            String swap = swapAxes ? "swap the x and y axes of the source" : "";
            return crs.isEmpty() || swap.isEmpty() ? crs + swap : swap + " and declare " + crs;
        }

        Issue toIssue(Geometry marker) {
            String fix = suggestedFix();
            return Issue.builder(type.id(), type == CrsFindingType.NOT_CHECKED ? Severity.INFO : Severity.ERROR)
                    .message(message + (fix.isEmpty() ? "" : " (fix: " + fix + ")")).marker(marker).build();
        }
    }
}
