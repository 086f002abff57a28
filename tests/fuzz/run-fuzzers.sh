#!/bin/sh
# Runs every libFuzzer target for a short fixed time over its seeds plus its regressions (the CI
# stage of packaging/run-tests.sh). Fails on a crash, leak, sanitizer report, an input slower than
# 2 s or a process above 2 GiB. New corpus items go to a temporary directory, never into the
# checked-in seeds; crash inputs are kept in BUILD_DIR/fuzz-artifacts/ for a look.
#   tests/fuzz/run-fuzzers.sh [--seconds N] [--jobs N] [BUILD_DIR]    (default 25 s, 2 jobs, build-fuzz)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
seconds=25
jobs=2
build=build-fuzz
while [ $# -gt 0 ]; do
    case "$1" in
    --seconds) seconds=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    *) build=$1; shift ;;
    esac
done
build=$(cd "$build" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/enclave-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
artifacts="$build/fuzz-artifacts"
mkdir -p "$artifacts"

run_one() { # input max_len
    input=$1
    max_len=$2
    bin="$build/tests/fuzz/fuzz_$input"
    log="$work/$input.log"
    mkdir -p "$work/$input"
    regressions=""
    [ -d "$here/regressions/fuzz_$input" ] && regressions="$here/regressions/fuzz_$input"
    # shellcheck disable=SC2086 # $regressions is one directory or nothing
    if "$bin" -max_len="$max_len" -timeout=2 -rss_limit_mb=2048 -malloc_limit_mb=2048 \
        -max_total_time="$seconds" -print_final_stats=1 -dict="$here/dict/$input.dict" \
        -artifact_prefix="$artifacts/fuzz_$input-" \
        "$work/$input" "$here/$input" $regressions >"$log" 2>&1; then
        execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
        cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1)
        echo "fuzz_$input: ok, $execs executions in ${seconds} s, $cov"
    else
        echo "fuzz_$input: FAILED (log follows; input saved under $artifacts)"
        tail -n 60 "$log"
        return 1
    fi
}

status=0
grep -v '^#' "$here/targets.txt" | while read -r input max_len; do
    [ -n "$input" ] && echo "$input $max_len"
done >"$work/targets"
# Two at a time (one per core): a wave of $jobs targets, then wait for all of them.
set -- $(cat "$work/targets")
while [ $# -gt 0 ]; do
    n=0
    pids=""
    while [ $# -gt 0 ] && [ $n -lt "$jobs" ]; do
        run_one "$1" "$2" >"$work/$1.result" 2>&1 &
        pids="$pids $!:$1"
        shift 2
        n=$((n + 1))
    done
    for p in $pids; do
        if ! wait "${p%%:*}"; then
            status=1
        fi
        cat "$work/${p#*:}.result"
    done
done
if [ $status -ne 0 ]; then
    echo "run-fuzzers: FAILED"
    exit 1
fi
echo "run-fuzzers: every target ran ${seconds} s clean"
