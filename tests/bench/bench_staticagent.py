#!/usr/bin/env python3
"""Figures for the static enclave-agent (README "Remote enclaves"): binary sizes, --version
start-up time (static vs the Qt agent it replaced, when a build of that is given with --legacy
PATH; it is no longer built), console throughput over stdio and the agent's peak RSS while it
streams a console at full speed.

usage: bench_staticagent.py BUILD_DIR [MEGABYTES] [--legacy PATH]

The console comes from a finished capture on disk (STATE/console/ID.log, the ring format both
agents share), so the figure is the agent's own cost: read, base64, JSON, write to the pipe.
Every loop is bounded."""
import base64, json, os, subprocess, sys, tempfile, time

args = sys.argv[1:]
legacy = None
if "--legacy" in args:
    i = args.index("--legacy")
    legacy = args[i + 1]
    del args[i:i + 2]
build = args[0]
megabytes = int(args[1]) if len(args) > 1 else 32
agents = {"static": f"{build}/lib/enclave-studio/agent/linux-x86_64/enclave-agent"}
if legacy:
    agents["legacy"] = legacy
arm = f"{build}/lib/enclave-studio/agent/linux-aarch64/enclave-agent"
ID = "i-06c28848702514cd5-enc1904e4fea1636f6"

print("binary sizes:")
for name, path in [("x86_64", agents["static"]), ("aarch64", arm), ("legacy (Qt, dynamic)", legacy or "")]:
    if os.path.exists(path):
        print(f"  {name}: {os.path.getsize(path)} bytes")

print("--version start-up (mean of 200 runs):")
means = {}
for name, path in agents.items():
    n = 200
    t = time.perf_counter()
    for _ in range(n):
        subprocess.run([path, "--version"], stdout=subprocess.DEVNULL, check=True)
    means[name] = (time.perf_counter() - t) / n * 1000
    print(f"  {name}: {means[name]:.2f} ms")
if "legacy" in means:
    print(f"  ratio legacy/static: {means['legacy'] / means['static']:.1f}x")

def console_run(path, state, payload_len):
    p = subprocess.Popen([path, "--stdio", "--state-dir", state, "--image-dir", state + "/images", "--nitro-cli", "/bin/false"],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=0)
    req = {"jsonrpc": "2.0", "id": 1, "method": "console.subscribe", "params": {"enclaveId": ID}}
    t = time.perf_counter()
    p.stdin.write((json.dumps(req) + "\n").encode())
    got = 0
    peak = 0
    buf = b""
    done = False
    deadline = t + 300
    while not done and time.perf_counter() < deadline:
        chunk = p.stdout.read(1 << 20)
        if not chunk:
            break
        buf += chunk
        lines = buf.split(b"\n")
        buf = lines.pop()
        for line in lines:
            m = json.loads(line)
            if m.get("method") == "console.data":
                got += len(base64.b64decode(m["params"]["data"]))
            elif m.get("method") == "console.closed":
                done = True
        try:
            with open(f"/proc/{p.pid}/status") as f:
                for l in f:
                    if l.startswith("VmHWM:"):
                        peak = max(peak, int(l.split()[1]))
        except OSError:
            pass
    elapsed = time.perf_counter() - t
    p.stdin.close()
    p.wait(10)
    assert got == payload_len, (got, payload_len)
    return elapsed, peak

with tempfile.TemporaryDirectory() as tmp:
    state = tmp + "/state"
    os.makedirs(state + "/console")
    os.makedirs(state + "/images")
    line = (b"x" * 999) + b"\n"
    payload = line * (megabytes * 1000)
    log = f"{state}/console/{ID}.log"
    with open(log, "wb") as f:
        header = b"ENCLAVE-CONSOLE 1 first=" + b"0" * 20
        f.write(header.ljust(63, b" ") + b"\n")
        f.write(payload)
    with open(log + ".closed", "w") as f:
        f.write("enclave exited")
    with open(state + "/state.json", "w") as f:
        json.dump({"enclaves": [{"EnclaveID": ID, "State": "RUNNING", "Flags": "DEBUG_MODE"}]}, f)
    t = time.perf_counter()
    subprocess.run(["cat", log], stdout=subprocess.DEVNULL, check=True)
    cat = len(payload) / (time.perf_counter() - t) / 1e6
    print(f"console over stdio ({megabytes} MB of 1000-byte lines; `cat` of the same file: {cat:.0f} MB/s):")
    for name, path in agents.items():
        elapsed, peak = console_run(path, state, len(payload))
        print(f"  {name}: {len(payload) / elapsed / 1e6:.0f} MB/s, peak RSS {peak / 1024:.1f} MiB")
