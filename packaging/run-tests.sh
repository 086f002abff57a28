#!/bin/sh
# Fresh Debian 12 machine -> every test: installs the packages, checks formatting, builds everything, runs all tests,
# builds and tests the packages from that build, then builds core/CLI/agent without the GUI under
# AddressSanitizer + UBSan and runs the core tests there, then builds core and the libFuzzer targets
# with clang-19 and runs each ~25 s over its seeds and regressions.
set -eu
cd "$(dirname "$0")/.."
./packaging/install-deps.sh
# Formatting drift fails first and fast (Debian's clang-format 14, committed .clang-format).
./packaging/check-format.sh
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
CC=clang-19 CXX=clang++-19 cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DENCLAVE_FUZZ=ON
cmake --build build-fuzz -j2
./tests/fuzz/run-fuzzers.sh --seconds 25 build-fuzz
echo "run-tests: all tests passed (full build, packages, sanitizer build, fuzzers)"
