#!/usr/bin/env bash
# Runs one benchmark program of modules/planex-bench (org.planex.bench.programs) from the benchmark jar.
#
#   bench/program.sh NAME [ARGS...]        # e.g. bench/program.sh PackageThroughputBenchmark 10000
#   JAVA_OPTS=-Xmx3g bench/program.sh PairValidationBenchmark 250000 /tmp/bench
#
# NAME is a class of org.planex.bench.programs: PackageThroughputBenchmark, PairValidationBenchmark, PlanRegionGenerator,
# CrsCheckBenchmark, GeoPackageWriteBenchmark, ShapefileStreamingBenchmark (docs/performance.md gives their arguments).
# Environment: JAVA_OPTS (default -Xmx1g), BENCH_JAR (default the -Pbench build of the module, built if missing).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
if [ $# -lt 1 ]; then
  sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
NAME=$1
shift
BENCH_JAR=${BENCH_JAR:-$ROOT/modules/planex-bench/target/benchmarks.jar}
if [ ! -f "$BENCH_JAR" ]; then
  (cd "$ROOT" && mvn -B -q -Pbench -DskipTests -pl modules/planex-bench -am package)
fi
# shellcheck disable=SC2086
exec java ${JAVA_OPTS:--Xmx1g} -cp "$BENCH_JAR" "org.planex.bench.programs.$NAME" "$@"
