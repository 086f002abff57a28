#!/bin/sh
# Builds the packages into build/packages/:
#   enclave-studio_V-R_ARCH.deb, enclave-tool_V-R_ARCH.deb, enclave-agent_V-R_ARCH.deb (CPack DEB,
#   Depends from dpkg-shlibdeps, binaries stripped) and their NAME-dbgsym_V-R_ARCH.ddeb (debug info),
#   enclave-agent-V-R.x86_64.rpm and enclave-agent-V-R.aarch64.rpm (rpmbuild, for Amazon Linux).
#
#   packaging/build-packages.sh             configure and build build-release/ (RelWithDebInfo: Debian's
#                                           -O2 -g, hardening flags, tests off), then package
#   packaging/build-packages.sh BUILD_DIR   package an existing build tree (CI: build/, which
#                                           run-tests.sh has built; nothing is compiled again)
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)
out="$root/build/packages"

if [ "$#" -ge 1 ]; then
    bdir=$(cd "$1" && pwd)
else
    bdir="$root/build-release"
    cmake -S . -B "$bdir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=OFF
fi
build_type=$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$bdir/CMakeCache.txt")
case "$build_type" in
Debug | "") echo "build-packages: $bdir is a '$build_type' build; packages come from RelWithDebInfo or Release" >&2
    exit 1 ;;
esac

# Only what the packages contain (a no-op after run-tests.sh's full build).
cmake --build "$bdir" -j2 --target enclave-package-files

rm -rf "$out"
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Debian packages: one per install component (packaging/packages.cmake).
(cd "$bdir" && cpack -G DEB -B "$work/cpack" > "$work/cpack.log") || {
    cat "$work/cpack.log" >&2
    exit 1
}
mv "$work"/cpack/*.deb "$out"/

# CPack's -dbgsym packages, finished the way dh_strip makes them: debug sections compressed,
# /usr/share/doc/NAME-dbgsym a link to the main package's (copyright, changelog), and md5sums
# with package-relative paths (CPack 3.25 writes absolute build paths there).
for ddeb in "$work"/cpack/*.ddeb; do
    tree="$work/ddeb"
    rm -rf "$tree"
    dpkg-deb -R "$ddeb" "$tree"
    name=$(sed -n 's/^Package: //p' "$tree/DEBIAN/control")
    find "$tree/usr/lib/debug" -type f -name '*.debug' | while read -r f; do
        objcopy --compress-debug-sections "$f"
        chmod 0644 "$f"
    done
    mkdir -p "$tree/usr/share/doc"
    ln -s "${name%-dbgsym}" "$tree/usr/share/doc/$name"
    (cd "$tree" && find usr -type f | LC_ALL=C sort | xargs md5sum) > "$tree/DEBIAN/md5sums"
    size=$(du -sk --exclude=DEBIAN "$tree" | cut -f1)
    sed -i "s/^Installed-Size: .*/Installed-Size: $size/" "$tree/DEBIAN/control"
    dpkg-deb --root-owner-group -Zxz -b "$tree" "$out/$(basename "$ddeb")" > /dev/null
done

# RPMs of the agent, one per architecture whose binary the build made.
. "$bdir/packaging/version.env" # version, revision (from packaging/debian/changelog)
cmake --install "$bdir" --component Tool --prefix "$work/stage" > /dev/null
cmake --install "$bdir" --component Agent --prefix "$work/stage" > /dev/null
for arch in x86_64 aarch64; do
    binary="$work/stage/lib/enclave-studio/agent/linux-$arch/enclave-agent"
    if [ ! -f "$binary" ]; then
        echo "build-packages: no $arch agent in this build: no $arch RPM"
        continue
    fi
    case "$arch" in
    x86_64) strip_tool=x86_64-linux-gnu-strip ;;
    aarch64) strip_tool=aarch64-linux-gnu-strip ;;
    esac
    command -v "$strip_tool" > /dev/null || strip_tool=strip
    "$strip_tool" --strip-unneeded -o "$work/enclave-agent.$arch" "$binary"
    if readelf -d "$work/enclave-agent.$arch" 2> /dev/null | grep -q NEEDED; then
        echo "build-packages: warning: the $arch agent is dynamically linked; its RPM will not run on a" \
            "parent without those libraries until the static agent (issue 12) is built" >&2
    fi
    rpmbuild -bb --quiet --target "$arch" \
        --define "_topdir $work/rpm" --define "_rpmdir $out" --define "_build_name_fmt %%{NAME}-%%{VERSION}-%%{RELEASE}.%%{ARCH}.rpm" \
        --define "version $version" --define "release $revision" \
        --define "agent_binary $work/enclave-agent.$arch" \
        --define "man_page $work/stage/share/man/man1/enclave-agent.1.gz" \
        --define "copyright $root/packaging/debian/copyright" \
        --define "changelog_file $bdir/packaging/rpm-changelog" \
        packaging/rpm/enclave-agent.spec
done

echo "build-packages: $out"
(cd "$out" && for f in *.deb *.ddeb *.rpm; do
    [ -f "$f" ] && printf '  %-48s %8s KiB\n' "$f" "$(($(stat -c %s "$f") / 1024))"
done)
