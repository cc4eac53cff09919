#!/usr/bin/env bash
# Fault injection on every writer (issue 15, part 3): the build's fault x format matrix (modules/planex-fuzz,
# FaultMatrixTest) with more kills per cell, printed as the Markdown table for the issue note.
#
#   bench/faults.sh               # 5 SIGKILLs per (kill fault, format) cell
#   bench/faults.sh 20            # more
#   SEED=7 bench/faults.sh 10
#
# Needs root (a tmpfs is mounted for the full disk, chattr +i makes a folder read-only) or, as a normal user, the
# full-disk cells are skipped. Builds offline and never installs. Exit status: 0 when every cell held, 1 otherwise.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
KILLS=${1:-5}
SEED=${SEED:-20261203}
MATRIX=$ROOT/modules/planex-fuzz/target/fault-matrix.md

command -v mvn >/dev/null || { echo "faults.sh: mvn is not on PATH" >&2; exit 2; }
rm -f "$MATRIX"
cd "$ROOT"
status=0
nice -n 10 mvn -B -o -q -pl modules/planex-fuzz -am verify -Dtest=FaultMatrixTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Dfaults.kills="$KILLS" -Dfaults.seed="$SEED" >/dev/null 2>&1 || status=1
if [[ ! -s "$MATRIX" ]]; then
    echo "faults.sh: no matrix at $MATRIX; run the command above without -q to see why" >&2
    exit 2
fi
echo "fault matrix: $KILLS kills per kill cell, seed $SEED"
cat "$MATRIX"
exit $status
