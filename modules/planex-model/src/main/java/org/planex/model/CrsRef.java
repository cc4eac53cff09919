package org.planex.model;

import java.io.Serializable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference to a coordinate reference system by its EPSG code.
 *
 * <p>The axis order comes from a table extracted from the EPSG dataset (resource
 * {@code epsg-northing-first.txt}): geographic CRSs such as EPSG:4490 are latitude first, the CGCS2000
 * Gauss-Kruger CRSs (EPSG:4491-4554) and the HK 1980 Grid (EPSG:2326) are northing first, UTM zones are
 * easting first.
 *
 * @param epsg the EPSG code, positive
 * @since 0.1
 */
public record CrsRef(int epsg) implements Serializable {

    /** The prefix of the OGC http URI of an EPSG CRS. */
    public static final String EPSG_URI_PREFIX = "http://www.opengis.net/def/crs/EPSG/0/";

    private static final Pattern URI = Pattern.compile(
            "(?:https?://www\\.opengis\\.net/def/crs/EPSG/[0-9.]+/|urn:ogc:def:crs:EPSG:[0-9.]*:|EPSG:)(\\d+)",
            Pattern.CASE_INSENSITIVE);

    private static final int[][] NORTHING_FIRST = loadNorthingFirst();

    /** CGCS2000 geographic 2D. */
    public static final CrsRef CGCS2000 = new CrsRef(4490);
    /** WGS 84 geographic 2D. */
    public static final CrsRef WGS84 = new CrsRef(4326);

    /** Checks the code. */
    public CrsRef {
        if (epsg <= 0) {
            throw new IllegalArgumentException("EPSG code must be positive: " + epsg);
        }
    }

    /** The CRS with the given EPSG code. */
    public static CrsRef epsg(int code) {
        return new CrsRef(code);
    }

    /**
     * Parses {@code http://www.opengis.net/def/crs/EPSG/0/4490}, {@code urn:ogc:def:crs:EPSG::4490} or
     * {@code EPSG:4490}.
     *
     * @throws IllegalArgumentException if the text is none of these forms
     */
    public static CrsRef parse(String text) {
        Matcher m = URI.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not an EPSG CRS reference: '" + text
                    + "' (expected e.g. http://www.opengis.net/def/crs/EPSG/0/4490 or EPSG:4490)");
        }
        return new CrsRef(Integer.parseInt(m.group(1)));
    }

    /** The OGC http URI, e.g. {@code http://www.opengis.net/def/crs/EPSG/0/4490}. */
    public String uri() {
        return EPSG_URI_PREFIX + epsg;
    }

    /** The axis order of this CRS in its EPSG definition. */
    public AxisOrder axisOrder() {
        int lo = 0;
        int hi = NORTHING_FIRST.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int[] r = NORTHING_FIRST[mid];
            if (epsg < r[0]) {
                hi = mid - 1;
            } else if (epsg > r[1]) {
                lo = mid + 1;
            } else {
                return AxisOrder.NORTH_EAST;
            }
        }
        return AxisOrder.EAST_NORTH;
    }

    @Override
    public String toString() {
        return "EPSG:" + epsg;
    }

    private static int[][] loadNorthingFirst() {
        List<int[]> ranges = new ArrayList<>();
        try (InputStream in = CrsRef.class.getResourceAsStream("epsg-northing-first.txt")) {
            if (in == null) {
                throw new IllegalStateException("resource epsg-northing-first.txt missing from planex-model");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int dash = line.indexOf('-');
                int from = Integer.parseInt(dash < 0 ? line : line.substring(0, dash));
                int to = dash < 0 ? from : Integer.parseInt(line.substring(dash + 1));
                ranges.add(new int[] {from, to});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ranges.toArray(new int[0][]);
    }
}
