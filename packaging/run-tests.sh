#!/bin/sh
# Fresh Debian 12 machine -> every test: installs the packages, builds everything, runs all tests,
# builds and tests the packages from that build, then builds core/CLI/agent without the GUI under
# AddressSanitizer + UBSan and runs the core tests there.
set -eu
cd "$(dirname "$0")/.."
./packaging/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j2
(cd build && ctest --output-on-failure -j2)
# Packages from that same build tree (RelWithDebInfo + hardening; nothing is compiled again),
# checked and installed on a clean Debian 12 root.
./packaging/build-packages.sh build
./packaging/test-packages.sh
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DENCLAVE_BUILD_GUI=OFF -DENCLAVE_SANITIZE=ON
cmake --build build-asan -j2
(cd build-asan && ctest --output-on-failure -j2 -L core)
echo "run-tests: all tests passed (full build, packages, sanitizer build)"
