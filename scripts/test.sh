#!/usr/bin/env bash
# Set up and run the whole test suite headless (lint, types, tests).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/_setup.sh dev
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check mmn_desktop tests benchmarks
.venv/bin/ruff format --check mmn_desktop tests benchmarks
.venv/bin/mypy
.venv/bin/python -m pytest "$@"
