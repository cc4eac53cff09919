/**
 * The GeoPackage format plugin: layers as feature and attribute tables with R-tree spatial indexes, SRS rows with
 * OGC WKT for CGCS2000 and its Gauss-Kruger zones, and a {@code planex_metadata} table that keeps the plan header
 * (as JSON) and the exact field types, so that a planex-written GeoPackage converts back to the same package.
 * Built on plain SQLite JDBC with its own GeoPackage geometry codec over JTS WKB.
 */
package org.planex.format.geopackage;
