/**
 * Benchmark programs: whole-workload measurements with a {@code main} method (not JMH), each printing its
 * figures on standard output. Sizes are arguments, so a run can be brief. Build
 * {@code modules/planex-bench/target/benchmarks.jar} with {@code -Pbench} and run them with
 * {@code bench/program.sh NAME [ARGS]}; {@code docs/performance.md} lists them with their command lines.
 */
package org.planex.bench.programs;
