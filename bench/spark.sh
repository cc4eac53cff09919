#!/usr/bin/env bash
# Benchmark of planex-spark (Apache Sedona in Spark local mode) against single-machine `planex validate` over the
# same generated regions: square grids of jurisdictions (4 x 4 = 16, 10 x 10 = 100, 20 x 20 = 400 by default) of N
# zones each, from org.planex.bench.programs.PlanRegionGenerator (perturbed borders with known overlap and gap
# areas; `SIZES=53 N=...` gives a country of 2,809). For each size it prints both wall times and peak RSS, and the
# counts and total areas of BORDER.OVERLAP and BORDER.GAP each engine found next to the generator's, and whether the
# two reports have the same issues (ids, packages, features; measures within 0.1 %).
#
#   bench/spark.sh                       # 16, 100 and 400 jurisdictions of 2,500 zones, local[2]
#   SIZES="4 10" N=10000 bench/spark.sh  # 16 and 100 jurisdictions of 10,000 zones
#
# Environment: SIZES (grid sides, default "4 10 20"), N (zones per plan, default 2500), CORES (local[CORES] and
# the single machine's threads, default all), HEAP (both JVMs, default -Xmx6g), WORK (default /tmp/planex-sparkbench).
# Needs java 17+, maven, python3 and GNU time (/usr/bin/time).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
SIZES=${SIZES:-"4 10 20"}
N=${N:-2500}
CORES=${CORES:-$(nproc)}
HEAP=${HEAP:--Xmx6g}
WORK=${WORK:-/tmp/planex-sparkbench}
CLI_JAR="$ROOT/modules/planex-cli/target/planex-cli-0.1.0-SNAPSHOT-all.jar"
BENCH_JAR="$ROOT/modules/planex-bench/target/benchmarks.jar"
SPARK="$ROOT/modules/planex-spark/planex-spark"
. "$ROOT/bench/jars.sh"
if [ ! -d "$ROOT/modules/planex-spark/target/spark-lib" ]; then
    (cd "$ROOT" && mvn -B -q -DskipTests package -pl modules/planex-spark -am)
fi
command -v /usr/bin/time >/dev/null || { echo "bench/spark.sh needs GNU time (apt-get install time)" >&2; exit 1; }

OUT=$WORK/out
mkdir -p "$OUT"
echo "planex-spark against planex validate: $N zones per plan, $CORES cores, $HEAP, $(nproc) cores on the machine"
printf '%-14s %-8s %9s %9s %8s %s\n' jurisdictions engine seconds "RSS MB" pairs "overlaps (n, m2) | gaps (n, m2)"
for side in $SIZES; do
    DATA=$WORK/data-$side-$N
    if [ ! -f "$DATA/.complete" ]; then
        rm -rf "$DATA"
        java -Xmx4g -cp "$BENCH_JAR" org.planex.bench.programs.PlanRegionGenerator "$DATA" "$side" "$side" "$N" 0 \
            20261203 > "$OUT/generate-$side.log"
        touch "$DATA/.complete"
    fi
    INPUTS=()
    for ((r = 0; r < side; r++)); do for ((c = 0; c < side; c++)); do INPUTS+=("$DATA/plan-$r-$c"); done; done
    /usr/bin/time -f "%e %M" -o "$OUT/single-$side.time" java $HEAP -XX:+UseParallelGC -jar "$WORK/planex.jar" \
        validate -q --report json -o "$OUT/single-$side.json" "${INPUTS[@]}" > "$OUT/single-$side.log" 2>&1 || true
    PLANEX_SPARK_JAVA_OPTS="$HEAP -XX:+UseParallelGC" /usr/bin/time -f "%e %M" -o "$OUT/spark-$side.time" \
        "$SPARK" --master "local[$CORES]" -o "$OUT/spark-$side.json" "${INPUTS[@]}" > "$OUT/spark-$side.log" 2>&1 || true
    python3 - "$side" "$DATA/expected.json" "$OUT/single-$side.json" "$OUT/spark-$side.json" \
        "$OUT/single-$side.time" "$OUT/spark-$side.time" <<'PY'
import json, sys
side, expected, single, spark, single_time, spark_time = sys.argv[1:]
exp = json.load(open(expected))
def totals(report):
    out = {}
    for rule in ("BORDER.OVERLAP", "BORDER.GAP"):
        areas = [i["measures"]["area_m2"] for i in report["issues"] if i["rule"] == rule]
        out[rule] = (len(areas), sum(areas))
    return out
def key(i):
    return (i["rule"], i["severity"], i.get("kind"), tuple(i.get("packages", [])), tuple(i.get("features", [])))
def same(a, b):
    ka = sorted(a["issues"], key=lambda i: (key(i), i["measures"].get("area_m2", 0)))
    kb = sorted(b["issues"], key=lambda i: (key(i), i["measures"].get("area_m2", 0)))
    if len(ka) != len(kb):
        return False
    for x, y in zip(ka, kb):
        if key(x) != key(y) or x["measures"].keys() != y["measures"].keys():
            return False
        for m, v in x["measures"].items():
            if abs(v - y["measures"][m]) > 0.001 * max(abs(v), abs(y["measures"][m])) + 1e-9:
                return False
    return True
borders = exp["borders"]
eo = exp["total"]["overlap_m2"]; eg = exp["total"]["gap_m2"]
no = sum(b["overlaps"] for b in borders); ng = sum(b["gaps"] for b in borders)
n = int(side) ** 2
print(f"{n:<14d} {'expected':<8s} {'':>9s} {'':>9s} {len(borders):>8d} {no} / {eo:,.1f} m2 | {ng} / {eg:,.1f} m2")
reports = {}
for name, path, t in (("single", single, single_time), ("spark", spark, spark_time)):
    secs, rss = open(t).read().split()[-2:]
    try:
        r = json.load(open(path)); reports[name] = r
        tt = totals(r)
        print(f"{n:<14d} {name:<8s} {float(secs):>9.1f} {int(rss) / 1024:>9.0f} {len(r['borders']):>8d} "
              f"{tt['BORDER.OVERLAP'][0]} / {tt['BORDER.OVERLAP'][1]:,.1f} m2 | {tt['BORDER.GAP'][0]} / {tt['BORDER.GAP'][1]:,.1f} m2")
    except (OSError, ValueError) as e:
        print(f"{n:<14d} {name:<8s} {float(secs):>9.1f} {int(rss) / 1024:>9.0f} failed: {e}")
stages = [l.strip() for l in open(spark.replace(".json", ".log"), errors="replace") if l.startswith("planex-spark:")]
if stages:
    print(f"{n:<14d} {stages[-1]}")
if len(reports) == 2:
    print(f"{n:<14d} same issues (ids, packages, features, measures within 0.1 %): {same(reports['single'], reports['spark'])}")
PY
done
