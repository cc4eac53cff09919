/**
 * Coordinate reference systems for planex: transforms between EPSG CRSs on proj4j
 * ({@link org.planex.crs.CrsService}, {@link org.planex.crs.GeometryReprojector}), the WKT planex writes and
 * reads in {@code .prj} files and GeoPackages ({@link org.planex.crs.CrsWktCatalog},
 * {@link org.planex.crs.EpsgCodeFinder}), the areas of use of the CRSs plan data is exchanged in
 * ({@link org.planex.crs.CrsCatalog}), checks of coordinates against their declared CRS
 * ({@link org.planex.crs.CoordinateSurvey}, {@link org.planex.crs.DeclaredCrsValidator}) and measurement in a
 * local metric CRS chosen from the data ({@link org.planex.crs.MetricCrsChooser},
 * {@link org.planex.crs.MetricMeasurer}).
 *
 * <p>Inside the JVM every coordinate is x = easting or longitude, y = northing or latitude, whatever the EPSG
 * axis order of the CRS; proj4j works in the same order. Axis order only matters in files
 * ({@link org.planex.model.CrsRef#axisOrder()}).
 *
 * <p>The CRSs planex knows in full (area of use, WKT, family) are EPSG:4490 (CGCS2000), EPSG:4491-4554 (the
 * CGCS2000 Gauss-Kruger 6-degree and 3-degree zones, with and without the zone number in the false easting),
 * EPSG:4326 (WGS 84), the WGS 84 UTM zones EPSG:32601-32660 and 32701-32760, and EPSG:2326 (Hong Kong 1980
 * Grid). Any other code proj4j-epsg defines can be transformed, but is not checked.
 */
package org.planex.crs;
