package org.planex.format.geopackage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * OGC WKT 1 definitions of the CRSs planex registers in {@code gpkg_spatial_ref_sys}: WGS 84, CGCS2000
 * (EPSG:4490) and its Gauss-Kruger projections (EPSG:4491-4554), Hong Kong 1980 (EPSG:2326, 4611), Web Mercator
 * and the UTM zones over China's east coast. The resource {@code srs-wkt.txt} was extracted from GDAL's EPSG
 * database with {@code gdalsrsinfo --single-line -o wkt1 EPSG:N}, as its header says.
 *
 * <p><b>Thread safety:</b> immutable after loading; shared.
 */
final class SpatialRefSysCatalog {

    private static final Map<Integer, String> WKT = load();

    private SpatialRefSysCatalog() {
    }

    /** The WKT of {@code epsg}, if the catalog has it. */
    static Optional<String> wkt(int epsg) {
        return Optional.ofNullable(WKT.get(epsg));
    }

    /** The CRS name in a WKT 1 definition (its first quoted text), or {@code EPSG:N} when there is none. */
    static String name(int epsg, String wkt) {
        int open = wkt == null ? -1 : wkt.indexOf('"');
        int close = open < 0 ? -1 : wkt.indexOf('"', open + 1);
        return close > open ? wkt.substring(open + 1, close) : "EPSG:" + epsg;
    }

    private static Map<Integer, String> load() {
        Map<Integer, String> map = new HashMap<>();
        try (InputStream in = SpatialRefSysCatalog.class.getResourceAsStream("srs-wkt.txt")) {
            if (in == null) {
                throw new IllegalStateException("resource srs-wkt.txt missing from planex-format-geopackage");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                map.put(Integer.parseInt(line.substring(0, tab)), line.substring(tab + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }
}
