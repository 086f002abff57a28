#!/bin/sh
# Fresh Debian 12 machine -> the app: installs the packages, builds, and opens the sample EIF
# (made at build time by our own EIF writer) in enclave-studio. No AWS account needed.
set -eu
cd "$(dirname "$0")/.."
./packaging/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j2
if [ "$#" -eq 0 ]; then
    set -- build/sample/sample.eif
fi
exec ./build/app/enclave-studio/enclave-studio "$@"
