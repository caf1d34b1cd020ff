#!/usr/bin/env bash
# mypy cannot follow setuptools' editable-install import hook, so it checks the package through
# a tree of symlinks that spells the installed names (jobtracker.pipeline -> pipeline/).
set -euo pipefail
cd "$(dirname "$0")/.."
tree=build/typing/jobtracker
mkdir -p "$tree"
for folder in pipeline connectors classifiers correlator sinks api; do
  ln -sfn "../../../$folder" "$tree/$folder"
done
exec .venv/bin/mypy "$@" "$tree"
