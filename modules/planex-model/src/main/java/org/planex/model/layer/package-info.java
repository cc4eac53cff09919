/**
 * The neutral model of local GIS data: named layers of records with a geometry and typed fields, as read
 * from a Shapefile set, a GeoPackage or a GeoJSON file before a profile maps them to the plan model.
 */
package org.planex.model.layer;
