#!/bin/sh
# A fuzzing campaign: every target for N minutes, JOBS at a time, under nice -n 19 (the machine is
# shared). New inputs are merged (libFuzzer -merge=1: only those adding coverage) into a local
# corpus that is not committed, CORPUS/<input>/, which the next campaign starts from. Afterwards every
# corpus input is timed on its own to find the slowest unit. Writes CORPUS/summary.md.
#   tests/fuzz/campaign.sh [--minutes N] [--jobs N] [--corpus DIR] [--only "eif cpio"] [--summary-only] [BUILD_DIR]
#   (defaults: 8 minutes, 2 jobs, BUILD_DIR/fuzz-corpus, every target in targets.txt, build-fuzz)
# Bounded: each target stops after its minutes (restarted after a crash at most 10 times).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
minutes=8
jobs=2
build=build-fuzz
corpus=""
only=""
summary_only=0
while [ $# -gt 0 ]; do
    case "$1" in
    --minutes) minutes=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    --corpus) corpus=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    --summary-only) summary_only=1; shift ;;
    *) build=$1; shift ;;
    esac
done
build=$(cd "$build" && pwd)
[ -n "$corpus" ] || corpus="$build/fuzz-corpus"
mkdir -p "$corpus"
corpus=$(cd "$corpus" && pwd)
logs="$corpus/logs"
artifacts="$corpus/artifacts"
mkdir -p "$logs" "$artifacts"

campaign_one() { # input max_len
    input=$1
    max_len=$2
    bin="$build/tests/fuzz/fuzz_$input"
    new="$corpus/$input.new"
    mkdir -p "$corpus/$input" "$new"
    regressions=""
    [ -d "$here/regressions/fuzz_$input" ] && regressions="$here/regressions/fuzz_$input"
    end=$(( $(date +%s) + minutes * 60 ))
    round=0
    : >"$logs/$input.log"
    while [ "$round" -lt 10 ]; do
        left=$(( end - $(date +%s) ))
        [ "$left" -gt 5 ] || break
        round=$((round + 1))
        # shellcheck disable=SC2086
        nice -n 19 "$bin" -max_len="$max_len" -timeout=2 -rss_limit_mb=2048 -malloc_limit_mb=2048 \
            -max_total_time="$left" -print_final_stats=1 -dict="$here/dict/$input.dict" \
            -artifact_prefix="$artifacts/fuzz_$input-" -report_slow_units=1 \
            "$new" "$corpus/$input" "$here/$input" $regressions >>"$logs/$input.log" 2>&1 || true
    done
    nice -n 19 "$bin" -merge=1 -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 \
        "$corpus/$input" "$new" >"$logs/$input.merge.log" 2>&1 || true
    rm -rf "$new"
    # Slowest unit: every kept input on its own (libFuzzer prints "Executed F in N ms"); a copy of
    # the first input runs first so one-time initialisation is not charged to anything.
    first=$(ls "$corpus/$input" | head -n 1)
    if [ -n "$first" ]; then
        (cd "$corpus/$input" && ls | sed "1i $first" | xargs nice -n 19 "$bin" -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$logs/timing-") \
            >"$logs/$input.timing.log" 2>&1 || true
    fi
}

cpu_ms() { # input file: CPU milliseconds (user + sys) of 5 runs of one input, process start included
    /usr/bin/time -f '%U %S' -o "$logs/time.$$" "$build/tests/fuzz/fuzz_$1" -runs=5 -artifact_prefix="$logs/timing-" "$2" \
        >/dev/null 2>&1 || true
    # time(1) puts "Command exited with non-zero status N" first when the run fails: last line only.
    tail -n 1 "$logs/time.$$" | awk '{printf "%d\n", ($1 + $2) * 1000}'
    rm -f "$logs/time.$$"
}

summary() { # input
    input=$1
    log="$logs/$input.log"
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | awk '{s += $1} END {print s + 0}')
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2)
    ft=$(grep -o 'ft: [0-9]*' "$log" | tail -n 1 | cut -d' ' -f2)
    rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log" | sort -n | tail -n 1)
    crashes=$(ls "$artifacts" | grep -c "^fuzz_$input-\(crash\|leak\|timeout\|oom\)-" || true)
    kept=$(ls "$corpus/$input" | wc -l)
    # Wall time on a shared machine mostly measures the neighbours: the 3 slowest by wall time are
    # run again 5 times each and charged their CPU time (user + sys) minus that of an empty input.
    slowest="? ms"
    best=0
    : >"$logs/empty"
    base=$(cpu_ms "$input" "$logs/empty")
    for f in $(sed -n 's/^Executed \(.*\) in \([0-9]*\) ms$/\2 \1/p' "$logs/$input.timing.log" 2>/dev/null | sort -n | tail -n 3 | cut -d' ' -f2); do
        [ -f "$corpus/$input/$f" ] || continue
        ms=$(( $(cpu_ms "$input" "$corpus/$input/$f") - base ))
        if [ "$ms" -ge "$best" ]; then
            best=$ms
            slowest="$((ms / 5)) ms CPU ($(stat -c %s "$corpus/$input/$f") B, $f)"
        fi
    done
    echo "| fuzz_$input | ${minutes} min | $execs | ${cov:-?} | ${ft:-?} | $kept | ${rss:-?} MB | $crashes | $slowest |"
}

grep -v '^#' "$here/targets.txt" | while read -r input max_len; do
    [ -n "$input" ] || continue
    if [ -n "$only" ]; then
        case " $only " in *" $input "*) ;; *) continue ;; esac
    fi
    echo "$input $max_len"
done >"$corpus/targets"

if [ "$summary_only" = 0 ]; then
echo "campaign: $(date -u +%FT%TZ) start, $minutes min per target, $jobs at a time, corpus $corpus"
set -- $(cat "$corpus/targets")
while [ $# -gt 0 ]; do
    n=0
    pids=""
    while [ $# -gt 0 ] && [ $n -lt "$jobs" ]; do
        echo "campaign: $(date -u +%T) fuzz_$1"
        campaign_one "$1" "$2" &
        pids="$pids $!"
        shift 2
        n=$((n + 1))
    done
    for p in $pids; do wait "$p" || true; done
done
fi
{
    echo "| target | time | executions | cov | ft | corpus | peak RSS | crashes | slowest unit |"
    echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
    while read -r input max_len; do summary "$input"; done <"$corpus/targets"
} >"$corpus/summary.md"
echo "campaign: $(date -u +%FT%TZ) done"
cat "$corpus/summary.md"
