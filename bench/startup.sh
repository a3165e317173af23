#!/usr/bin/env bash
# Measures the cold start of `./planrun validate bench/small.yaml` against a bare JVM start
# (`java -version`), with and without the class-data archive, with hyperfine
# (apt-get install -y hyperfine). Prints a Markdown table. Figures: docs/benchmarks.md
# MVN_ARGS (e.g. -o) is passed to the build.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v hyperfine >/dev/null || { echo "startup.sh: hyperfine is missing: apt-get install -y hyperfine" >&2; exit 2; }
# shellcheck disable=SC2086
mvn -q -B ${MVN_ARGS:-} package -DskipTests
./planrun validate bench/small.yaml >/dev/null # makes the class-data archive once, outside the measurement
out="$(mktemp)"
hyperfine -N --warmup 3 --runs "${RUNS:-30}" --export-markdown "$out" \
    'java -version' \
    './planrun validate bench/small.yaml' \
    'env PLANRUN_CDS=0 ./planrun validate bench/small.yaml' \
    'java -jar cli/target/planrun.jar validate bench/small.yaml' >&2
cat "$out"
rm -f "$out"
