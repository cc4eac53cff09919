/**
 * Benchmarks of planex: JMH micro-benchmarks of the hot paths (GML codec, shapefile record and DBF decoding,
 * GeoPackage inserts, the plan boundary as the union of the zones) and
 * {@link org.planex.bench.PlanLayerGenerator}, the seeded generator of the data that {@code bench/convert.sh}
 * converts with planex and with {@code ogr2ogr}.
 */
package org.planex.bench;
