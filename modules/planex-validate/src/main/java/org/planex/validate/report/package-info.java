/**
 * Report writers: text (one line per issue), JSON (the documented schema, {@code schemaVersion} 1.1), GeoJSON
 * (issue markers for QGIS, RFC 7946) and a self-contained HTML page with an interactive Leaflet map (inlined, offline). {@link
 * org.planex.validate.report.ReportFormat} picks one; {@link org.planex.validate.report.ReportFiles} writes a
 * file atomically.
 */
package org.planex.validate.report;
