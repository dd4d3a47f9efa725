#!/usr/bin/env bash
# CI consumer check: generate TypeScript types from the committed contract
# (../openapi/openapi.json) and type-check the sample consumer against them.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund
npm run check
echo "consumer type-check: ok"
