#!/usr/bin/env bash
# Whole-process benchmark: planex against ogr2ogr on the same generated plan layer, in one run.
#
#   bench/convert.sh                 # 1,000,000 zones, 3 runs per tool and conversion
#   N=100000 RUNS=1 bench/convert.sh # a quick look
#
# Environment: N (zones, default 1000000), RUNS (default 3), SEED (default 20230701),
# WORK (scratch folder, default /tmp/planex-bench; needs about 4 GB), PLANEX_JAVA_OPTS (default -Xmx256m).
# Needs java 17+, maven, GDAL's ogr2ogr and GNU time (/usr/bin/time; Debian package "time").
# Prints one table: conversion, planex median s, ogr2ogr median s, ratio (planex / ogr2ogr), peak RSS of each.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
N=${N:-1000000}
RUNS=${RUNS:-3}
SEED=${SEED:-20230701}
WORK=${WORK:-/tmp/planex-bench}
PLANEX_JAVA_OPTS=${PLANEX_JAVA_OPTS:--Xmx256m}
CLI_JAR=$ROOT/modules/planex-cli/target/planex-cli-0.1.0-SNAPSHOT-all.jar
BENCH_JAR=$ROOT/modules/planex-bench/target/benchmarks.jar
TIME=/usr/bin/time

for tool in java ogr2ogr ogrinfo mvn; do
    command -v "$tool" >/dev/null || { echo "convert.sh: $tool is not on PATH" >&2; exit 2; }
done
[ -x "$TIME" ] || { echo "convert.sh: $TIME is missing (apt-get install -y time)" >&2; exit 2; }

if [ ! -f "$CLI_JAR" ]; then
    (cd "$ROOT" && mvn -B -q -DskipTests install -pl modules/planex-cli -am)
fi
if [ ! -f "$BENCH_JAR" ]; then
    (cd "$ROOT" && mvn -B -q -DskipTests -Pbench install -pl modules/planex-bench -am)
fi

mkdir -p "$WORK"
# a copy, so that a rebuild during the run does not change what is measured
cp "$CLI_JAR" "$WORK/planex.jar"
DATA=$WORK/data-$N-$SEED
if [ ! -f "$DATA/.complete" ]; then
    rm -rf "$DATA"
    echo "generating $N zones into $DATA"
    java -Xmx512m -cp "$BENCH_JAR" org.planex.bench.PlanLayerGenerator "$DATA" "$N" "$SEED"
    touch "$DATA/.complete"
fi
OUT=$WORK/out
TIMES=$WORK/times
rm -rf "$OUT" "$TIMES"
mkdir -p "$OUT" "$TIMES"

# both tools read the attribute text as GBK (the .cpg says so too)
export SHAPE_ENCODING=GBK
JURISDICTION=(--jurisdiction 320509 --jurisdiction-name 吴江区)

# run LABEL COMMAND...: runs the command under GNU time, appends "seconds kilobytes" to $TIMES/LABEL
run() {
    local label=$1
    shift
    if ! "$TIME" -f "%e %M" -o "$TIMES/$label.last" "$@" >"$TIMES/$label.log" 2>&1; then
        echo "convert.sh: $label failed:" >&2
        tail -5 "$TIMES/$label.log" >&2
        exit 1
    fi
    cat "$TIMES/$label.last" >>"$TIMES/$label"
}

# shellcheck disable=SC2206
PLANEX=(java $PLANEX_JAVA_OPTS -jar "$WORK/planex.jar")

for ((i = 1; i <= RUNS; i++)); do
    echo "run $i of $RUNS"
    rm -rf "$OUT"/*
    run planex-gpkg "${PLANEX[@]}" convert "$DATA" -o "$OUT/planex.gpkg" "${JURISDICTION[@]}"
    run ogr-gpkg ogr2ogr -f GPKG "$OUT/ogr.gpkg" "$DATA/zones.shp"
    run planex-geojson "${PLANEX[@]}" convert "$DATA" -o "$OUT/planex-geojson" -f geojson "${JURISDICTION[@]}"
    run ogr-geojson ogr2ogr -f GeoJSON "$OUT/ogr.geojson" "$DATA/zones.shp"
    run planex-package "${PLANEX[@]}" convert "$DATA" -o "$OUT/plan.planex.zip" "${JURISDICTION[@]}"
    run ogr-gml ogr2ogr -f GML -dsco FORMAT=GML3.2 "$OUT/ogr.gml" "$DATA/zones.shp"
done

# the outputs of the last run hold every zone
count() {
    ogrinfo -ro -so "$@" 2>/dev/null | sed -n 's/^Feature Count: //p'
}
for check in "$OUT/planex.gpkg zones" "$OUT/ogr.gpkg zones" "$OUT/planex-geojson/zones.geojson zones"; do
    # shellcheck disable=SC2086
    c=$(count $check)
    [ "$c" = "$N" ] || { echo "convert.sh: $check holds $c features, expected $N" >&2; exit 1; }
done
grep -q "$N features" "$TIMES/planex-package.log" \
    || { echo "convert.sh: the planex package does not report $N features" >&2; exit 1; }

median() {
    sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
peak_mb() {
    awk '{ if ($2 > m) m = $2 } END { printf "%.0f", m / 1024 }' "$1"
}

echo
echo "$N zones, $RUNS runs each; planex JVM options: $PLANEX_JAVA_OPTS; $(java -version 2>&1 | head -1); $(ogr2ogr --version)"
printf '%-34s %10s %10s %7s %10s %10s\n' conversion "planex s" "ogr2ogr s" ratio "planex MB" "ogr2ogr MB"
for pair in "shp -> GeoPackage:gpkg:gpkg" "shp -> GeoJSON:geojson:geojson" "shp -> planex package (vs GML 3.2):package:gml"; do
    IFS=: read -r name p o <<<"$pair"
    pm=$(cut -d' ' -f1 "$TIMES/planex-$p" | median)
    om=$(cut -d' ' -f1 "$TIMES/ogr-$o" | median)
    ratio=$(awk -v a="$pm" -v b="$om" 'BEGIN { printf "%.2f", a / b }')
    printf '%-34s %10s %10s %7s %10s %10s\n' "$name" "$pm" "$om" "$ratio" \
        "$(peak_mb "$TIMES/planex-$p")" "$(peak_mb "$TIMES/ogr-$o")"
done
echo "(seconds are medians of wall-clock time; MB is the largest peak RSS of the runs; raw figures in $TIMES)"
