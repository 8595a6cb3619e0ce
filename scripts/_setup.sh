#!/usr/bin/env bash
# Shared set-up for scripts/app.sh and scripts/test.sh: system libraries Qt needs, a
# virtual environment in .venv, and the project installed into it. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PYTHON:-python3}
# Libraries PySide6 needs on a bare Debian (offscreen and xcb platforms, fonts).
APT_PKGS="libegl1 libgl1 libglib2.0-0 libdbus-1-3 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0
libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0
libxcb-randr0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1 fonts-dejavu-core"
GROUP=${1:-test}
# makensis compiles the Windows installer script in the tests (dev) and the release (package);
# the package group also needs the tools packaging/build.py runs (binutils: PyInstaller, readelf,
# strip, as/ld; icu-devtools: icupkg), the metadata validators, osslsigncode, and the .deb's
# runtime Depends that a bare system lacks (for the dpkg -i test).
case "$GROUP" in
  dev) APT_PKGS="$APT_PKGS nsis" ;;
  package) APT_PKGS="$APT_PKGS nsis binutils icu-devtools desktop-file-utils appstream osslsigncode
libwayland-cursor0 xkb-data fontconfig-config" ;;
esac
# Debian's own Python needs python3-venv for `python3 -m venv`.
"$PY" -c "import ensurepip" >/dev/null 2>&1 || APT_PKGS="$APT_PKGS python3-venv"
missing=""
if command -v dpkg >/dev/null 2>&1; then
  for p in $APT_PKGS; do
    dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
  done
fi
if [ -n "$missing" ] && command -v apt-get >/dev/null 2>&1; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "installing system libraries:$missing" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade "pip>=25.1"
.venv/bin/python -m pip install -q -e . --group "$GROUP"
# Interface translations: compile the .ts sources to the .qm files the app loads.
.venv/bin/python scripts/translations.py compile --quiet
