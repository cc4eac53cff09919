/**
 * The ESRI Shapefile format plugin: a folder or a ZIP of shapefile sets ({@code .shp}, {@code .shx},
 * {@code .dbf}, {@code .prj}, {@code .cpg}), one layer per shapefile, read and written with JTS and
 * {@code java.nio} only.
 *
 * <p>Entry point: {@link org.planex.format.shapefile.ShapefileFormatProvider}. Reading streams one record at
 * a time ({@link org.planex.format.shapefile.ShpRecordReader}, {@link org.planex.format.shapefile.DbfReader});
 * text is decoded with the charset chosen by {@link org.planex.format.shapefile.DbfCharsetResolver} (user option,
 * then {@code .cpg}, then the DBF language driver id, then the configured default, GBK). Polygon rings are
 * assembled into polygons with holes by {@link org.planex.format.shapefile.PolygonRingAssembler}. The
 * {@code .prj} is matched to an EPSG code and written (ESRI WKT 1) through the shared
 * {@link org.planex.spi.crs.CrsDefinitions} contract, which planex-crs implements for the whole EPSG registry.
 */
package org.planex.format.shapefile;
