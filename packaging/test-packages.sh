#!/bin/sh
# Tests the packages in build/packages/ (made by packaging/build-packages.sh) the way users get them:
#  1. the files: Debian names, lintian without errors, stripped binaries with their debug info in
#     the -dbgsym packages, Depends (enclave-tool without Qt Gui/Widgets), copyright, changelog,
#     man pages, completion; the RPMs' architectures and Requires (nothing beyond rpmlib/the shell);
#  2. a clean Debian 12 root (debootstrap --variant=minbase, cached in build/debootstrap/):
#     `apt-get install ./enclave-tool_*.deb`, build-sample-eif + describe-eif inside, purge, and
#     nothing of ours remains; the agent package the same way; apt's package counts for the tool
#     alone and for the GUI. Part 2 is skipped, with a message, only when Debian's mirror cannot be
#     reached.
# Needs root (debootstrap, chroot). Prints the figures README quotes.
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)
pkgs="$root/build/packages"
cache="$root/build/debootstrap"
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
suite=bookworm
start=$(date +%s)
fail=0
problem() {
    echo "test-packages: $1" >&2
    fail=1
}
field() { dpkg-deb -f "$1" "$2"; }

arch=$(dpkg --print-architecture)
. "$root/build/packaging/version.env" 2> /dev/null || true
for name in enclave-tool enclave-agent enclave-studio; do
    deb="$pkgs/${name}_${version:-?}-${revision:-?}_$arch.deb"
    if [ ! -f "$deb" ]; then
        [ "$name" = enclave-studio ] && [ ! -f "$root/build/app/enclave-studio/enclave-studio" ] && continue
        problem "$deb missing (run packaging/build-packages.sh)"
        continue
    fi
    # The static agent's build links it stripped (-s): it has no debug info to ship.
    if [ ! -f "$pkgs/$name-dbgsym_${version}-${revision}_$arch.ddeb" ] && [ "$name" != enclave-agent ]; then
        problem "$name: no -dbgsym package"
    fi
done
[ "$fail" -eq 0 ] || exit 1

# --- 1. The package files --------------------------------------------------------------------------
echo "== lintian"
for f in "$pkgs"/*.deb "$pkgs"/*.ddeb; do
    # --fail-on error: warnings are listed (README says why each remains) but do not fail.
    lintian --fail-on error "$f" ||
        problem "lintian reports errors for $(basename "$f")"
done

echo "== contents"
work=$(mktemp -d)
chroot_root=""
cleanup() {
    if [ -n "$chroot_root" ]; then
        umount "$chroot_root/proc" 2> /dev/null || true
        rm -rf "$chroot_root"
    fi
    rm -rf "$work"
}
trap cleanup EXIT
for deb in "$pkgs"/*.deb; do
    name=$(field "$deb" Package)
    dir="$work/$name"
    dpkg-deb -x "$deb" "$dir"
    [ -f "$dir/usr/share/doc/$name/copyright" ] || problem "$name: no copyright"
    grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' \
        "$dir/usr/share/doc/$name/copyright" 2> /dev/null || problem "$name: copyright is not machine-readable"
    gzip -t "$dir/usr/share/doc/$name/changelog.Debian.gz" 2> /dev/null || problem "$name: no changelog.Debian.gz"
    [ -f "$dir/usr/share/man/man1/$name.1.gz" ] || problem "$name: no man page"
    [ "$(field "$deb" Description | wc -l)" -ge 3 ] || problem "$name: no long description"
    # Every ELF file is stripped and carries a debug link or build id the -dbgsym package matches.
    find "$dir" -type f | while read -r f; do
        info=$(file -b "$f")
        case "$info" in
        ELF*)
            case "$info" in *"not stripped"* | *"with debug_info"*) problem "$name: ${f#"$dir"} is not stripped" ;; esac
            ;;
        esac
    done
    depends=$(field "$deb" Depends)
    echo "$name: Depends: ${depends:-(none)}"
    case "$name" in
    enclave-tool)
        echo "$depends" | grep -Eq 'libqt6(gui|widgets)' && problem "enclave-tool depends on Qt Gui/Widgets"
        echo "$depends" | grep -q openssh-client || problem "enclave-tool does not depend on openssh-client"
        echo "$depends" | grep -q libc6 || problem "enclave-tool: Depends not computed (no libc6)"
        [ -f "$dir/usr/share/bash-completion/completions/enclave-tool" ] || problem "enclave-tool: no bash completion"
        [ -x "$dir/usr/lib/enclave-studio/agent/linux-$(uname -m)/enclave-agent" ] ||
            problem "enclave-tool: no $(uname -m) agent for install-agent"
        ;;
    enclave-studio)
        echo "$depends" | grep -q "enclave-tool (= $version-$revision)" || problem "enclave-studio does not depend on enclave-tool"
        echo "$depends" | grep -q qt6-qpa-plugins || problem "enclave-studio does not depend on qt6-qpa-plugins"
        echo "$depends" | grep -q libqt6widgets6 || problem "enclave-studio: Depends not computed (no libqt6widgets6)"
        ;;
    enclave-agent)
        if readelf -d "$dir/usr/bin/enclave-agent" | grep -q NEEDED; then
            echo "enclave-agent: note: dynamically linked (the static agent of issue 12 has no Depends)"
        else
            [ -z "$depends" ] || problem "the static enclave-agent has Depends: $depends"
        fi
        ;;
    esac
done
for ddeb in "$pkgs"/*.ddeb; do
    dpkg-deb -c "$ddeb" | grep '/usr/lib/debug/.build-id/.*\.debug$' > /dev/null || problem "$(basename "$ddeb"): no debug files"
done

echo "== rpm"
for rpm_arch in x86_64 aarch64; do
    rpm="$pkgs/enclave-agent-$version-$revision.$rpm_arch.rpm"
    if [ ! -f "$rpm" ]; then
        echo "enclave-agent $rpm_arch RPM: not built (no $rpm_arch agent in this build)"
        continue
    fi
    [ "$(rpm -qp --qf '%{ARCH}' "$rpm" 2> /dev/null)" = "$rpm_arch" ] || problem "$(basename "$rpm"): wrong architecture"
    requires=$(rpm -qp --requires "$rpm" 2> /dev/null | grep -v '^rpmlib(' | grep -Ev '^(/bin/sh|/usr/bin/sh)$' || true)
    [ -z "$requires" ] || problem "$(basename "$rpm") requires more than the shell: $requires"
    rpm -qpl "$rpm" 2> /dev/null | grep -qx /usr/bin/enclave-agent || problem "$(basename "$rpm"): no /usr/bin/enclave-agent"
    echo "$(basename "$rpm"): Requires: only rpmlib features"
done

echo "== sizes (download / installed)"
for f in "$pkgs"/*.deb "$pkgs"/*.ddeb; do
    printf '  %-44s %7s KiB %7s KiB\n' "$(basename "$f")" "$(($(stat -c %s "$f") / 1024))" "$(field "$f" Installed-Size)"
done
for f in "$pkgs"/*.rpm; do
    [ -f "$f" ] && printf '  %-44s %7s KiB %7s KiB\n' "$(basename "$f")" "$(($(stat -c %s "$f") / 1024))" \
        "$(($(rpm -qp --qf '%{SIZE}' "$f" 2> /dev/null) / 1024))"
done
files_done=$(date +%s)

# --- 2. A clean Debian 12 root ---------------------------------------------------------------------
echo "== Debian 12 minbase root"
if [ "$(id -u)" -ne 0 ]; then
    echo "test-packages: SKIPPED the install test: needs root (debootstrap, chroot)"
    exit "$fail"
fi
tarball="$cache/$suite-minbase-$arch.tar"
if [ ! -f "$tarball" ]; then
    if ! wget -q --spider --timeout=15 --tries=1 "$mirror/dists/$suite/Release"; then
        echo "test-packages: SKIPPED the install test: Debian's mirror $mirror cannot be reached"
        exit "$fail"
    fi
    mkdir -p "$cache"
    echo "creating $tarball (once; later runs reuse it)"
    debootstrap --variant=minbase "$suite" "$work/bootstrap" "$mirror" > "$work/debootstrap.log" 2>&1 || {
        tail -20 "$work/debootstrap.log" >&2
        problem "debootstrap failed"
        exit 1
    }
    # Keep the package lists out of the cache: every run fetches fresh ones, as a user would.
    tar -C "$work/bootstrap" -cf "$tarball.part" . && mv "$tarball.part" "$tarball"
    rm -rf "$work/bootstrap"
fi
chroot_root=$(mktemp -d "$root/build/debootstrap/root.XXXXXX")
tar -C "$chroot_root" -xf "$tarball"
mount -t proc proc "$chroot_root/proc"
cp /etc/resolv.conf "$chroot_root/etc/resolv.conf"
mkdir "$chroot_root/pkgs"
cp "$pkgs"/*.deb "$chroot_root/pkgs/"
in_root() { chroot "$chroot_root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive HOME=/root LANG=C.UTF-8 "$@"; }
if ! in_root apt-get update -q > "$work/apt-update.log" 2>&1; then
    if ! wget -q --spider --timeout=15 --tries=1 "$mirror/dists/$suite/Release"; then
        echo "test-packages: SKIPPED the install test: Debian's mirror $mirror cannot be reached"
        exit "$fail"
    fi
    cat "$work/apt-update.log" >&2
    problem "apt-get update failed in the root"
    exit 1
fi
before=$(in_root dpkg-query -W -f '${Package}\n' | sort)

# The GUI, simulated only: how many packages apt would pull onto a minimal system.
# How many packages and how much disk apt would take on a minimal system for each package alone,
# as `apt install ./PKG.deb` does it (Recommends included): apt's own summary, answered "no".
ask_apt() {
    # Trivial-Only: apt prints its summary, then refuses to install anything. (--assume-no alone is not
    # enough: a package without dependencies, like the static agent, installs without a question.)
    in_root sh -c "cd /pkgs && apt-get install --assume-no -o APT::Get::Trivial-Only=true $*" > "$work/ask.log" 2>&1 || true
    count=$(sed -n 's/.* \([0-9][0-9]*\) newly installed.*/\1/p' "$work/ask.log")
    disk=$(sed -n 's/^After this operation, \(.*\) of additional disk space will be used.*/\1/p' "$work/ask.log")
    download=$(sed -n 's/^Need to get \(.*\) of archives.*/\1/p' "$work/ask.log")
    echo "${count:-?} packages, ${download:-?} download, ${disk:-?} on disk"
}
tool_figure=$(ask_apt ./enclave-tool_*.deb)
agent_figure=$(ask_apt ./enclave-agent_*.deb)
gui_figure="n/a (no GUI package)"
if ls "$pkgs"/enclave-studio_*.deb > /dev/null 2>&1; then
    gui_figure=$(ask_apt ./enclave-studio_*.deb ./enclave-tool_*.deb)
fi

# A package without dependencies (the static agent) may have been installed by the question above
# all the same: back to the original root before the install test.
for p in enclave-agent enclave-tool enclave-studio; do
    if in_root dpkg-query -W "$p" > /dev/null 2>&1; then
        in_root apt-get purge -y -q "$p" > /dev/null 2>&1 || problem "cannot purge $p after asking apt"
    fi
done

install_start=$(date +%s)
in_root sh -c 'cd /pkgs && apt-get install -y -q ./enclave-tool_*.deb' > "$work/install.log" 2>&1 || {
    cat "$work/install.log" >&2
    problem "apt-get install ./enclave-tool_*.deb failed"
    exit 1
}
ours=$(in_root dpkg -L enclave-tool | sort)
if in_root enclave-tool build-sample-eif --output /root/sample.eif > "$work/sample.json" 2>&1 &&
    in_root enclave-tool describe-eif --eif-path /root/sample.eif > "$work/describe.json" 2>&1; then
    grep -q '"PCR0"' "$work/describe.json" || problem "describe-eif inside the root printed no PCR0"
    grep -q '"IsSigned": true' "$work/describe.json" || problem "describe-eif inside the root: sample not signed"
    echo "enclave-tool build-sample-eif + describe-eif: ok inside the root"
else
    cat "$work/sample.json" "$work/describe.json" >&2
    problem "enclave-tool does not run inside the root"
fi
in_root enclave-tool --version | grep -q "enclave-tool $version" || problem "enclave-tool --version inside the root"
in_root apt-get purge -y -q --autoremove enclave-tool > "$work/purge.log" 2>&1 || {
    cat "$work/purge.log" >&2
    problem "apt-get purge enclave-tool failed"
}
after=$(in_root dpkg-query -W -f '${Package}\n' | sort)
[ "$before" = "$after" ] || problem "after the purge the root's packages differ: $(echo "$before" | diff - "$(echo "$after")" 2> /dev/null | head -5)"
left=""
for f in $ours; do
    [ -f "$chroot_root$f" ] && left="$left $f"
done
leftovers=$(find "$chroot_root" -xdev \( -path "$chroot_root/pkgs" -o -path "$chroot_root/proc" \) -prune -o \
    \( -name '*enclave*' -print \) | sed "s|^$chroot_root||")
[ -z "$left$leftovers" ] || problem "left after purge:$left $leftovers"
[ -z "$left$leftovers" ] && echo "purge: nothing of enclave-tool remains"

in_root sh -c 'cd /pkgs && apt-get install -y -q ./enclave-agent_*.deb' > "$work/agent.log" 2>&1 || {
    cat "$work/agent.log" >&2
    problem "apt-get install ./enclave-agent_*.deb failed"
}
in_root enclave-agent --version | grep -q "$version" || problem "enclave-agent --version inside the root"
in_root apt-get purge -y -q --autoremove enclave-agent > /dev/null 2>&1 || problem "apt-get purge enclave-agent failed"
[ -z "$(find "$chroot_root" -xdev -path "$chroot_root/pkgs" -prune -o -name '*enclave*' -print)" ] ||
    problem "enclave-agent left files after purge"
end=$(date +%s)

echo "== figures"
echo "apt install on Debian 12 minbase (packages incl. ours, with Recommends):"
echo "  enclave-tool:   $tool_figure"
echo "  enclave-agent:  $agent_figure"
echo "  enclave-studio: $gui_figure (with enclave-tool)"
echo "time: package checks $((files_done - start)) s, install test $((end - files_done)) s" \
    "(root unpacked + apt-get update + installs + purges; apt-get install of enclave-tool $((end - install_start)) s incl. the agent), total $((end - start)) s"
[ "$fail" -eq 0 ] && echo "test-packages: all checks passed"
exit "$fail"
