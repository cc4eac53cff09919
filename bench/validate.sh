#!/usr/bin/env bash
# Whole-process benchmark: planex validate against PostGIS on the same generated neighbouring plans, in one run.
#
#   bench/validate.sh                        # a pair of 250,000-zone plans, 3 runs of each side
#   N=50000 RUNS=1 bench/validate.sh         # a quick look
#   REGION=1 bench/validate.sh               # a region of 4 x 4 plans of 100,000 zones (N defaults to 100000)
#
# The data comes from org.planex.bench.programs.PlanRegionGenerator: R x C plans (pair 1 x 2, region 4 x 4) of N
# zones each as planex packages, whose shared borders have strips of overlap and of gap of known area, and SELF
# zones per plan that overlap a neighbour zone of the same plan (known area). Each run, the two sides alternate:
# - planex: `planex validate PACKAGE... --report json -o FILE` (the shaded jar, all bundled rules; JVM start and
#   parse included), under /usr/bin/time for wall time and peak RSS;
# - PostGIS: the packages are converted to GeoPackage by planex once (untimed); then, timed: load each plan
#   (ogr2ogr -f PostgreSQL, no index), index (GIST + ANALYZE), then per border the overlap (the polygons of the
#   union of the intersections of the zones of both sides whose interiors meet), per border the gap (the holes of
#   the union of both sides' zones within border-width of the other side's extent) and per plan the self-overlap
#   (pairs of zones of one plan whose interiors meet, and the area of their intersections).
# Prints one table: each side's median time and its steps, the ratio planex / PostGIS, planex's peak RSS, and the
# overlap, gap and self-overlap areas of planex (from its JSON report), of PostGIS and of the generator, with
# "agree" when within 0.1 %.
#
# Environment: N (zones per plan; default 250000, or 100000 with REGION=1), REGION (0: pair, 1: 4 x 4 region),
# RUNS (default 3), SEED (default 20230701), SELF (self-overlapping zones per plan, default 100), WORK (scratch
# folder, default /tmp/planex-pgbench; about 1 GB per million zones), PLANEX_JAVA_OPTS (default -Xmx1g for the
# pair, -Xmx2g for the region; the planex launcher's -XX:+UseParallelGC is added), PLANEX_JAR (default the shaded
# jar of the build, built if missing), PGDATABASE (scratch database, default planex_bench; dropped and created),
# PLANEX_SIDE (default 1; 0 times PostGIS alone, e.g. when planex does not finish at that size).
# Installs postgresql and postgis with apt-get when missing (needs root) and starts the Debian cluster.
# Needs java 17+, maven, python3, GDAL's ogr2ogr and GNU time (/usr/bin/time).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
REGION=${REGION:-0}
if [ "$REGION" = 1 ]; then ROWS=4 COLS=4 N=${N:-100000} HEAP=-Xmx2g; else ROWS=1 COLS=2 N=${N:-250000} HEAP=-Xmx1g; fi
RUNS=${RUNS:-3}
SEED=${SEED:-20230701}
SELF=${SELF:-100}
PLANEX_SIDE=${PLANEX_SIDE:-1}
WORK=${WORK:-/tmp/planex-pgbench}
PLANEX_JAVA_OPTS=${PLANEX_JAVA_OPTS:-$HEAP}
CLI_JAR=${PLANEX_JAR:-$ROOT/modules/planex-cli/target/planex-cli-0.1.0-SNAPSHOT-all.jar}
BENCH_JAR=$ROOT/modules/planex-bench/target/benchmarks.jar
export PGDATABASE=${PGDATABASE:-planex_bench}
BORDER_WIDTH=200
TIME=/usr/bin/time

for tool in java mvn python3 ogr2ogr; do
    command -v "$tool" >/dev/null || { echo "validate.sh: $tool is not on PATH" >&2; exit 2; }
done
[ -x "$TIME" ] || { echo "validate.sh: $TIME is missing (apt-get install -y time)" >&2; exit 2; }

# PostgreSQL and PostGIS from Debian's packages, the cluster started, a role for this user, a scratch database
if ! command -v pg_lsclusters >/dev/null || ! ls /usr/share/postgresql/*/extension/postgis.control >/dev/null 2>&1; then
    echo "installing postgresql and postgis" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql postgis >&2
fi
read -r PG_VERSION PG_CLUSTER PG_STATUS < <(pg_lsclusters -h | awk 'NR == 1 {print $1, $2, $4}')
if [ "$PG_STATUS" != online ]; then
    # pg_ctlcluster can report a failure while the server comes up; what counts is the cluster being online
    pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start || sleep 2
    pg_lsclusters -h | awk 'NR == 1 {print $4}' | grep -qx online
fi
as_postgres() { (cd / && runuser -u postgres -- "$@"); }
as_postgres psql -X -q -c "DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$(id -un)') THEN
    CREATE ROLE \"$(id -un)\" SUPERUSER LOGIN; END IF; END \$\$;" postgres
as_postgres dropdb --if-exists "$PGDATABASE"
as_postgres createdb -O "$(id -un)" "$PGDATABASE"
PSQL=(psql -X -q -At -v ON_ERROR_STOP=1)
"${PSQL[@]}" -c "CREATE EXTENSION postgis"

# shellcheck source=jars.sh
. "$ROOT/bench/jars.sh"
PLANEX=(java -XX:+UseParallelGC $PLANEX_JAVA_OPTS -jar "$WORK/planex.jar")

# the packages and their GeoPackage copies, made once per size, seed and number of self-overlaps
DATA=$WORK/data-${ROWS}x${COLS}-$N-$SEED-$SELF
if [ ! -f "$DATA/.complete" ]; then
    rm -rf "$DATA"
    echo "generating $ROWS x $COLS plans of $N zones into $DATA" >&2
    java -Xmx2g -cp "$BENCH_JAR" org.planex.bench.programs.PlanRegionGenerator "$DATA" "$ROWS" "$COLS" "$N" "$SELF" \
        "$SEED" >&2
    for ((r = 0; r < ROWS; r++)); do
        for ((c = 0; c < COLS; c++)); do
            "${PLANEX[@]}" convert "$DATA/plan-$r-$c" -o "$DATA/plan-$r-$c.gpkg" >&2
        done
    done
    touch "$DATA/.complete"
fi
PACKAGES=()
for ((r = 0; r < ROWS; r++)); do for ((c = 0; c < COLS; c++)); do PACKAGES+=("$DATA/plan-$r-$c"); done; done

OUT=$WORK/out
rm -rf "$OUT"
mkdir -p "$OUT"
TIMES=$OUT/times.tsv     # run, side, step, seconds
AREAS=$OUT/postgis.tsv   # what, first, second, pieces, area (the last run)
: >"$TIMES"

# timed RUN STEP COMMAND...: runs the command and appends its wall time to $TIMES
timed() {
    local run=$1 step=$2 start end
    shift 2
    start=$(date +%s.%N)
    "$@" >>"$OUT/postgis.log"
    end=$(date +%s.%N)
    echo -e "$run\tpostgis\t$step\t$(awk "BEGIN {print $end - $start}")" >>"$TIMES"
}
# the SQL of one border: the first side's table, the second's; prints "pieces area"
overlap_sql() {
    echo "WITH eb AS (SELECT ST_Extent(geom)::geometry AS box FROM $2),
        cut AS (SELECT ST_CollectionExtract(ST_Intersection(a.geom, b.geom), 3) AS g FROM eb, $1 a JOIN $2 b
            ON a.geom && b.geom AND ST_Relate(a.geom, b.geom, '2********') WHERE a.geom && eb.box),
        pieces AS (SELECT (ST_Dump(ST_Union(g))).geom AS p FROM cut)
        SELECT count(*), coalesce(sum(ST_Area(p)), 0) FROM pieces"
}
gap_sql() {
    echo "WITH ea AS (SELECT ST_Expand(ST_Extent(geom)::geometry, $BORDER_WIDTH) AS box FROM $1),
        eb AS (SELECT ST_Expand(ST_Extent(geom)::geometry, $BORDER_WIDTH) AS box FROM $2),
        band AS (SELECT a.geom FROM $1 a, eb WHERE a.geom && eb.box
            UNION ALL SELECT b.geom FROM $2 b, ea WHERE b.geom && ea.box),
        parts AS (SELECT (ST_Dump(ST_Union(geom))).geom AS p FROM band),
        holes AS (SELECT ST_MakePolygon(ST_InteriorRingN(p, i)) AS h FROM parts,
            generate_series(1, ST_NumInteriorRings(p)) i)
        SELECT count(*), coalesce(sum(ST_Area(h)), 0) FROM holes"
}
self_sql() {
    echo "SELECT count(*), coalesce(sum(ST_Area(ST_Intersection(a.geom, b.geom))), 0) FROM $1 a JOIN $1 b
        ON a.fid < b.fid AND a.geom && b.geom AND ST_Relate(a.geom, b.geom, '2********')"
}
# the borders: "r1 c1 r2 c2", east and north neighbours
BORDERS=()
for ((r = 0; r < ROWS; r++)); do
    for ((c = 0; c < COLS; c++)); do
        if ((c + 1 < COLS)); then BORDERS+=("$r $c $r $((c + 1))"); fi
        if ((r + 1 < ROWS)); then BORDERS+=("$r $c $((r + 1)) $c"); fi
    done
done

postgis() {
    local run=$1 r c r2 c2 line
    for ((r = 0; r < ROWS; r++)); do
        for ((c = 0; c < COLS; c++)); do
            "${PSQL[@]}" -c "DROP TABLE IF EXISTS z_${r}_$c"
        done
    done
    timed "$run" load bash -c 'for g in "$@"; do
        t=$(basename "$g" .gpkg); t=z_${t#plan-}; t=${t//-/_}
        ogr2ogr -f PostgreSQL PG:dbname=$PGDATABASE "$g" zones -nln "$t" -nlt MULTIPOLYGON \
            -lco GEOMETRY_NAME=geom -lco FID=fid -lco SPATIAL_INDEX=NONE
    done' _ "$DATA"/plan-*.gpkg
    local index=""
    for ((r = 0; r < ROWS; r++)); do
        for ((c = 0; c < COLS; c++)); do
            index+="CREATE INDEX ON z_${r}_$c USING gist (geom); ANALYZE z_${r}_$c; "
        done
    done
    timed "$run" index "${PSQL[@]}" -c "$index"
    : >"$AREAS"
    for line in "${BORDERS[@]}"; do
        read -r r c r2 c2 <<<"$line"
        timed "$run" overlap "${PSQL[@]}" -F ' ' -c "$(overlap_sql "z_${r}_$c" "z_${r2}_$c2")"
        echo -e "overlap\tR${r}C$c\tR${r2}C$c2\t$(tail -1 "$OUT/postgis.log" | tr ' ' '\t')" >>"$AREAS"
        timed "$run" gap "${PSQL[@]}" -F ' ' -c "$(gap_sql "z_${r}_$c" "z_${r2}_$c2")"
        echo -e "gap\tR${r}C$c\tR${r2}C$c2\t$(tail -1 "$OUT/postgis.log" | tr ' ' '\t')" >>"$AREAS"
    done
    for ((r = 0; r < ROWS; r++)); do
        for ((c = 0; c < COLS; c++)); do
            timed "$run" self-overlap "${PSQL[@]}" -F ' ' -c "$(self_sql "z_${r}_$c")"
            echo -e "self\tR${r}C$c\t-\t$(tail -1 "$OUT/postgis.log" | tr ' ' '\t')" >>"$AREAS"
        done
    done
}

planex() {
    local run=$1 rc=0
    "$TIME" -f "%e %M" -o "$OUT/planex.time" "${PLANEX[@]}" validate "${PACKAGES[@]}" --report json \
        -o "$OUT/planex.json" >"$OUT/planex.log" 2>&1 || rc=$?
    # 3: the plans have errors (they do, on purpose); anything else is a failure of the run
    if [ "$rc" != 0 ] && [ "$rc" != 3 ]; then
        echo "validate.sh: planex validate exited with $rc:" >&2
        cat "$OUT/planex.log" >&2
        exit 1
    fi
    read -r seconds kb < <(tail -1 "$OUT/planex.time")
    echo -e "$run\tplanex\tvalidate\t$seconds\t$kb" >>"$TIMES"
}

for ((run = 1; run <= RUNS; run++)); do
    if [ "$PLANEX_SIDE" != 0 ]; then
        echo "run $run of $RUNS: planex" >&2
        planex "$run"
    fi
    echo "run $run of $RUNS: PostGIS" >&2
    postgis "$run"
done

echo
ZONES=$(python3 -c "import json, sys; print(json.load(open(sys.argv[1]))['zonesPerPlan'])" "$DATA/expected.json")
echo "$ROWS x $COLS plans of $ZONES zones, ${#BORDERS[@]} border(s), $SELF self-overlaps per plan, $RUNS run(s);" \
    "$(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "planex: ${PLANEX[*]} validate ... --report json; PostGIS $("${PSQL[@]}" -c 'SELECT postgis_lib_version()')" \
    "on PostgreSQL $PG_VERSION; the work folder is $OUT"
python3 - "$TIMES" "$AREAS" "$OUT/planex.json" "$DATA/expected.json" <<'EOF'
import collections, json, statistics, sys

times, areas, report, expected = sys.argv[1:5]
runs = collections.defaultdict(lambda: collections.defaultdict(float))
rss = []
for line in open(times):
    f = line.split('\t')
    runs[(f[1], f[2])][f[0]] += float(f[3])
    if f[1] == 'planex':
        rss.append(int(f[4]) / 1024)
steps = [k for k in runs if k[0] == 'postgis']
planex = list(runs[('planex', 'validate')].values())
postgis = [sum(runs[k][r] for k in steps) for r in runs[steps[0]]]
print()
print('| side | step | median s | runs s |')
print('|---|---|---|---|')
fmt = lambda xs: ', '.join('%.2f' % x for x in xs)
if planex:
    print('| planex | validate (JVM, parse, all rules) | %.2f | %s |' % (statistics.median(planex), fmt(planex)))
for k in steps:
    v = list(runs[k].values())
    print('| PostGIS | %s | %.2f | %s |' % (k[1], statistics.median(v), fmt(v)))
print('| PostGIS | total | %.2f | %s |' % (statistics.median(postgis), fmt(postgis)))
if planex:
    print()
    print('ratio of medians planex / PostGIS: **%.2f**; planex peak RSS: %.0f MB (max of %s MB)'
          % (statistics.median(planex) / statistics.median(postgis), max(rss), fmt(rss)))

known = json.load(open(expected))
issues = json.load(open(report))['issues'] if planex else []
def planex_area(rule, first, second=None):
    pk = [first] if second is None else [first, second]
    xs = [i['measures']['area_m2'] for i in issues if i['rule'] == rule and sorted(i['packages']) == sorted(pk)]
    return len(xs), sum(xs)
pg = {}
for line in open(areas):
    what, first, second, n, area = line.rstrip('\n').split('\t')
    pg[(what, first, second)] = (int(n), float(area))
rows = []
for b in known['borders']:
    for what, rule, key in (('overlap', 'BORDER.OVERLAP', 'overlap'), ('gap', 'BORDER.GAP', 'gap')):
        rows.append(('%s %s / %s' % (what, b['first'], b['second']), b[key + 's'], b[key + '_m2'],
                     planex_area(rule, b['first'], b['second']), pg[(what, b['first'], b['second'])]))
for p in known['plans']:
    rows.append(('self-overlap %s' % p['id'], p['selfOverlaps'], p['selfOverlap_m2'],
                 planex_area('TOPO.OVERLAP', p['id']), pg[('self', p['id'], '-')]))
agree = lambda a, k: abs(a - k) <= 0.001 * k if k else a == 0
print()
print('| measure | known pieces, m2 | planex pieces, m2 | PostGIS pieces, m2 | planex | PostGIS |')
print('|---|---|---|---|---|---|')
total = collections.defaultdict(lambda: [0, 0, 0, 0, 0, 0, 0, 0])
for name, kn, ka, (xn, xa), (gn, ga) in rows:
    kind = name.split(' ')[0]
    t = total[kind]
    for i, v in enumerate((kn, ka, xn, xa, gn, ga)):
        t[i] += v
    t[6] += agree(xa, ka) and xn == kn
    t[7] += agree(ga, ka) and gn == kn
    if len(rows) <= 8:
        print('| %s | %d, %.2f | %d, %.2f | %d, %.2f | %s | %s |' % (name, kn, ka, xn, xa, gn, ga,
              ('agree' if agree(xa, ka) and xn == kn else 'DIFFER') if planex else 'not run',
              'agree' if agree(ga, ka) and gn == kn else 'DIFFER'))
count = collections.Counter(name.split(' ')[0] for name, *_ in rows)
for kind, t in total.items():
    print('| %s, all %d | %d, %.2f | %d, %.2f | %d, %.2f | %d/%d agree | %d/%d agree |'
          % (kind, count[kind], t[0], t[1], t[2], t[3], t[4], t[5], t[6], count[kind], t[7], count[kind]))
EOF
