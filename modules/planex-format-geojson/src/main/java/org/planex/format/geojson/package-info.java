/**
 * The GeoJSON format plugin: RFC 7946 FeatureCollections and RFC 8142 text sequences as layers, read and
 * written with a streaming JSON parser and a small JTS geometry codec, so that memory stays flat for files of
 * any size. Field types survive a round trip through the {@code planex:fields} foreign member; legacy
 * {@code crs} members carry CRSs other than WGS 84.
 */
package org.planex.format.geojson;
