#!/usr/bin/env bash
# Build dist/medunit_<version>_<arch>.deb from the PyInstaller onedir bundle with plain dpkg-deb.
#   bash packaging/linux/build-deb.sh BUNDLE_DIR OUT_DIR
# Layout: /opt/medunit (the bundle), /usr/bin/medunit{,-admin} (symlinks), the desktop entry, the icon,
# /etc/medunit/policy.toml (conffile: packaging/common/policy.toml, everything commented out).
set -euo pipefail
cd "$(dirname "$0")/../.."
BUNDLE=${1:?bundle dir}
OUT=${2:?out dir}
VERSION=$(.venv/bin/python -c 'import medunit; print(medunit.__version__)')
ARCH=$(dpkg --print-architecture)
STAGE=build/package/deb-root
rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
  "$STAGE/usr/share/icons/hicolor/256x256/apps" "$STAGE/etc/medunit" "$STAGE/usr/share/doc/medunit"
cp -a "$BUNDLE" "$STAGE/opt/medunit"
ln -s /opt/medunit/medunit "$STAGE/usr/bin/medunit"
ln -s /opt/medunit/medunit-admin "$STAGE/usr/bin/medunit-admin"
install -m 0644 packaging/linux/medunit.desktop "$STAGE/usr/share/applications/medunit.desktop"
install -m 0644 resources/icons/medunit.png "$STAGE/usr/share/icons/hicolor/256x256/apps/medunit.png"
install -m 0644 packaging/common/policy.toml "$STAGE/etc/medunit/policy.toml"
cat > "$STAGE/usr/share/doc/medunit/copyright" <<'COPY'
medunit: workstation of an insurer's medical advisor functional unit.
Bundles CPython, Qt 6 / PySide6 (LGPLv3), SQLCipher (BSD), pdfium (BSD), cryptography (Apache-2.0/BSD),
keyring (MIT) and the Debian libraries PyInstaller collected; their licences ship in /opt/medunit/_internal.
COPY
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

SIZE=$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
cat > "$STAGE/DEBIAN/control" <<CONTROL
Package: medunit
Version: ${VERSION}
Architecture: ${ARCH}
Maintainer: medunit unit IT <medunit@localhost>
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
