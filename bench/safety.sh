#!/usr/bin/env bash
# Writes docs/safety.md: the figures the safety evidence tests recorded (how many plans, steps,
# kill points, failure points, malformed inputs, artefacts searched for secrets) beside the size
# of the catalog. Runs the whole test suite first (their figures are recorded as they pass);
# --no-tests renders what the last `mvn -B verify` recorded under target/safety.
# MVN_ARGS (e.g. -o) is passed to the build.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${1:-}" != "--no-tests" ]]; then
  rm -rf target/safety
  # shellcheck disable=SC2086
  mvn -B ${MVN_ARGS:-} verify
fi
java -cp examples/target/planrun-examples.jar:cli/target/planrun.jar dev.planrun.examples.safety.SafetyReport \
    target/safety docs/safety.md
echo "bench/safety.sh: wrote docs/safety.md"
