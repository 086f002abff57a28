#!/bin/sh
# Installs every Debian 12 package that building, running and testing Enclave Studio needs.
# Idempotent: apt-get skips what is already installed. Run as root (or through sudo).
set -eu

PACKAGES="
  build-essential cmake ninja-build pkg-config git ca-certificates file dpkg-dev
  qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n qt6-qpa-plugins libqt6svg6 libgl-dev libxkbcommon-dev
  libssl-dev openssl libcbor-dev zlib1g-dev
  openssh-client openssh-server
  xvfb xauth imagemagick fonts-dejavu-core
  shared-mime-info desktop-file-utils appstream libxml2-utils ccache
  nlohmann-json3-dev g++-aarch64-linux-gnu qemu-user-static busybox-static
  clang-19 libclang-rt-19-dev clang-format
  lintian rpm debootstrap help2man man-db bash-completion xdg-utils libglib2.0-bin devscripts fakeroot libfile-mimeinfo-perl
"

if [ "$(id -u)" -ne 0 ]; then
    SUDO=sudo
else
    SUDO=
fi

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done

if [ -z "$missing" ]; then
    echo "install-deps: all packages present"
    exit 0
fi

echo "install-deps: installing$missing"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
# shellcheck disable=SC2086
$SUDO apt-get install -y -q --no-install-recommends $missing
