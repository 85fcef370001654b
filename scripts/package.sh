#!/usr/bin/env bash
# `make package`: build the PyInstaller onedir bundle (dist/medunit/: medunit + medunit-admin sharing one
# Qt) and the Debian package (dist/medunit_<version>_<arch>.deb). Installs PyInstaller into .venv if
# needed. Windows and macOS installers cannot be built here: see packaging/windows and packaging/macos.
set -euo pipefail
cd "$(dirname "$0")/.."
START=$(date +%s)
bash scripts/bootstrap.sh    # venv, medunit itself, compiled translations (.qm)
PYINSTALLER_SPEC=${PYINSTALLER_SPEC:-"pyinstaller>=6.10,<7"}
if ! .venv/bin/python -c 'import PyInstaller' 2>/dev/null; then
  echo "package: installing $PYINSTALLER_SPEC into .venv"
  .venv/bin/python -m pip install -q "$PYINSTALLER_SPEC"
fi
[ -f resources/icons/medunit.png ] || QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icon.py

# Build stamp (read by medunit.buildinfo inside the bundle): commit and date, never failing.
mkdir -p build/package
COMMIT=$(git rev-parse --short=12 HEAD 2>/dev/null || echo unknown)
if [ "$COMMIT" != unknown ] && [ -n "$(git status --porcelain --untracked-files=no 2>/dev/null)" ]; then
  COMMIT="$COMMIT-dirty"
fi
if [ -n "${SOURCE_DATE_EPOCH:-}" ]; then
  BUILD_DATE=$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%dT%H:%M:%SZ)
else
  BUILD_DATE=$(date -u +%Y-%m-%dT%H:%M:%SZ)
fi
printf '{"commit": "%s", "build_date": "%s"}\n' "$COMMIT" "$BUILD_DATE" > build/package/_build.json

echo "package: PyInstaller bundle (commit $COMMIT)"
rm -rf dist/medunit
.venv/bin/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/package/work \
  packaging/medunit.spec
T_BUNDLE=$(date +%s)
echo "package: bundle dist/medunit ($(du -sh dist/medunit | cut -f1)) in $((T_BUNDLE - START)) s"

DEB=$(bash packaging/linux/build-deb.sh dist/medunit dist)
END=$(date +%s)
echo "package: $DEB ($(du -h "$DEB" | cut -f1)) in $((END - T_BUNDLE)) s; total $((END - START)) s"
