#!/usr/bin/env bash
# Build dist/medunit_<version>_<arch>.deb from the PyInstaller onedir bundle with plain dpkg-deb.
#   bash packaging/linux/build-deb.sh BUNDLE_DIR OUT_DIR
# Layout: /opt/medunit (the bundle), /usr/bin/medunit{,-admin} (symlinks), the desktop entry, the AppStream
# metainfo, the icon, manual pages, changelog and DEP-5 copyright, lintian overrides, and
# /etc/medunit/policy.toml (conffile: packaging/common/policy.toml, everything commented out).
# MEDUNIT_DEB_MAINTAINER="Name <address>" sets the Maintainer field (default: the project's placeholder
# address under example.org; IT puts its own helpdesk address there).
set -euo pipefail
cd "$(dirname "$0")/../.."
BUNDLE=${1:?bundle dir}
OUT=${2:?out dir}
VERSION=$(.venv/bin/python -c 'import medunit; print(medunit.__version__)')
ARCH=$(dpkg --print-architecture)
STAGE=build/package/deb-root
MAINTAINER=${MEDUNIT_DEB_MAINTAINER:-"medunit unit IT <medunit-it@example.org>"}
# The changelog's newest entry must be this version: the two are kept in step by hand, checked here.
CHANGELOG_VERSION=$(sed -n '1s/^medunit (\([^)]*\)).*/\1/p' packaging/linux/changelog)
if [ "$CHANGELOG_VERSION" != "$VERSION" ]; then
  echo "build-deb: packaging/linux/changelog starts with $CHANGELOG_VERSION, medunit is $VERSION" >&2
  exit 1
fi
rm -rf "$STAGE"
DOC=$STAGE/usr/share/doc/medunit
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
  "$STAGE/usr/share/icons/hicolor/256x256/apps" "$STAGE/etc/medunit" "$DOC" "$STAGE/usr/share/metainfo" \
  "$STAGE/usr/share/man/man1" "$STAGE/usr/share/lintian/overrides"
cp -a "$BUNDLE" "$STAGE/opt/medunit"
ln -s /opt/medunit/medunit "$STAGE/usr/bin/medunit"
ln -s /opt/medunit/medunit-admin "$STAGE/usr/bin/medunit-admin"
install -m 0644 packaging/linux/medunit.desktop "$STAGE/usr/share/applications/medunit.desktop"
install -m 0644 packaging/linux/medunit.metainfo.xml "$STAGE/usr/share/metainfo/medunit.metainfo.xml"
install -m 0644 resources/icons/medunit.png "$STAGE/usr/share/icons/hicolor/256x256/apps/medunit.png"
install -m 0644 packaging/common/policy.toml "$STAGE/etc/medunit/policy.toml"
install -m 0644 packaging/linux/copyright "$DOC/copyright"
install -m 0644 packaging/linux/lintian-overrides "$STAGE/usr/share/lintian/overrides/medunit"
# a native package (no Debian revision): changelog.gz, compressed without a timestamp (reproducible)
gzip -9n < packaging/linux/changelog > "$DOC/changelog.gz"
# manual pages from the programs' own argparse parsers (never drift from --help)
QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/linux/manpages.py "$STAGE/usr/share/man/man1"
gzip -9n "$STAGE/usr/share/man/man1/"*.1

# Shared objects from the wheels and from Debian come with symbols and the executable bit: strip them as
# dh_strip does and make them 0644 (the two launchers are stripped by PyInstaller and keep their archive).
# A search path of the build machine's interpreter (e.g. pyenv's RUNPATH /root/.pyenv/.../lib in libpython
# and its extension modules) is removed: inside the bundle the bootloader points the loader at _internal,
# and a path into someone's home directory has no business on a workstation. $ORIGIN entries stay.
bash scripts/apt-ensure.sh patchelf
find "$STAGE/opt/medunit/_internal" -type f -name '*.so*' -print0 | while IFS= read -r -d '' so; do
  if [ "$(head -c 4 "$so" | od -An -tx1 | tr -d ' ')" = 7f454c46 ]; then
    rpath=$(patchelf --print-rpath "$so")
    if [ -n "$rpath" ]; then
      keep=$(tr ':' '\n' <<< "$rpath" | grep '^\$ORIGIN' | paste -sd: || true)
      if [ -z "$keep" ]; then
        patchelf --remove-rpath "$so"
      elif [ "$keep" != "$rpath" ]; then
        patchelf --set-rpath "$keep" "$so"
      fi
    fi
    strip --strip-unneeded --remove-section=.comment --remove-section=.note "$so"
    chmod 0644 "$so"
  fi
done
# group/other read, no stray write bits (PyInstaller output is 0755/0644 already; make sure)
chmod -R u+rwX,go+rX,go-w "$STAGE"

echo "/etc/medunit/policy.toml" > "$STAGE/DEBIAN/conffiles"
cat > "$STAGE/DEBIAN/postrm" <<'POSTRM'
#!/bin/sh
# Files the package owns are removed by dpkg; this only cleans what medunit may have left in them.
set -e
case "$1" in
  remove|purge)
    rm -rf /opt/medunit
    ;;
esac
if [ "$1" = purge ]; then
  rmdir /etc/medunit 2>/dev/null || true
fi
exit 0
POSTRM
chmod 0755 "$STAGE/DEBIAN/postrm"

# md5sums of every shipped file but the conffile, for `dpkg --verify medunit` (as dh_md5sums writes it)
(cd "$STAGE" && find . -path ./DEBIAN -prune -o -path ./etc -prune -o -type f -print0 | sort -z \
  | xargs -0 md5sum | sed 's|  \./|  |') > "$STAGE/DEBIAN/md5sums"
chmod 0644 "$STAGE/DEBIAN/md5sums"

SIZE=$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
cat > "$STAGE/DEBIAN/control" <<CONTROL
Package: medunit
Version: ${VERSION}
Architecture: ${ARCH}
Maintainer: ${MAINTAINER}
Installed-Size: ${SIZE}
Section: misc
Priority: optional
Depends: libc6 (>= 2.36), libxcb1, libx11-6, libx11-xcb1, libxkbcommon0, libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1, libxcb-randr0, libxcb-render-util0, libxcb-shape0, libxcb-xkb1, libgl1, libegl1, libfontconfig1, libfreetype6, libdbus-1-3, libwayland-client0, libwayland-cursor0, libwayland-egl1, libdrm2
Recommends: gnome-keyring, libsecret-1-0, fonts-dejavu-core
Description: medical advisor workstation (encrypted, offline)
 The desktop workstation of an insurer's medical advisor functional unit:
 health records in an encrypted SQLCipher store, consent before any doctor
 is asked, a signed medical advice, and a signed minimal export.
 .
 Installs the GUI (medunit) and the admin CLI (medunit-admin) under
 /opt/medunit; IT sets the workstation policy in /etc/medunit/policy.toml.
CONTROL

mkdir -p "$OUT"
DEB="$OUT/medunit_${VERSION}_${ARCH}.deb"
dpkg-deb --root-owner-group -Zxz -z${DEB_XZ_LEVEL:-6} --build "$STAGE" "$DEB" >/dev/null
echo "$DEB"
