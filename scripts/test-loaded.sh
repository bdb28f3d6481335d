#!/usr/bin/env bash
# `npm test` with every core kept busy, as on a shared CI machine: a test that
# leans on timing fails here rather than now and then in CI. One busy loop per
# core (LOAD_LOOPS to change), the suite LOAD_RUNS times (default 1); the loops
# are stopped by their PIDs however the script ends. Exits non-zero when any run failed.
set -uo pipefail
cd "$(dirname "$0")/.."

loops="${LOAD_LOOPS:-$(nproc)}"
runs="${LOAD_RUNS:-1}"
pids=()
stop_loops() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
  pids=()
}
trap stop_loops EXIT
trap 'exit 130' INT TERM

for _ in $(seq "$loops"); do
  yes >/dev/null &
  pids+=("$!")
done
echo "test:loaded: ${loops} busy loop(s) running (PIDs ${pids[*]}), ${runs} run(s) of npm test"

failed=0
for run in $(seq "$runs"); do
  if npm test; then
    echo "test:loaded: run ${run} of ${runs} passed"
  else
    echo "test:loaded: run ${run} of ${runs} FAILED"
    failed=$((failed + 1))
  fi
done
echo "test:loaded: ${failed} of ${runs} run(s) failed under load"
[ "$failed" -eq 0 ]
