#!/usr/bin/env bash
# Set up (tools/setup.sh) and build: ./build.sh [doit arguments], e.g. ./build.sh instructor
set -euo pipefail
cd "$(dirname "$0")"
tools/setup.sh
exec .venv/bin/doit "$@"
