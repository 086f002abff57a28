# bash completion for enclave-tool. Commands and options are read from the program's own --help
# output, so completion always matches the installed version. Self-contained: it does not need
# the bash-completion helper functions.
_enclave_tool()
{
    local cur=${COMP_WORDS[COMP_CWORD]}
    local tool=${COMP_WORDS[0]}
    local IFS=$'\n'
    if ((COMP_CWORD == 1)); then
        local commands
        commands=$("$tool" --help 2>/dev/null |
            awk '/^Commands:/ { c = 1; next } c && /^  [a-z]/ { print $1 } c && /^$/ { c = 0 }')
        COMPREPLY=($(compgen -W "${commands}"$'\n'"--help"$'\n'"--version" -- "$cur"))
        return
    fi
    if [[ $cur == -* ]]; then
        local options
        options=$("$tool" "${COMP_WORDS[1]}" --help 2>/dev/null | grep -oE -- '--[a-z0-9][a-z0-9-]*' | sort -u)
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
        return
    fi
    # Option values and everything else: file names (EIFs, certificates, keys, documents).
    compopt -o filenames 2>/dev/null
    COMPREPLY=($(compgen -f -- "$cur"))
}
complete -F _enclave_tool enclave-tool
