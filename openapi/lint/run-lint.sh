#!/usr/bin/env bash
# CI contract lint: Redocly CLI (pinned in package-lock.json) on the committed openapi/openapi.json
# with redocly.yaml; fails on any error. Warnings are printed; known exceptions, each with its
# reason, are in .redocly.lint-ignore.yaml.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund
REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true \
  npx --no-install redocly lint ../openapi.json --config redocly.yaml --format stylish
echo "contract lint: ok"
