/**
 * Coordinate reference systems for planex: the whole EPSG registry of geographic 2D and projected CRSs (the
 * EPSG dataset shipped with PROJ, as a compressed catalogue read on first use), transforms between them on
 * proj4j ({@link org.planex.crs.CrsService}, {@link org.planex.crs.GeometryReprojector}, with a user's datum
 * shift {@link org.planex.crs.DatumShift}), the WKT planex writes and reads in {@code .prj} files and
 * GeoPackages ({@link org.planex.crs.CrsWktCatalog}, {@link org.planex.crs.EpsgCodeFinder}), the same through
 * the SPI contract {@link org.planex.spi.crs.CrsDefinitions} for format plugins
 * ({@link org.planex.crs.EpsgCrsDefinitions}), the areas of use of the CRSs plan data is exchanged in
 * ({@link org.planex.crs.CrsCatalog}), checks of coordinates against their declared CRS
 * ({@link org.planex.crs.CoordinateSurvey}, {@link org.planex.crs.DeclaredCrsValidator}) and measurement in a
 * local metric CRS chosen from the data ({@link org.planex.crs.MetricCrsChooser},
 * {@link org.planex.crs.MetricMeasurer}).
 *
 * <p>Inside the JVM every coordinate is x = easting or longitude, y = northing or latitude, whatever the EPSG
 * axis order of the CRS; proj4j works in the same order. Axis order only matters in files
 * ({@link org.planex.model.CrsRef#axisOrder()}).
 *
 * <p>Every EPSG code can be transformed, written and matched. The CRSs whose coordinates planex also checks
 * (area of use, family) are EPSG:4490 (CGCS2000), EPSG:4491-4554 (the CGCS2000 Gauss-Kruger 6-degree and
 * 3-degree zones, with and without the zone number in the false easting), EPSG:4326 (WGS 84), the WGS 84 UTM
 * zones EPSG:32601-32660 and 32701-32760, and EPSG:2326 (Hong Kong 1980 Grid). See {@code docs/crs.md}.
 */
package org.planex.crs;
