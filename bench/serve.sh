#!/usr/bin/env bash
# Load benchmark of planex serve: the shaded jar serves in its own JVM on loopback, and ServeLoadTest
# (modules/planex-serve) sends CLIENTS x REQUESTS validations of the three YRD packages at once (multipart, about
# 150 KB each: the packages are zipped), checks every answer (200 with the six errors of the example, or 503 with Retry-After), checks that
# nothing is left in the server's temporary folder, and prints throughput and latency (p50, p95, max).
#
#   bench/serve.sh                            # 200 requests at once, --jobs 2, a queue that holds them all
#   QUEUE=32 bench/serve.sh                   # the default queue: the requests beyond it get 503 at once
#   CLIENTS=50 REQUESTS=4 bench/serve.sh      # 50 clients sending 4 each
#
# Environment: CLIENTS (default 200), REQUESTS per client (default 1), JOBS (default 2), QUEUE (default 256),
# MAX_WAIT seconds in the queue (default 600), PORT (default 18080), WORK (default /tmp/planex-servebench),
# PLANEX_JAVA_OPTS for the server (default -Xmx1g). Needs java 17+, maven and curl.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
CLIENTS=${CLIENTS:-200}
REQUESTS=${REQUESTS:-1}
JOBS=${JOBS:-2}
QUEUE=${QUEUE:-256}
MAX_WAIT=${MAX_WAIT:-600}
PORT=${PORT:-18080}
WORK=${WORK:-/tmp/planex-servebench}
PLANEX_JAVA_OPTS=${PLANEX_JAVA_OPTS:--Xmx1g}
CLI_JAR="$ROOT/modules/planex-cli/target/planex-cli-0.1.0-SNAPSHOT-all.jar"
BENCH_JAR="$CLI_JAR" # jars.sh also builds the benchmark jar, which this benchmark does not use
. "$ROOT/bench/jars.sh"

SPOOL="$WORK/spool"
rm -rf "$SPOOL" && mkdir -p "$SPOOL"
# shellcheck disable=SC2086
java $PLANEX_JAVA_OPTS -jar "$WORK/planex.jar" serve --port "$PORT" --jobs "$JOBS" --queue "$QUEUE" \
    --max-wait "$MAX_WAIT" --temp "$SPOOL" > "$WORK/serve.log" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
    curl -fs "http://127.0.0.1:$PORT/health" > /dev/null && break
    sleep 0.2
done
curl -fs "http://127.0.0.1:$PORT/health" > /dev/null || { echo "planex serve did not start:" >&2; cat "$WORK/serve.log" >&2; exit 1; }

echo "planex serve on port $PORT: --jobs $JOBS --queue $QUEUE --max-wait $MAX_WAIT, $PLANEX_JAVA_OPTS, $(nproc) cores"
(cd "$ROOT" && mvn -B -o -pl modules/planex-serve -am -Dsurefire.failIfNoSpecifiedTests=false -Dtest=ServeLoadTest \
    -Dplanex.serve.url="http://127.0.0.1:$PORT/" -Dplanex.serve.temp="$SPOOL" -Dplanex.serve.clients="$CLIENTS" \
    -Dplanex.serve.requests="$REQUESTS" test) > "$WORK/load.log" 2>&1 || { tail -n 60 "$WORK/load.log" >&2; exit 1; }
grep -h "planex serve load:" "$WORK/load.log"
echo "server peak RSS: $(grep VmHWM "/proc/$SERVER/status" | awk '{print $2 / 1024 " MB"}')"
