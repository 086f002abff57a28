#!/bin/sh
# Fails when any C++ file deviates from the committed .clang-format. Debian 12's clang-format (14) is the
# reference: another major version formats some constructs differently, so the check would flap.
# Usage: packaging/check-format.sh [--fix]
set -eu
cd "$(dirname "$0")/.."
CLANG_FORMAT=${CLANG_FORMAT:-clang-format-14}
command -v "$CLANG_FORMAT" >/dev/null || { echo "check-format: $CLANG_FORMAT not found (packaging/install-deps.sh installs it)" >&2; exit 2; }
if [ -d .git ] || git rev-parse --git-dir >/dev/null 2>&1; then
    files=$(git ls-files '*.cpp' '*.h' | grep -v '^tests/data/')
else
    files=$(find app core widgets tests -name '*.cpp' -o -name '*.h' | grep -v '^tests/data/')
fi
if [ "${1:-}" = "--fix" ]; then
    echo "$files" | xargs "$CLANG_FORMAT" -i
    exit 0
fi
if ! echo "$files" | xargs "$CLANG_FORMAT" --dry-run -Werror 2>/tmp/check-format.$$; then
    grep -E '^[^ ].*: error:' /tmp/check-format.$$ | cut -d: -f1 | sort -u | sed 's/^/check-format: drift in /' >&2
    rm -f /tmp/check-format.$$
    echo "check-format: run packaging/check-format.sh --fix and commit" >&2
    exit 1
fi
rm -f /tmp/check-format.$$
echo "check-format: $(echo "$files" | wc -l) files match .clang-format"
