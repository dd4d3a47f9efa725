#!/usr/bin/env bash
# CI check of the Python client: regenerate it from openapi/openapi.json into a temporary folder,
# fail if it differs from the committed clients/python/dhtt_client (drift), then type-check the
# client and the example scripts with mypy --strict.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
bash "$here/generate.sh" "$tmp/dhtt_client" >/dev/null
if ! diff -r -x __pycache__ "$here/dhtt_client" "$tmp/dhtt_client" >"$tmp/drift.diff"; then
  head -n 60 "$tmp/drift.diff"
  echo "clients/python/dhtt_client differs from what openapi/openapi.json generates:" >&2
  echo "run 'bash clients/python/generate.sh' and commit the result" >&2
  exit 1
fi
cd "$root"
MYPYPATH="$here" uv run --no-sync mypy --strict --no-incremental \
  --config-file "$here/mypy.ini" "$here/dhtt_client" "$here/examples"
echo "python client: in step with the contract, type-checks"
