#!/usr/bin/env bash
# Installs what medunit needs on Debian 12: system packages (Qt's xcb libraries, Xvfb, a Secret Service
# for the keyring, bindfs: a FUSE file system the tests refuse a store on, PostgreSQL 15 for the unit-server
# backend and its tests, poppler-utils and libnss3-tools: pdfinfo, pdfsig and certutil, with which the tests
# check the PDFs as IT and case handlers would), a virtual environment in .venv, the package and its test
# tools, and the compiled translations. Safe to run again: it skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(python3-venv python3-pip xvfb xauth dbus dbus-x11 gnome-keyring
  libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0
  libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 libxcb-cursor0 libegl1 libgl1 libfontconfig1
  libdbus-1-3 poppler-utils libnss3-tools bindfs
  postgresql)  # PostgreSQL 15: the unit server backend; the test suite starts a throw-away cluster with it

bash scripts/apt-ensure.sh "${APT_PACKAGES[@]}"

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
stamp=.venv/.medunit-installed
want="$(sha256sum pyproject.toml | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[test]"
  echo "$want" > "$stamp"
fi
.venv/bin/python -m medunit.gui.i18n_build
