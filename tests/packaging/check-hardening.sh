#!/bin/sh
# check-hardening.sh ELF...: every binary was built with Debian's hardening flags (issue 14):
# PIE, full RELRO (GNU_RELRO + BIND_NOW), stack protector and _FORTIFY_SOURCE. Dynamic binaries
# of the host go through Debian's hardening-check; static ones (the static agent, any architecture)
# (stripped or not) are read with readelf and grep, which hardening-check cannot do for them.
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
        # Static (or another architecture): what the flags pull into the binary. With symbols,
        # __stack_chk_fail and the __*_chk functions; stripped, the messages only those glibc
        # functions print ("stack smashing detected", "buffer overflow detected").
        symbols=$(readelf -sW "$elf")
        if echo "$symbols" | grep -q '__stack_chk_fail'; then :; elif grep -aq 'stack smashing detected' "$elf"; then :; else
            problem "$elf" "no stack protector (neither __stack_chk_fail nor its message)"
        fi
        if echo "$symbols" | grep -Eq '__[a-z0-9_]+_chk\b'; then :; elif grep -aq 'buffer overflow detected' "$elf"; then :; else
            problem "$elf" "no _FORTIFY_SOURCE (neither __*_chk functions nor __chk_fail's message)"
        fi
    fi
    [ "$fail" -eq 0 ] && echo "check-hardening: $elf: PIE, RELRO, BIND_NOW, stack protector, fortify"
done
exit "$fail"
