/**
 * Benchmarks of planex: JMH micro-benchmarks of the hot paths (GML codec, shapefile reading, GeoPackage
 * inserts, the plan boundary as the union of the zones), the benchmark programs in
 * {@link org.planex.bench.programs}, and
 * {@link org.planex.bench.PlanLayerGenerator}, the seeded generator of the data that {@code bench/convert.sh}
 * converts with planex and with {@code ogr2ogr}.
 */
package org.planex.bench;
