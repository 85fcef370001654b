#!/usr/bin/env bash
# Install the Debian packages named as arguments that are not installed yet (apt-get, as root or with
# sudo); prints what it installs on stderr, nothing when all are there. Used by bootstrap.sh (Qt's
# libraries, the keyring, poppler), ci-package.sh (lintian and the other checkers) and build-deb.sh (patchelf).
set -euo pipefail
missing=()
for pkg in "$@"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})); then
  echo "installing Debian packages: ${missing[*]}" >&2
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
