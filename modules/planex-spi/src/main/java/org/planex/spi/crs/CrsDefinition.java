package org.planex.spi.crs;

import java.util.Objects;
import org.planex.model.AxisOrder;
import org.planex.model.CrsRef;

/**
 * What a format writer needs to know about one EPSG CRS.
 *
 * <p><b>Thread safety:</b> immutable. <b>Null policy:</b> no component is {@code null}; a text form the source
 * cannot give is an empty string (see {@link #hasOgcWkt()}, {@link #hasEsriWkt()}).
 *
 * @param crs the EPSG code
 * @param name the EPSG name, e.g. {@code NAD83 / California zone 3 (ftUS)}
 * @param kind geographic or projected
 * @param axisOrder the axis order of the EPSG definition (latitude first for EPSG:4490, easting first for
 *     EPSG:2227), which GML {@code posList}s follow
 * @param unitName the unit of the axes as EPSG names it ({@code metre}, {@code US survey foot}, {@code degree})
 * @param unitFactor the unit in metres (projected) or radians (geographic), e.g. 0.304800609601219 for the US
 *     survey foot
 * @param deprecated whether EPSG has deprecated the code (still readable, never chosen by a match)
 * @param ogcWkt the OGC WKT 1 with EPSG authorities and axes, on one line, for GeoPackage
 *     {@code gpkg_spatial_ref_sys.definition}; empty if none
 * @param esriWkt the ESRI WKT 1 on one line, for a Shapefile {@code .prj}; empty if none
 * @since 0.2
 */
public record CrsDefinition(CrsRef crs, String name, CrsKind kind, AxisOrder axisOrder, String unitName,
        double unitFactor, boolean deprecated, String ogcWkt, String esriWkt) {

    /** Checks that no component is {@code null} and the unit factor is positive. */
    public CrsDefinition {
        Objects.requireNonNull(crs, "crs");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(axisOrder, "axisOrder");
        Objects.requireNonNull(unitName, "unitName");
        Objects.requireNonNull(ogcWkt, "ogcWkt");
        Objects.requireNonNull(esriWkt, "esriWkt");
        if (!(unitFactor > 0)) {
            throw new IllegalArgumentException("unit factor must be positive: " + unitFactor);
        }
    }

    /** Whether there is an OGC WKT 1 to write. */
    public boolean hasOgcWkt() {
        return !ogcWkt.isEmpty();
    }

    /** Whether there is an ESRI WKT 1 to write. */
    public boolean hasEsriWkt() {
        return !esriWkt.isEmpty();
    }

    /** {@code EPSG:N name}, for messages. */
    @Override
    public String toString() {
        return crs + " " + name;
    }
}
