package org.planex.crs;

import java.util.Optional;
import org.planex.model.CrsRef;

/**
 * The WKT planex writes for any EPSG CRS: ESRI WKT 1 for Shapefile {@code .prj} files and OGC WKT 1 (with EPSG
 * authorities and axes) for GeoPackage {@code gpkg_spatial_ref_sys.definition}, as GDAL writes them (from the
 * EPSG catalogue, see {@code docs/crs.md}). To read a {@code .prj} back, use {@link EpsgCodeFinder}. Format
 * plugins use the same texts through {@link org.planex.spi.crs.CrsDefinitions}.
 *
 * <p>Thread safety: immutable, loaded once on first use.
 *
 * @since 0.1
 */
public final class CrsWktCatalog {

    private CrsWktCatalog() {
    }

    /** The ESRI WKT 1 of the CRS on one line, for a {@code .prj} file; empty if planex has none. */
    public static Optional<String> esri(CrsRef crs) {
        return EpsgCatalog.standard().get(crs.epsg()).map(EpsgEntry::esriWkt).filter(s -> !s.isEmpty());
    }

    /** The OGC WKT 1 of the CRS on one line, for a GeoPackage; empty if planex has none. */
    public static Optional<String> ogc(CrsRef crs) {
        return EpsgCatalog.standard().get(crs.epsg()).map(EpsgEntry::ogcWkt).filter(s -> !s.isEmpty());
    }
}
