#!/usr/bin/env bash
# Creates .venv and installs jobtracker with its test tools. Idempotent: re-runs only when
# pyproject.toml or setup.py changed since the last install.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if ! "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "jobtracker needs Python 3.11 or newer (found: $("$PY" --version 2>&1))" >&2
  exit 1
fi
stamp=.venv/.installed
want=$(cat pyproject.toml setup.py | sha256sum | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  exit 0
fi
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip "setuptools>=77" wheel
echo "bootstrap: installing jobtracker into .venv (compiling its hot modules takes 2-3 minutes;" \
  "JOBTRACKER_COMPILE=0 skips that)" >&2
.venv/bin/python -m pip install --quiet -e '.[dev]'
echo "$want" > "$stamp"
