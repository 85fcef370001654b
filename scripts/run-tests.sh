#!/usr/bin/env bash
# The README's second command (and CI's): install what is missing, then run lint, types and the whole
# test suite with a real Secret Service (gnome-keyring in its own D-Bus session) and offscreen Qt.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
export QT_QPA_PLATFORM=offscreen
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"
.venv/bin/ruff check medunit tests
.venv/bin/mypy
exec dbus-run-session -- bash -c '
  set -euo pipefail
  # A keyring of its own for this run: a fresh login collection, unlocked with a throw-away password.
  export XDG_DATA_HOME="$(mktemp -d)"
  trap "rm -rf \"$XDG_DATA_HOME\"" EXIT
  echo -n medunit-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  export MEDUNIT_REQUIRE_SECRET_SERVICE=1
  # Two worker processes (pytest-xdist), one per core: each starts its own PostgreSQL cluster and Qt, and
  # pytest-cov combines their coverage for the gate below. MEDUNIT_TEST_WORKERS=0 runs in this one process.
  .venv/bin/python -m pytest -p no:cacheprovider --cov=medunit --cov-branch --cov-report= \
    -n "${MEDUNIT_TEST_WORKERS:-2}" --dist worksteal "$@"
  .venv/bin/python scripts/check_coverage.py
' run-tests "$@"
