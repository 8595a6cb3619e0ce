#!/usr/bin/env bash
# Set up (first run only does real work) and start MMN Desktop from the source tree.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/_setup.sh test
# Build the content database and index when they are missing or older than the sources.
.venv/bin/mmn check >/dev/null || { .venv/bin/mmn check; exit 1; }
# (and when this version of the code cannot read the database: a new schema version)
if [ ! -f db/content.sqlite ] || [ -n "$(find resources/content -newer db/content.sqlite -print -quit)" ] \
   || ! .venv/bin/mmn stats >/dev/null 2>&1; then
  .venv/bin/mmn build
fi
exec .venv/bin/mmn-desktop "$@"
