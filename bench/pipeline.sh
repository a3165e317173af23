#!/usr/bin/env bash
# Measures planrun's plan pipeline (load, validate, order, review, render) on synthetic plans of
# 1,000, 10,000 and 100,000 steps, each size in a fresh JVM, and prints a Markdown table.
# Usage: bench/pipeline.sh [STEPS...]    Figures and how to read them: docs/benchmarks.md
# PLANRUN_BENCH_RUNS (default 3) runs per size; PLANRUN_BENCH_JAVA_OPTS the JVM options (default:
# those of ./planrun and a 2 GB heap limit); MVN_ARGS (e.g. -o) is passed to the build.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(1000 10000 100000)
# The benchmark lives in the engine's test classes; the command's jar carries the engine and its libraries.
# shellcheck disable=SC2086
mvn -q -B ${MVN_ARGS:-} package -DskipTests
cp="engine/target/test-classes:cli/target/planrun.jar"
java -cp "$cp" dev.planrun.bench.PipelineBenchmark --header
for n in "${sizes[@]}"; do
  # shellcheck disable=SC2086
  java ${PLANRUN_BENCH_JAVA_OPTS:--XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx2g} -cp "$cp" \
      dev.planrun.bench.PipelineBenchmark "$n" "${PLANRUN_BENCH_RUNS:-3}"
done
