#!/usr/bin/env bash
# The whole test suite: lint, types, the fast tier, then the connected tier.
# pytest's exit code 5 (no tests collected) is a failure here, never a pass.
set -uo pipefail
cd "$(dirname "$0")/.."
status=0
run() {
  echo "== $*"
  "$@"
  local rc=$?
  if [ $rc -ne 0 ]; then
    echo "!! failed ($rc): $*"
    status=1
  fi
}
run .venv/bin/ruff check .
run .venv/bin/ruff format --check .
run tests/typecheck.sh
run .venv/bin/pytest -m "not connected" -q -p no:cacheprovider
if [ -x tests/connected/setup.sh ]; then
  run tests/connected/setup.sh
fi
if ls tests/connected/test_*.py >/dev/null 2>&1; then
  run .venv/bin/pytest -m connected -q -p no:cacheprovider
fi
exit $status
