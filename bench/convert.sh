#!/usr/bin/env bash
# Whole-process benchmark: planex against ogr2ogr on the same generated plan layer, in one run.
#
#   bench/convert.sh                         # 1,000,000 zones, 3 runs per tool and conversion
#   N=100000 RUNS=1 bench/convert.sh         # a quick look
#   FOLDER=0 bench/convert.sh                # only the plain single-layer shapefiles (100k and 1M zones)
#
# Two data sets, both from org.planex.bench.PlanLayerGenerator:
# - the folder: zones.shp and boundary.shp (an XZQ layer), N zones; converted to GeoPackage, GeoJSON and a
#   planex package (FOLDER=0 skips it);
# - plain: a single zones.shp, no boundary layer and no planex sidecar, for each size in PLAIN_N; converted
#   to GeoPackage only, with the mapping options in PLAIN_OPTIONS (empty: planex convert zones.shp -o out.gpkg).
#
# Environment: N (zones, default 1000000), RUNS (default 3), SEED (default 20230701), FOLDER (default 1),
# PLAIN_N (sizes of the plain layer, default "100000 1000000"; empty to skip), PLAIN_OPTIONS (default none:
# the layer is copied as it is, as ogr2ogr does; e.g. "--layer-role zones=zones" sends it through the plan
# model), WORK (scratch folder, default /tmp/planex-bench; needs
# about 6 GB), PLANEX_JAR (default: the shaded jar of the build, built if missing), PLANEX_JAVA_OPTS
# (default "-Xmx256m -XX:+UseParallelGC", what the planex launcher uses), PLANEX_CDS (default 1: the planex JVM maps an
# application class-data archive, $WORK/planex.jsa, made by one untimed conversion first; 0: no archive).
# Needs java 17+, maven, GDAL's ogr2ogr and GNU time (/usr/bin/time; Debian package "time").
# Prints one table: conversion, planex median s, ogr2ogr median s, ratio (planex / ogr2ogr), peak RSS of each.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
N=${N:-1000000}
RUNS=${RUNS:-3}
SEED=${SEED:-20230701}
FOLDER=${FOLDER:-1}
PLAIN_N=${PLAIN_N-100000 1000000}
PLAIN_OPTIONS=${PLAIN_OPTIONS-}
PLANEX_CDS=${PLANEX_CDS:-1}
WORK=${WORK:-/tmp/planex-bench}
PLANEX_JAVA_OPTS=${PLANEX_JAVA_OPTS:--Xmx256m -XX:+UseParallelGC}
CLI_JAR=${PLANEX_JAR:-$ROOT/modules/planex-cli/target/planex-cli-0.1.0-SNAPSHOT-all.jar}
BENCH_JAR=$ROOT/modules/planex-bench/target/benchmarks.jar
TIME=/usr/bin/time

for tool in java ogr2ogr ogrinfo mvn; do
    command -v "$tool" >/dev/null || { echo "convert.sh: $tool is not on PATH" >&2; exit 2; }
done
[ -x "$TIME" ] || { echo "convert.sh: $TIME is missing (apt-get install -y time)" >&2; exit 2; }

# shellcheck source=jars.sh
. "$ROOT/bench/jars.sh"
# generate COUNT: makes $WORK/data-COUNT-SEED (zones and boundary) once and prints its path
generate() {
    local data=$WORK/data-$1-$SEED
    if [ ! -f "$data/.complete" ]; then
        rm -rf "$data"
        echo "generating $1 zones into $data" >&2
        java -Xmx512m -cp "$BENCH_JAR" org.planex.bench.PlanLayerGenerator "$data" "$1" "$SEED" >&2
        touch "$data/.complete"
    fi
    echo "$data"
}
# plain COUNT: makes $WORK/plain-COUNT-SEED, the zones layer alone, once and prints its path
plain() {
    local data plain=$WORK/plain-$1-$SEED
    if [ ! -f "$plain/.complete" ]; then
        data=$(generate "$1")
        rm -rf "$plain"
        mkdir -p "$plain"
        cp "$data"/zones.shp "$data"/zones.shx "$data"/zones.dbf "$data"/zones.prj "$data"/zones.cpg "$plain"/
        touch "$plain/.complete"
    fi
    echo "$plain"
}
[ "$FOLDER" = 0 ] || DATA=$(generate "$N")
declare -A PLAIN
for n in $PLAIN_N; do
    PLAIN[$n]=$(plain "$n")
done
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
# shellcheck disable=SC2206
PLAIN_ARGS=($PLAIN_OPTIONS)
if [ "$PLANEX_CDS" != 0 ]; then
    # class-data sharing: one untimed conversion writes the archive of the classes it loaded, every timed run
    # maps it (JDK 17: -XX:ArchiveClassesAtExit, then -XX:SharedArchiveFile); made anew for each copy of the jar
    rm -f "$WORK/planex.jsa"
    sample=$(plain 1000)
    java $PLANEX_JAVA_OPTS -XX:ArchiveClassesAtExit="$WORK/planex.jsa" -jar "$WORK/planex.jar" \
        convert "$sample/zones.shp" -o "$OUT/cds.gpkg" --overwrite "${PLAIN_ARGS[@]}" >/dev/null 2>&1 || true
    rm -f "$OUT/cds.gpkg"
    PLANEX=(java $PLANEX_JAVA_OPTS -XX:SharedArchiveFile="$WORK/planex.jsa" -jar "$WORK/planex.jar")
fi

for ((i = 1; i <= RUNS; i++)); do
    echo "run $i of $RUNS"
    rm -rf "${OUT:?}"/*
    if [ "$FOLDER" != 0 ]; then
        run planex-gpkg "${PLANEX[@]}" convert "$DATA" -o "$OUT/planex.gpkg" "${JURISDICTION[@]}"
        run ogr-gpkg ogr2ogr -f GPKG "$OUT/ogr.gpkg" "$DATA/zones.shp"
        run planex-geojson "${PLANEX[@]}" convert "$DATA" -o "$OUT/planex-geojson" -f geojson "${JURISDICTION[@]}"
        run ogr-geojson ogr2ogr -f GeoJSON "$OUT/ogr.geojson" "$DATA/zones.shp"
        run planex-package "${PLANEX[@]}" convert "$DATA" -o "$OUT/plan.planex.zip" "${JURISDICTION[@]}"
        run ogr-gml ogr2ogr -f GML -dsco FORMAT=GML3.2 "$OUT/ogr.gml" "$DATA/zones.shp"
    fi
    for n in $PLAIN_N; do
        run "planex-plain-$n" "${PLANEX[@]}" convert "${PLAIN[$n]}/zones.shp" -o "$OUT/planex-plain-$n.gpkg" "${PLAIN_ARGS[@]}"
        run "ogr-plain-$n" ogr2ogr -f GPKG "$OUT/ogr-plain-$n.gpkg" "${PLAIN[$n]}/zones.shp"
    done
done

# the outputs of the last run hold every zone
count() {
    ogrinfo -ro -so "$@" 2>/dev/null | sed -n 's/^Feature Count: //p'
}
checks=()
if [ "$FOLDER" != 0 ]; then
    checks+=("$OUT/planex.gpkg zones:$N" "$OUT/ogr.gpkg zones:$N" "$OUT/planex-geojson/zones.geojson zones:$N")
    grep -q "$N features" "$TIMES/planex-package.log" \
        || { echo "convert.sh: the planex package does not report $N features" >&2; exit 1; }
fi
for n in $PLAIN_N; do
    checks+=("$OUT/planex-plain-$n.gpkg zones:$n" "$OUT/ogr-plain-$n.gpkg zones:$n")
done
for check in "${checks[@]}"; do
    # shellcheck disable=SC2086
    c=$(count ${check%:*})
    [ "$c" = "${check##*:}" ] || { echo "convert.sh: ${check%:*} holds $c features, expected ${check##*:}" >&2; exit 1; }
done

median() {
    sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
peak_mb() {
    awk '{ if ($2 > m) m = $2 } END { printf "%.0f", m / 1024 }' "$1"
}

echo
echo "$RUNS runs each; planex JVM options: ${PLANEX[*]:1:${#PLANEX[@]}-3}; $(java -version 2>&1 | head -1); $(ogr2ogr --version)"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
printf '%-44s %10s %10s %7s %10s %10s\n' conversion "planex s" "ogr2ogr s" ratio "planex MB" "ogr2ogr MB"
pairs=()
if [ "$FOLDER" != 0 ]; then
    pairs+=("$N zones, shp -> GeoPackage:gpkg:gpkg" "$N zones, shp -> GeoJSON:geojson:geojson"
        "$N zones, shp -> planex package (vs GML 3.2):package:gml")
fi
for n in $PLAIN_N; do
    pairs+=("plain $n zones, shp -> GeoPackage:plain-$n:plain-$n")
done
for pair in "${pairs[@]}"; do
    IFS=: read -r name p o <<<"$pair"
    pm=$(cut -d' ' -f1 "$TIMES/planex-$p" | median)
    om=$(cut -d' ' -f1 "$TIMES/ogr-$o" | median)
    ratio=$(awk -v a="$pm" -v b="$om" 'BEGIN { printf "%.2f", a / b }')
    printf '%-44s %10s %10s %7s %10s %10s\n' "$name" "$pm" "$om" "$ratio" \
        "$(peak_mb "$TIMES/planex-$p")" "$(peak_mb "$TIMES/ogr-$o")"
done
echo "(seconds are medians of wall-clock time; MB is the largest peak RSS of the runs; raw figures in $TIMES)"
