#!/bin/sh
# Fake nitro-cli for tst_nitroclibackend (the one allowed mock: nitro-cli needs Nitro hardware).
# It replays output recorded from nitro-cli 1.x (JSON on stdout, "[ Exx ]" errors on stderr, exit
# status = the E number) and keeps its state in $FAKE_NITRO_DIR:
#   running       exists while the enclave runs; holds 1 for debug mode
#   fail_run      if present, run-enclave prints it on stderr and exits 39
#   describe_e39  if present, describe-enclaves also reports an unresponsive enclave (exit 39)
#   calls         one line per invocation with its arguments, NUL-free
D="$FAKE_NITRO_DIR"
ID=i-06c28848702514cd5-enc1904e4fea1636f6
printf '%s\n' "$*" >> "$D/calls"
case "$1" in
--version)
    echo "Nitro CLI 1.5.0"
    exit 0 ;;
run-enclave)
    echo "launch-start" >> "$D/launches"
    sleep 0.3
    echo "launch-end" >> "$D/launches"
    echo "Start allocating memory..." >&2
    if [ -f "$D/fail_run" ]; then
        cat "$D/fail_run" >&2
        exit 39
    fi
    debug=0
    for a in "$@"; do [ "$a" = "--debug-mode" ] && debug=1; done
    echo "$debug" > "$D/running"
    echo "Started enclave with enclave-cid: 16, memory: 512 MiB, cpu-ids: [1, 5]" >&2
    cat <<JSON
{
  "EnclaveName": "hello",
  "EnclaveID": "$ID",
  "ProcessID": 6383,
  "EnclaveCID": 16,
  "NumberOfCPUs": 2,
  "CPUIDs": [
    1,
    5
  ],
  "MemoryMiB": 512
}
JSON
    exit 0 ;;
describe-enclaves)
    if [ -f "$D/running" ]; then
        flags=NONE
        [ "$(cat "$D/running")" = 1 ] && flags=DEBUG_MODE
        cat <<JSON
[
  {
    "EnclaveName": "hello",
    "EnclaveID": "$ID",
    "ProcessID": 6383,
    "EnclaveCID": 16,
    "NumberOfCPUs": 2,
    "CPUIDs": [
      1,
      5
    ],
    "MemoryMiB": 512,
    "State": "RUNNING",
    "Flags": "$flags",
    "Measurements": {
      "HashAlgorithm": "Sha384 { ... }",
      "PCR0": "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      "PCR1": "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
      "PCR2": "000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
    }
  }
]
JSON
    else
        echo "[]"
    fi
    if [ -f "$D/describe_e39" ]; then
        echo "Failed connections: 1" >&2
        echo "[ E39 ] Enclave process connection failure. Such error appears when the enclave process fails to connect to the enclave process's socket." >&2
        exit 39
    fi
    exit 0 ;;
terminate-enclave)
    if [ -f "$D/running" ] && [ "$3" = "$ID" ]; then
        rm -f "$D/running"
        echo "Successfully terminated enclave $ID." >&2
        printf '{\n  "EnclaveName": "hello",\n  "EnclaveID": "%s",\n  "Terminated": true\n}\n' "$ID"
        exit 0
    fi
    echo "[ E11 ] Socket error. Such error appears when the enclave process fails to communicate with its socket." >&2
    echo "" >&2
    echo "For more details, please visit https://docs.aws.amazon.com/enclaves/latest/user/cli-errors.html#E11" >&2
    exit 11 ;;
console)
    if [ ! -f "$D/running" ] || [ "$3" != "$ID" ]; then
        echo "[ E11 ] Socket error. Such error appears when the enclave process fails to communicate with its socket." >&2
        exit 11
    fi
    if [ "$(cat "$D/running")" != 1 ]; then
        echo "[ E44 ] Console connection failure. The enclave was not started with the debug flag set, include '--debug-mode' in the run-enclave command" >&2
        exit 44
    fi
    echo "Connecting to the console for enclave 16..."
    echo "Successfully connected to the console."
    echo "[    0.000000] Linux version 4.14.256-209.484.amzn2.x86_64 (mockbuild@ip-10-0-1-54) boot line"
    i=0
    while [ -f "$D/running" ] && [ $i -lt 400 ]; do
        i=$((i + 1))
        echo "app tick $i"
        sleep 0.05
    done
    exit 0 ;;
esac
echo "error: Found argument '$1' which wasn't expected" >&2
exit 2
