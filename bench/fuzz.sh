#!/usr/bin/env bash
# Long fuzz campaign over every planex reader (issue 15, part 2): the same seeded, structure-aware cases as the
# build's bounded run (modules/planex-fuzz, ReaderFuzzTest), only more of them.
#
#   bench/fuzz.sh                 # 20,000 cases per reader
#   bench/fuzz.sh 100000          # more
#   SEED=7 READER=geojson bench/fuzz.sh 50000
#
# Environment: SEED (base seed, default 20261203; case i of a reader is the same for the same seed), READER (one of
# shapefile, shapefile-zip, geopackage, geojson, planex-package, plan-xml; default all). Builds offline and never installs.
# Prints per reader: cases, read to the end, refused with a located PlanexException, failures, cases per second.
# A failing input is kept under modules/planex-fuzz/target/fuzz-failures/<reader>/case-N/ with its cause.txt;
# minimise it and move it to modules/planex-fuzz/src/test/resources/regressions/<reader>/ with the fix.
# Exit status: 0 without failures, 1 with.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
CASES=${1:-20000}
SEED=${SEED:-20261203}
READER=${READER:-}
SUMMARY=$ROOT/modules/planex-fuzz/target/fuzz-summary.txt

command -v mvn >/dev/null || { echo "fuzz.sh: mvn is not on PATH" >&2; exit 2; }
rm -f "$SUMMARY"
cd "$ROOT"
status=0
nice -n 10 mvn -B -o -q -pl modules/planex-fuzz -am verify -Dtest=ReaderFuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dfuzz.cases="$CASES" -Dfuzz.seed="$SEED" -Dfuzz.reader="$READER" >/dev/null 2>&1 || status=1
if [[ ! -s "$SUMMARY" ]]; then
    echo "fuzz.sh: no summary at $SUMMARY; run the command above without -q to see why" >&2
    exit 2
fi
echo "fuzz campaign: $CASES cases per reader, seed $SEED"
cat "$SUMMARY"
exit $status
