#!/bin/bash
# check-completion.sh COMPLETION_FILE ENCLAVE_TOOL: the bash completion offers enclave-tool's
# commands, then the options of the command being typed, as the real program lists them.
set -u
completion=$1
tool=$2
# shellcheck source=/dev/null
source "$completion"
complete_words() {
    COMP_WORDS=("$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _enclave_tool
    printf '%s\n' "${COMPREPLY[@]}"
}
fail=0
expect() { # expect DESCRIPTION WANTED WORD...
    local what=$1 wanted=$2
    shift 2
    local got
    got=$(complete_words "$@")
    if ! grep -qx -- "$wanted" <<< "$got"; then
        echo "check-completion: $what: '$wanted' not offered for '$*' (got: $(echo $got))" >&2
        fail=1
    fi
}
expect "command" describe-eif "$tool" desc
expect "command" verify-attestation "$tool" ver
expect "command" remote "$tool" rem
expect "option" --eif-path "$tool" describe-eif --eif
expect "option" --output "$tool" build-sample-eif --out
expect "option" --expect-pcr "$tool" verify-attestation --exp
# Every offered command exists.
for c in $(complete_words "$tool" ""); do
    case "$c" in --*) continue ;; esac
    "$tool" "$c" --help > /dev/null 2>&1 || { echo "check-completion: offers '$c' which has no --help" >&2; fail=1; }
done
[ "$fail" -eq 0 ] && echo "check-completion: commands and options complete"
exit "$fail"
