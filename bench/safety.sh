#!/usr/bin/env bash
# Writes docs/safety.md: the figures the safety evidence tests recorded (how many plans, steps,
# kill points, failure points, malformed inputs, artefacts searched for secrets) beside the size
# of the catalog. Runs the whole test suite first (their figures are recorded as they pass);
# --no-tests renders what the last `mvn -B verify` recorded under target/safety; --all runs the
# suite with -Dplanrun.evidence=all, which injects a failure at every step of every omero-server
# plan and of the OMERO.web plan (the suite itself does so for the 5.2 to 5.3 plan and the OpenREM
# plan; --all takes about half an hour more). MVN_ARGS (e.g. -o) is passed to the build.
set -euo pipefail
cd "$(dirname "$0")/.."
case "${1:-}" in
  --no-tests) ;;
  --all|"")
    rm -rf target/safety
    evidence=""
    [[ "${1:-}" == "--all" ]] && evidence="-Dplanrun.evidence=all"
    # shellcheck disable=SC2086
    mvn -B ${MVN_ARGS:-} $evidence verify
    ;;
  *) echo "usage: bench/safety.sh [--all | --no-tests]" >&2; exit 2 ;;
esac
java -cp examples/target/planrun-examples.jar:cli/target/planrun.jar dev.planrun.examples.safety.SafetyReport \
    target/safety docs/safety.md
echo "bench/safety.sh: wrote docs/safety.md"
