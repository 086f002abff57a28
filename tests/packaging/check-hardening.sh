#!/bin/sh
# check-hardening.sh ELF...: every binary was built with Debian's hardening flags (issue 14):
# PIE, full RELRO (GNU_RELRO + BIND_NOW), stack protector and _FORTIFY_SOURCE. Dynamic binaries
# of the host go through Debian's hardening-check; static ones (the static agent, any architecture)
# (any architecture) are read with readelf, which hardening-check cannot do for them.
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
    checked="PIE, RELRO, BIND_NOW, stack protector, fortify"
    echo "$header" | grep -q 'Type:.*DYN' || problem "$elf" "not position independent (PIE)"
    readelf -l "$elf" | grep -q GNU_RELRO || problem "$elf" "no RELRO segment"
    echo "$dynamic" | grep -Eq '\(BIND_NOW\)|\(FLAGS\).*BIND_NOW|\(FLAGS_1\).*NOW' || problem "$elf" "no BIND_NOW (-z now)"
    if echo "$dynamic" | grep -q NEEDED && command -v hardening-check > /dev/null &&
        readelf -h "$elf" | grep -q "Machine:.*$(uname -m | sed 's/x86_64/X86-64/;s/aarch64/AArch64/')"; then
        # --nocfprotection: Debian 12's glibc start files carry no IBT/SHSTK property, so the
        # linker never marks any bookworm binary (/usr/bin/ssh fails it too); -fcf-protection is
        # checked below by its endbr64 landing pads instead.
        hardening-check --quiet --nocfprotection "$elf" >&2 || problem "$elf" "hardening-check failed (see above)"
        if echo "$header" | grep -q 'Machine:.*X86-64'; then
            objdump -d --no-show-raw-insn "$elf" | grep -q endbr64 || problem "$elf" "no -fcf-protection (no endbr64)"
        fi
    else
        # Static (or another architecture): the symbols the flags leave behind. A stripped static
        # binary has none, and the messages of glibc's own __stack_chk_fail/__chk_fail are in every
        # static binary, so there these two checks cannot be made (said, not passed silently).
        symbols=$(readelf -sW "$elf")
        if echo "$symbols" | grep -q ' FUNC '; then
            echo "$symbols" | grep -q '__stack_chk_fail' || problem "$elf" "no stack protector (__stack_chk_fail)"
            echo "$symbols" | grep -Eq '__[a-z0-9_]+_chk\b' || problem "$elf" "no _FORTIFY_SOURCE (__*_chk functions)"
        else
            checked="PIE, RELRO, BIND_NOW (stripped static binary: stack protector and fortify not checkable)"
        fi
    fi
    [ "$fail" -eq 0 ] && echo "check-hardening: $elf: $checked"
done
exit "$fail"
