#!/bin/sh
# check-manpages.sh MANDIR ENCLAVE_TOOL: every man page the build made renders with `man -l` without
# a single groff/man warning (what lintian checks too), has NAME and SYNOPSIS/DESCRIPTION sections,
# and enclave-tool's page documents every command `enclave-tool --help` lists.
set -u
mandir=$1
tool=$2
fail=0
for name in enclave-tool enclave-agent enclave-studio; do
    page="$mandir/$name.1.gz"
    if [ ! -f "$page" ]; then
        # enclave-studio is absent in a GUI-off build.
        [ "$name" = enclave-studio ] && continue
        echo "check-manpages: $page missing" >&2
        fail=1
        continue
    fi
    warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 > /dev/null)
    if [ -n "$warnings" ]; then
        echo "check-manpages: $page: man -l warns:" >&2
        echo "$warnings" >&2
        fail=1
    fi
    text=$(LC_ALL=C.UTF-8 MANWIDTH=80 man -l "$page" 2> /dev/null)
    for section in NAME DESCRIPTION; do
        echo "$text" | grep -q "^$section" || { echo "check-manpages: $page: no $section section" >&2; fail=1; }
    done
    echo "$text" | grep -q "$name" || { echo "check-manpages: $page: does not name $name" >&2; fail=1; }
done
commands=$("$tool" --help | awk '/^Commands:/ { c = 1; next } c && /^  [a-z]/ { print $1 } c && /^$/ { c = 0 }')
[ -n "$commands" ] || { echo "check-manpages: $tool --help lists no commands" >&2; fail=1; }
source=$(gzip -dc "$mandir/enclave-tool.1.gz")
for command in $commands; do
    echo "$source" | grep -qx "\.SS $command" || {
        echo "check-manpages: enclave-tool.1 does not document '$command'" >&2
        fail=1
    }
done
[ "$fail" -eq 0 ] && echo "check-manpages: pages render cleanly; enclave-tool.1 documents $(echo $commands | wc -w) commands"
exit "$fail"
