#!/usr/bin/env bash
# Installs, pinned, what the Python and Go programs of this repository need to run offline under
# `sovereignty check` (stacks/python, stacks/go, test/fixtures/polyglot): a virtualenv per Python
# project from its requirements.txt (pulumi==3.248.0, the release of @pulumi/pulumi 3.248 that this
# repo develops on), and the Go modules of each go.mod (checked against the committed go.sum), then
# one `go build ./...` per module so that test builds hit the build cache. A missing toolchain is
# reported and skipped: the tests that need it then skip with the same reason.
# Usage: scripts/setup-polyglot.sh        (idempotent: an existing virtualenv is updated in place)
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON_PROJECTS=(stacks/python test/fixtures/polyglot/python)
GO_MODULES=(stacks/go test/fixtures/polyglot/go)
started=$(date +%s)

if python3 -c 'import sys; sys.exit(0 if sys.version_info >= (3, 9) else 1)' 2>/dev/null; then
  for project in "${PYTHON_PROJECTS[@]}"; do
    t=$(date +%s)
    [ -x "$project/venv/bin/python" ] || python3 -m venv "$project/venv"
    "$project/venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$project/requirements.txt"
    echo "setup-polyglot: $project/venv ($("$project/venv/bin/python" -c 'import pulumi._version as v; print("pulumi", v._VERSION)')) in $(($(date +%s) - t)) s"
  done
else
  echo "setup-polyglot: skipped Python: no python3 >= 3.9 on PATH (the Python program tests will skip)"
fi

if command -v go >/dev/null 2>&1; then
  for module in "${GO_MODULES[@]}"; do
    t=$(date +%s)
    # -mod=readonly: go.sum is committed; a module whose sum is missing or wrong fails here, not in a test.
    out=$(mktemp -d)
    (cd "$module" && go mod download && go build -mod=readonly -o "$out/" ./...)
    rm -rf "$out"
    echo "setup-polyglot: $module (go modules downloaded and built) in $(($(date +%s) - t)) s"
  done
else
  echo "setup-polyglot: skipped Go: no go on PATH (the Go program tests will skip)"
fi

echo "setup-polyglot: done in $(($(date +%s) - started)) s"
