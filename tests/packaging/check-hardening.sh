#!/bin/sh
# check-hardening.sh ELF...: every binary was built with Debian's hardening flags (issue 14):
# PIE, full RELRO (GNU_RELRO + BIND_NOW), stack protector and _FORTIFY_SOURCE. Dynamic binaries
# of the host go through Debian's hardening-check; static ones (the static agent, any architecture)
# are read with readelf, which hardening-check cannot do for them.
set -u
fail=0
problem() {
    echo "check-hardening: $1: $2" >&2
    fail=1
}
for elf in "$@"; do
    [ -f "$elf" ] || { problem "$elf" "missing"; continue; }
    header=$(readelf -h "$elf") || { problem "$elf" "not an ELF file"; continue; }
    dynamic=$(readelf -d "$elf" 2> /dev/null)
    echo "$header" | grep -q 'Type:.*DYN' || problem "$elf" "not position independent (PIE)"
    readelf -l "$elf" | grep -q GNU_RELRO || problem "$elf" "no RELRO segment"
    echo "$dynamic" | grep -Eq '\(BIND_NOW\)|\(FLAGS\).*BIND_NOW|\(FLAGS_1\).*NOW' || problem "$elf" "no BIND_NOW (-z now)"
    if echo "$dynamic" | grep -q NEEDED && command -v hardening-check > /dev/null &&
        readelf -h "$elf" | grep -q "Machine:.*$(uname -m | sed 's/x86_64/X86-64/;s/aarch64/AArch64/')"; then
        hardening-check --quiet "$elf" >&2 || problem "$elf" "hardening-check failed (see above)"
    else
        # Static: look for the symbols the flags leave behind (needs the unstripped binary).
        symbols=$(readelf -sW "$elf")
        echo "$symbols" | grep -q '__stack_chk_fail' || problem "$elf" "no stack protector (__stack_chk_fail)"
        echo "$symbols" | grep -Eq '__[a-z0-9_]+_chk\b' || problem "$elf" "no _FORTIFY_SOURCE (__*_chk) functions"
    fi
    [ "$fail" -eq 0 ] && echo "check-hardening: $elf: PIE, RELRO, BIND_NOW, stack protector, fortify"
done
exit "$fail"
