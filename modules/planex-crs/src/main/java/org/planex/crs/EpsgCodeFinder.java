package org.planex.crs;

import java.util.Optional;
import org.planex.model.CrsRef;
import org.planex.spi.crs.CrsMatch;

/**
 * Finds the EPSG code of a WKT CRS, typically the content of a Shapefile {@code .prj}, which rarely names its
 * code, among every EPSG geographic 2D and projected CRS.
 *
 * <p>In order: an EPSG authority on the CRS itself; the datum (by name, else the ellipsoid when that leaves one
 * code), projection method, parameters and unit; the EPSG or ESRI name ({@code GCS_North_American_1983},
 * {@code NAD_1983_StatePlane_California_III_FIPS_0403_Feet}, {@code Xian_1980_3_Degree_GK_CM_120E}), which
 * decides between CRSs with the same parameters and stands alone when there are none to compare. Parameters win
 * over names: a {@code .prj} named "Zone_40" with a false easting of 500 000 m is EPSG:4549. Among CRSs with
 * the same parameters and no telling name the 3-degree Gauss-Kruger CRS is taken (CGCS2000 CM 87E: EPSG:4538,
 * not the 6-degree EPSG:4504), then the one with easting-first axes, then the lowest code; deprecated codes
 * only when nothing else fits.
 *
 * <p>Thread safety: thread-safe; the indexes are built once, on the first call (about a second).
 *
 * @since 0.1
 */
public final class EpsgCodeFinder {

    private EpsgCodeFinder() {
    }

    /**
     * The EPSG code of the WKT, or empty if it is none planex recognises.
     *
     * @throws IllegalArgumentException if the text is not well-formed WKT (the message says where)
     */
    public static Optional<CrsRef> find(String wkt) {
        return match(wkt).map(CrsMatch::crs);
    }

    /**
     * The EPSG code of the WKT with what decided it, or empty if it is none planex recognises.
     *
     * @throws IllegalArgumentException if the text is not well-formed WKT (the message says where)
     * @since 0.2
     */
    public static Optional<CrsMatch> match(String wkt) {
        return WktCrsMatcher.standard().match(wkt);
    }
}
