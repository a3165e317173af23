#!/usr/bin/env bash
# planrun's SQL script runner against psql -X -v ON_ERROR_STOP=1 -f on one throwaway PostgreSQL:
# 200,000 INSERTs, 5 MB of DDL and PL/pgSQL, a 100 MB COPY (planrun with a 256 MB heap).
# Usage: bench/sql.sh [--runs N] [--huge]    Figures and how to read them: docs/benchmarks.md
# --huge adds a 1 GB COPY script (planrun only, for its memory). MVN_ARGS (e.g. -o) goes to the build.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck disable=SC2086
mvn -q -B ${MVN_ARGS:-} package -DskipTests
java -cp "engine/target/test-classes:cli/target/planrun.jar" dev.planrun.bench.SqlScriptBenchmark "$@"
