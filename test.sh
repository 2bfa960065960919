#!/usr/bin/env bash
# Set up (tools/setup.sh) and run the full test suite: ./test.sh [pytest arguments]
set -euo pipefail
cd "$(dirname "$0")"
tools/setup.sh
exec .venv/bin/pytest "$@"
