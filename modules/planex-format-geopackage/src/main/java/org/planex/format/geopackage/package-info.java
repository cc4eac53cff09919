/**
 * The GeoPackage format plugin: layers as feature and attribute tables with R-tree spatial indexes, SRS rows with
 * OGC WKT for CGCS2000 and its Gauss-Kruger zones, a {@code planex_metadata} table that keeps the plan header (the
 * SPI's one stored form, {@link org.planex.spi.PlanHeaderText}) and the exact field types, and a
 * {@code planex_boundary} table with the plan boundary as WKB (one polygon per row), so that a planex-written
 * GeoPackage converts back to the same package. GeoPackages of planex 0.1, whose header is JSON, are still read.
 * Built on plain SQLite JDBC with its own GeoPackage geometry codec over JTS WKB.
 */
package org.planex.format.geopackage;
