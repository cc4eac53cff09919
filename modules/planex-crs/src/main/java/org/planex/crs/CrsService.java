package org.planex.crs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
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
 * <p>Definitions come from proj4j-epsg, except the few in the resource {@code proj4-overrides.tsv} (the HK 1980
 * Grid with the Helmert parameters PROJ uses). CGCS2000 (EPSG:4490) is taken as equal to WGS 84, as PROJ does
 * by default: a transform between them changes no coordinate by more than 0.1 mm.
 *
 * <p>Thread safety: thread-safe. Definitions are cached; the reprojectors it hands out create their proj4j
 * transforms per call.
 *
 * @since 0.1
 */
public final class CrsService {

    private static final CrsService STANDARD = new CrsService();
    private static final String EPSG_FILE = "/proj4/nad/epsg";
    private static final Pattern EPSG_LINE = Pattern.compile("^<(\\d+)>\\s*(\\+.*?)\\s*<>\\s*$");

    private final CRSFactory factory = new CRSFactory();
    private final Map<String, String> overrides = loadOverrides();
    private final Map<Integer, Optional<CoordinateReferenceSystem>> cache = new ConcurrentHashMap<>();
    private volatile Map<Integer, String> epsgFile;

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
     * @throws PlanexException (invalid data) if proj4j-epsg has no usable definition for the code; a caller
     *     handling a command-line option should test {@link #supports(CrsRef)} first and report a usage error
     */
    public CoordinateReferenceSystem definition(CrsRef crs) throws PlanexException {
        return lookup(crs).orElseThrow(() -> PlanexException.invalid(Location.UNKNOWN, crs
                + " is not a CRS planex can transform (no proj4j-epsg definition); declare a supported EPSG code"
                + " such as EPSG:4490, EPSG:4528 or EPSG:4549", null));
    }

    /**
     * A reprojector from one CRS to another.
     *
     * @throws PlanexException if either CRS is not supported
     */
    public GeometryReprojector reprojector(CrsRef source, CrsRef target) throws PlanexException {
        return new GeometryReprojector(source, definition(source), target, definition(target));
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
        String name = "EPSG:" + code;
        Map<Integer, String> file = epsgFile();
        String own = overrides.getOrDefault(Integer.toString(code), file.get(code));
        if (own == null && !file.isEmpty()) {
            return Optional.empty();
        }
        try {
            synchronized (factory) {
                return Optional.of(own != null ? factory.createFromParameters(name, own)
                        : factory.createFromName(name));
            }
        } catch (Proj4jException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    /**
     * The definitions of proj4j-epsg's {@code epsg} init file, read once: proj4j scans the whole file for
     * every name it is asked for (about 20 ms each). Empty if the file is not where proj4j-epsg 1.4.1 keeps it,
     * in which case proj4j's own lookup is used.
     */
    private Map<Integer, String> epsgFile() {
        Map<Integer, String> file = epsgFile;
        if (file == null) {
            file = readEpsgFile();
            epsgFile = file;
        }
        return file;
    }

    private static Map<Integer, String> readEpsgFile() {
        Map<Integer, String> map = new HashMap<>();
        try (InputStream in = CRSFactory.class.getResourceAsStream(EPSG_FILE)) {
            if (in == null) {
                return Map.of();
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                Matcher m = EPSG_LINE.matcher(line);
                if (m.matches()) {
                    map.put(Integer.parseInt(m.group(1)), m.group(2).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }

    private static Map<String, String> loadOverrides() {
        Map<String, String> map = new HashMap<>();
        try (InputStream in = CrsService.class.getResourceAsStream("proj4-overrides.tsv")) {
            if (in == null) {
                throw new IllegalStateException("resource proj4-overrides.tsv missing from planex-crs");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] p = line.split("\t");
                    map.put(p[0].strip(), p[1].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }
}
