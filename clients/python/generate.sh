#!/usr/bin/env bash
# Regenerate the typed Python client from the committed contract (openapi/openapi.json).
#   bash clients/python/generate.sh            rewrites clients/python/dhtt_client
#   bash clients/python/generate.sh DIR        writes the client into DIR instead (the drift check)
# The generator (openapi-python-client) is pinned in the project's dev dependencies (uv.lock).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${1:-$here/dhtt_client}"
cd "$root"
contract="$(mktemp --suffix=.json)"
trap 'rm -f "$contract"' EXIT
uv run --no-sync python "$here/contract_for_client.py" openapi/openapi.json "$contract"
uv run --no-sync openapi-python-client generate \
  --path "$contract" \
  --meta none \
  --config "$here/config.yml" \
  --output-path "$out" \
  --overwrite
echo "generated the Python client in $out"
