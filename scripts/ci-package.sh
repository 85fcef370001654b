#!/usr/bin/env bash
# CI for issues 7 and 17: build the bundle and the .deb, check it with Debian's and freedesktop's own tools
# (lintian, desktop-file-validate, appstreamcli, man), install it on this machine with dpkg, use the
# installed binaries (version, create and verify a store, start the GUI offscreen), then remove it and check
# that nothing is left. Prints PASS/FAIL per step; exits non-zero on the first failure. Needs root (or sudo).
set -uo pipefail
cd "$(dirname "$0")/.."
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
T0=$(date +%s)
WORK=$(mktemp -d)
cleanup() {
  rm -rf "$WORK"
}
trap cleanup EXIT

pass() { echo "PASS $*"; }
fail() { echo "FAIL $*"; echo "ci-package: FAILED after $(( $(date +%s) - T0 )) s"; exit 1; }

# Debian's and freedesktop's own checkers, installed like bootstrap.sh's packages (scripts/apt-ensure.sh).
bash scripts/apt-ensure.sh desktop-file-utils appstream lintian || fail "apt-get install desktop-file-utils appstream lintian"

# --- build ---
bash scripts/package.sh > "$WORK/build.log" 2>&1 || { tail -40 "$WORK/build.log"; fail "build (make package)"; }
grep '^package:' "$WORK/build.log"
DEB=$(ls -t dist/medunit_*.deb 2>/dev/null | head -1)
[ -f "$DEB" ] || fail "build: no .deb in dist/"
pass "build: $DEB"
dpkg-deb --info "$DEB" > "$WORK/info" || fail "dpkg-deb --info"
dpkg-deb --contents "$DEB" > "$WORK/contents" || fail "dpkg-deb --contents"
for f in ./opt/medunit/medunit ./opt/medunit/medunit-admin ./usr/bin/medunit ./usr/bin/medunit-admin \
  ./usr/share/applications/medunit.desktop ./usr/share/icons/hicolor/256x256/apps/medunit.png \
  ./etc/medunit/policy.toml ./opt/medunit/_internal/resources/translations/medunit_nl.qm \
  ./opt/medunit/_internal/PySide6/Qt/plugins/platforms/libqxcb.so \
  ./opt/medunit/_internal/PySide6/Qt/plugins/platforms/libqoffscreen.so \
  ./opt/medunit/_internal/pypdfium2_raw/libpdfium.so ./usr/share/metainfo/medunit.metainfo.xml \
  ./usr/share/man/man1/medunit.1.gz ./usr/share/man/man1/medunit-admin.1.gz \
  ./usr/share/doc/medunit/copyright ./usr/share/doc/medunit/changelog.gz \
  ./usr/share/lintian/overrides/medunit ./opt/medunit/_internal/tzdata/zoneinfo/Europe/Amsterdam; do
  grep -q " $f\( \|$\)" "$WORK/contents" || fail "package contents: $f missing"
done
pass "package contents (binaries, launchers, desktop entry, metainfo, icon, man pages, changelog, copyright, policy, translations, Qt plugins, pdfium, zone rules)"
# the unit server's driver: psycopg-binary with its own libpq, and the licence texts that go with them
for f in ./opt/medunit/_internal/psycopg_binary/ ./opt/medunit/_internal/licenses/psycopg/LICENSE.txt \
  ./opt/medunit/_internal/licenses/psycopg_binary/LICENSE.txt ./opt/medunit/_internal/licenses/libpq-PostgreSQL.txt \
  ./opt/medunit/_internal/licenses/psycopg-binary-libraries.txt; do
  grep -q " $f\( \|$\)" "$WORK/contents" || fail "package contents: $f missing"
done
grep -Eq ' \./opt/medunit/_internal/psycopg_binary\.libs/libpq-[0-9a-f]+\.so\.5' "$WORK/contents" \
  || fail "package contents: psycopg_binary.libs/libpq missing"
grep -q '^License: PostgreSQL$' packaging/linux/copyright && grep -q '^License: LGPL-3+$' packaging/linux/copyright \
  || fail "copyright: no psycopg (LGPL-3+) or libpq (PostgreSQL) stanza"
pass "package contents: psycopg-binary, its libpq, and their licences (LGPL-3+, PostgreSQL) in _internal/licenses and the copyright file"
grep -q '/etc/medunit/policy.toml' <(dpkg-deb --ctrl-tarfile "$DEB" | tar -xO ./conffiles) || fail "conffile"
pass "conffile /etc/medunit/policy.toml"

# --- Debian's and freedesktop's checkers, on the files as the .deb ships them ---
mkdir -p "$WORK/deb"
dpkg-deb -x "$DEB" "$WORK/deb" || fail "dpkg-deb -x"
desktop-file-validate "$WORK/deb/usr/share/applications/medunit.desktop" > "$WORK/dfv.log" 2>&1 \
  || { cat "$WORK/dfv.log"; fail "desktop-file-validate"; }
[ ! -s "$WORK/dfv.log" ] || { cat "$WORK/dfv.log"; fail "desktop-file-validate: not clean"; }
pass "desktop-file-validate usr/share/applications/medunit.desktop (no errors, warnings or hints)"
appstreamcli validate --no-net --pedantic "$WORK/deb/usr/share/metainfo/medunit.metainfo.xml" > "$WORK/as.log" 2>&1 \
  || { cat "$WORK/as.log"; fail "appstreamcli validate"; }
sed 's/^/    /' "$WORK/as.log"
pass "appstreamcli validate --no-net --pedantic usr/share/metainfo/medunit.metainfo.xml"
# Errors and warnings fail the build unless usr/share/lintian/overrides/medunit lists them with a reason;
# info tags are shown, not fatal. Overrides that match nothing are reported too (so the file stays true).
lintian --fail-on error,warning --display-info --show-overrides --tag-display-limit 0 "$DEB" > "$WORK/lintian.log" 2>&1
LINTIAN_RC=$?
echo "    $(lintian --version): hints by level and tag (O: overridden, with the reason in the overrides file)"
grep -E '^[EWIOPX]: ' "$WORK/lintian.log" | awk '{print $1, $3}' | sort | uniq -c | sort -k2,2 -k1,1nr | sed 's/^/    /'
# rc 2 is lintian's "a --fail-on level was reported"; with --show-overrides the overridden (O:) hints count
# too, so the verdict is: lintian ran (rc 0 or 2) and printed no E: or W: line. rc 1 means it did not run.
case "$LINTIAN_RC" in 0|2) ;; *) tail -20 "$WORK/lintian.log"; fail "lintian did not run (rc $LINTIAN_RC)" ;; esac
! grep -qE '^(E|W):' "$WORK/lintian.log" || { grep -E '^(E|W):' "$WORK/lintian.log"; fail "lintian: errors or warnings"; }
! grep -q 'unused-override' "$WORK/lintian.log" || { grep 'unused-override' "$WORK/lintian.log"; fail "lintian: an override matches nothing"; }
pass "lintian: no error or warning beyond the $(grep -c '^medunit: ' packaging/linux/lintian-overrides) justified overrides"
for page in medunit medunit-admin; do
  LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$WORK/deb/usr/share/man/man1/$page.1.gz" > "$WORK/man.txt" 2> "$WORK/man.err" \
    || fail "man $page"
  [ ! -s "$WORK/man.err" ] || { cat "$WORK/man.err"; fail "man $page: groff warnings"; }
done
pass "manual pages medunit(1) and medunit-admin(1) render without warnings"

# --- install ---
if dpkg -s medunit >/dev/null 2>&1; then $SUDO dpkg -P medunit >/dev/null || fail "purge a previous medunit"; fi
if ! $SUDO dpkg -i "$DEB" > "$WORK/install.log" 2>&1; then
  $SUDO apt-get -f install -y -qq > "$WORK/apt.log" 2>&1 || { cat "$WORK/install.log" "$WORK/apt.log"; fail "dpkg -i"; }
fi
dpkg -s medunit 2>/dev/null | grep -q "Status: install ok installed" || fail "dpkg -i: not installed"
pass "dpkg -i"

# --- use the installed binaries ---
out=$(cd / && env -u PYTHONPATH -u MEDUNIT_RESOURCES /usr/bin/medunit-admin --version 2>&1) || fail "medunit-admin --version: $out"
echo "$out" | sed 's/^/    /'
echo "$out" | head -1 | grep -Eq '^medunit-admin [0-9]+\.[0-9]+\.[0-9]+' || fail "medunit-admin --version: first line"
echo "$out" | grep -q '(bundled)' || fail "medunit-admin --version: not the bundled build"
pass "medunit-admin --version"

cat > "$WORK/policy.toml" <<'POL'
[store]
workstation_binding = false
[security]
kdf_memory_kib = 8192
kdf_iterations = 1
POL
export MEDUNIT_POLICY="$WORK/policy.toml" MEDUNIT_PASSPHRASE="ci-package-passphrase-1"
export XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data" HOME="$WORK/home"
mkdir -p "$HOME"
(cd / && env -u PYTHONPATH medunit-admin init --store "$WORK/store" --user ciadmin --no-binding) > "$WORK/init.log" 2>&1 \
  || { cat "$WORK/init.log"; fail "medunit-admin init"; }
grep -q "Recovery code:" "$WORK/init.log" || fail "medunit-admin init: no recovery code"
pass "medunit-admin init (installed binary, SQLCipher store)"
(cd / && env -u PYTHONPATH medunit-admin verify --store "$WORK/store" --as ciadmin) > "$WORK/verify.log" 2>&1 \
  || { cat "$WORK/verify.log"; fail "medunit-admin verify"; }
grep -q "^OK:" "$WORK/verify.log" || fail "medunit-admin verify: no OK line"
pass "medunit-admin verify: $(cut -c1-60 "$WORK/verify.log")…"
(cd / && env -u PYTHONPATH medunit-admin policy show) > "$WORK/show.log" 2>&1 || fail "medunit-admin policy show"
grep -qF "security.kdf_iterations = 1	[$MEDUNIT_POLICY" "$WORK/show.log" || fail "policy show: source of kdf_iterations"
pass "medunit-admin policy show"

# The unit server: the installed medunit-admin (its bundled psycopg and libpq, nothing of this checkout)
# initialises a unit on a throw-away PostgreSQL cluster over TCP and logs in as the new admin's login role.
.venv/bin/python -m tests.support.bundle_server /usr/bin/medunit-admin > "$WORK/server.log" 2>&1 \
  || { cat "$WORK/server.log"; fail "installed medunit-admin against a PostgreSQL cluster"; }
sed 's/^/    /' "$WORK/server.log"
pass "installed medunit-admin: bundled libpq connects to a real PostgreSQL (server init, server upgrade, audit verify)"

# GUI: the installed medunit starts, shows its first dialog (--self-test) and exits 0. Offscreen always;
# the xcb platform too when Xvfb is there.
gui_check() {  # $1: label, rest: command prefix
  local label=$1; shift
  if ! (cd / && timeout 60 "$@" medunit --store "$WORK/store" --self-test) > "$WORK/gui.log" 2>&1; then
    cat "$WORK/gui.log"; fail "medunit GUI ($label) self-test"
  fi
  grep -q "^medunit self-test: UnlockDialog shown" "$WORK/gui.log" || { cat "$WORK/gui.log"; fail "medunit GUI ($label): no dialog"; }
  if grep -qiE "qt platform plugin|error while loading shared libraries|^medunit: " "$WORK/gui.log"; then
    cat "$WORK/gui.log"; fail "medunit GUI ($label): errors on stderr"
  fi
  pass "medunit GUI ($label) starts and shows the unlock dialog"
}
gui_check offscreen env QT_QPA_PLATFORM=offscreen
if command -v xvfb-run >/dev/null; then
  gui_check "xcb under Xvfb" xvfb-run -a env QT_QPA_PLATFORM=xcb
else
  echo "SKIP medunit GUI on xcb: no xvfb-run"
fi

# --- remove ---
$SUDO dpkg -r medunit > "$WORK/remove.log" 2>&1 || { cat "$WORK/remove.log"; fail "dpkg -r"; }
[ ! -e /opt/medunit ] || fail "dpkg -r: /opt/medunit still there"
[ ! -e /usr/bin/medunit ] && [ ! -e /usr/bin/medunit-admin ] || fail "dpkg -r: launchers still there"
[ ! -e /usr/share/applications/medunit.desktop ] || fail "dpkg -r: desktop entry still there"
[ -f /etc/medunit/policy.toml ] || fail "dpkg -r: the conffile should stay until purge"
pass "dpkg -r (conffile kept)"
$SUDO dpkg -P medunit > "$WORK/purge.log" 2>&1 || { cat "$WORK/purge.log"; fail "dpkg -P"; }
[ ! -e /etc/medunit ] || fail "dpkg -P: /etc/medunit still there"
pass "dpkg -P (purge)"

echo "ci-package: all PASS in $(( $(date +%s) - T0 )) s"
