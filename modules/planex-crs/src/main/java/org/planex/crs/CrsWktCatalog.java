package org.planex.crs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.planex.model.CrsRef;

/**
 * The WKT planex writes for the CRSs of {@link CrsCatalog}: ESRI WKT 1 for Shapefile {@code .prj} files and
 * OGC WKT 1 (with EPSG authorities and axes) for GeoPackage {@code gpkg_spatial_ref_sys.definition}.
 *
 * <p>Both are EPSG facts extracted from GDAL 3.6.2 / PROJ 9.1.1 with {@code gdalsrsinfo -o wkt_esri} and
 * {@code gdalsrsinfo -o wkt1} into the resources {@code wkt-esri.tsv} and {@code wkt-ogc.tsv}
 * (see {@code src/build/extract-crs-facts.sh}). To read a {@code .prj} back, use {@link EpsgCodeFinder}.
 *
 * <p>Thread safety: immutable, loaded once.
 *
 * @since 0.1
 */
public final class CrsWktCatalog {

    private static final Map<Integer, String> ESRI = load("wkt-esri.tsv");
    private static final Map<Integer, String> OGC = load("wkt-ogc.tsv");

    private CrsWktCatalog() {
    }

    /** The ESRI WKT 1 of the CRS on one line, for a {@code .prj} file; empty if planex has none. */
    public static Optional<String> esri(CrsRef crs) {
        return Optional.ofNullable(ESRI.get(crs.epsg()));
    }

    /** The OGC WKT 1 of the CRS on one line, for a GeoPackage; empty if planex has none. */
    public static Optional<String> ogc(CrsRef crs) {
        return Optional.ofNullable(OGC.get(crs.epsg()));
    }

    /** Every ESRI WKT by code, for building name indexes. */
    static Map<Integer, String> allEsri() {
        return ESRI;
    }

    private static Map<Integer, String> load(String resource) {
        Map<Integer, String> map = new TreeMap<>();
        try (InputStream in = CrsWktCatalog.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " missing from planex-crs");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    int tab = line.indexOf('\t');
                    map.put(Integer.parseInt(line.substring(0, tab)), line.substring(tab + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }
}
