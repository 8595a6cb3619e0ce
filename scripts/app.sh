#!/usr/bin/env bash
# Set up (first run only does real work) and start MMN Desktop from the source tree.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/_setup.sh test
# Build the content database and index when they are missing or older than the sources.
.venv/bin/mmn check >/dev/null || { .venv/bin/mmn check; exit 1; }
if [ ! -f db/content.sqlite ] || [ -n "$(find resources/content -newer db/content.sqlite -print -quit)" ]; then
  .venv/bin/mmn build
fi
exec .venv/bin/mmn-desktop "$@"
