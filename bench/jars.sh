# Sourced by the benchmark scripts: builds the shaded CLI jar and the benchmark jar if missing and copies the
# CLI jar to $WORK/planex.jar, so that a rebuild during the run does not change what is measured.
# Needs ROOT, WORK, CLI_JAR and BENCH_JAR.
if [ ! -f "$CLI_JAR" ]; then
    (cd "$ROOT" && mvn -B -q -DskipTests package -pl modules/planex-cli -am)
fi
if [ ! -f "$BENCH_JAR" ]; then
    (cd "$ROOT" && mvn -B -q -DskipTests -Pbench package -pl modules/planex-bench -am)
fi
mkdir -p "$WORK"
cp "$CLI_JAR" "$WORK/planex.jar"
