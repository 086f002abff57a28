#!/usr/bin/env python3
"""Regenerates the checked-in seed corpora of tests/fuzz/<input>/ from tests/data (run from anywhere).

Seeds are small, real inputs: the fixture EIFs, attestation documents (raw, hex, base64), the CBOR
and cpio parts inside them, nitro-cli's recorded output (tests/agent/fake-nitro-cli.sh), describe-eif
and nitro-cli JSON, a KMS key policy in AWS's shape, and console text with colours. Two-part targets
(cpio, nitrocli) take a 4-byte little-endian length prefix; see each fuzz_<input>.cpp."""

import base64
import gzip
import io
import json
import pathlib
import shutil
import struct

HERE = pathlib.Path(__file__).resolve().parent
DATA = HERE.parent / "data"


def reset(name):
    d = HERE / name
    if d.exists():
        shutil.rmtree(d)
    d.mkdir()
    return d


def sections(eif):
    """(type, flags, data) of each section, walked from offset 548 as nitro-cli does."""
    out, pos = [], 548
    while pos + 12 <= len(eif):
        kind, flags, size = struct.unpack(">HHQ", eif[pos:pos + 12])
        out.append((kind, flags, eif[pos + 12:pos + 12 + size]))
        pos += 12 + size
    return out


def two(a, b):
    return struct.pack("<I", len(a)) + a + b


eifs = {p.name: p.read_bytes() for p in sorted((DATA / "eif").glob("*.eif"))}
docs = {p.name: p.read_bytes() for p in sorted((DATA / "attestation").glob("*.cbor"))}

d = reset("eif")
for name, b in eifs.items():
    (d / name).write_bytes(b)

d = reset("attestation")
picks = ["evervault-ga-debug-2023-09-18.cbor", "fastcrypto-pcr16-indefmap-2025-11-10.cbor",
         "sparsity2-tagged18-VALID.cbor", "uid2core-debug-2021-04-26.cbor"]
for name in picks:
    (d / name).write_bytes(docs[name])
(d / "sparsity-attestation2.hex").write_bytes(docs["sparsity-attestation2-2023-09-28.cbor"].hex().encode() + b"\n")
(d / "sparsity-attestation2.b64").write_bytes(base64.b64encode(docs["sparsity-attestation2-2023-09-28.cbor"]) + b"\n")

d = reset("cbor")
(d / "attestation-indefmap.cbor").write_bytes(docs["base-nitrovalidator-indefmap-2026-01-03.cbor"])
sig = [s[2] for s in sections(eifs["signed_p384_v4.eif"]) if s[0] == 5][0]
(d / "eif-signature-section.cbor").write_bytes(sig)
# {1: -35, "a": (_ h'61', h'62'), 2: [1.0 (half), 1.1], -1: [_ 1, 2], "key": 24(h'010203')}
(d / "small-mixed.cbor").write_bytes(bytes.fromhex(
    "a5" "013822" "6161" "5f41614162ff" "02" "82f93c00fb3ff199999999999a" "20" "9f0102ff" "636b6579" "d81843010203"))

d = reset("cpio")
ramdisks = [s[2] for s in sections(eifs["unsigned_v4.eif"]) if s[0] == 3]
arm = [s[2] for s in sections(eifs["unsigned_v3_arm64.eif"]) if s[0] == 3]
(d / "v4-ramdisk0-vs-ramdisk1").write_bytes(two(ramdisks[0], ramdisks[1]))
(d / "v4-vs-arm64-ramdisk1").write_bytes(two(ramdisks[-1], arm[-1]))
gz = io.BytesIO()
with gzip.GzipFile(fileobj=gz, mode="wb", mtime=0) as f:
    f.write(ramdisks[-1])
(d / "gzip-vs-plain").write_bytes(two(gz.getvalue(), ramdisks[-1]))
(d / "concatenated-vs-one").write_bytes(two(ramdisks[0] + ramdisks[1], ramdisks[0]))

d = reset("measurements")
pcr = "20465c702d4d5956cf9b32bc8e4b8bb556909056002f7bdfa7271b50e2174be50e78094b9ff233d2e6ef04b5ef64851f"
pcr8 = "d91c61d1477b6fbe53109052b02ff5edaafcc815efe75c397ba1d6971c28a2c2e6ea420e318ffbf8172863c0a8043cbe"
for name in ["unsigned_v4.expected.json", "signed_p384_v4.expected.json"]:
    doc = json.loads((DATA / "eif" / name).read_text())
    (d / name.replace(".expected", "-describe-eif")).write_text(json.dumps(doc["nitro_cli_describe_eif"], indent=2))
(d / "build-enclave-output.txt").write_text(
    "Start building the Enclave Image...\nEnclave Image successfully created.\n"
    + json.dumps({"Measurements": {"HashAlgorithm": "Sha384 { ... }", "PCR0": pcr, "PCR1": pcr8, "PCR2": pcr}}, indent=2))
(d / "describe-enclaves.json").write_text(json.dumps([{
    "EnclaveName": "hello", "EnclaveID": "i-06c28848702514cd5-enc1904e4fea1636f6", "EnclaveCID": 16,
    "State": "RUNNING", "Flags": "NONE", "Measurements": {"HashAlgorithm": "Sha384 { ... }", "PCR0": pcr}}], indent=2))
(d / "expectations.json").write_text(json.dumps({"pcrs": {"0": pcr, "8": pcr8}}))
role = "arn:aws:iam::123456789012:role/enclave-parent"
cond = {"kms:RecipientAttestation:ImageSha384": pcr, "kms:RecipientAttestation:PCR8": pcr8}
(d / "kms-key-policy.json").write_text(json.dumps({
    "Version": "2012-10-17",
    "Statement": [
        {"Sid": "Enable IAM User Permissions", "Effect": "Allow",
         "Principal": {"AWS": "arn:aws:iam::123456789012:root"}, "Action": "kms:*", "Resource": "*"},
        {"Sid": "Allow attested enclave", "Effect": "Allow", "Principal": {"AWS": role},
         "Action": ["kms:Decrypt", "kms:GenerateDataKey"], "Resource": "*",
         "Condition": {"StringEqualsIgnoreCase": cond}},
        {"Sid": "Deny other images", "Effect": "Deny", "Principal": {"AWS": role}, "Action": "kms:Decrypt",
         "Resource": "*", "Condition": {"StringNotEqualsIgnoreCase": {"kms:RecipientAttestation:PCR0": pcr}}},
    ]}, indent=2))

# nitro-cli output as tests/agent/fake-nitro-cli.sh replays it: exit, crashed, stdout, stderr.
d = reset("nitrocli")
enclave = {"EnclaveName": "hello", "EnclaveID": "i-06c28848702514cd5-enc1904e4fea1636f6", "ProcessID": 6383,
           "EnclaveCID": 16, "NumberOfCPUs": 2, "CPUIDs": [1, 5], "MemoryMiB": 512}


def nitro(name, code, out, err):
    (d / name).write_bytes(struct.pack("<bB", code, 0) + two(out.encode(), err.encode()))


nitro("run-ok", 0, json.dumps(enclave, indent=2),
      "Start allocating memory...\nStarted enclave with enclave-cid: 16, memory: 512 MiB, cpu-ids: [1, 5]\n")
nitro("run-e26", 39, "",
      "Start allocating memory...\n[ E26 ] Insufficient memory requested. User provided `memory` is 16 MB, but based on the EIF file size, the minimum memory should be 276 MB\n\n"
      "For more details, please visit https://docs.aws.amazon.com/enclaves/latest/user/cli-errors.html#E26\n\n"
      "If you open a support ticket, please provide the error log found at \"/var/log/nitro_enclaves/err2023-04-21T10:31:12.345.log\"\n"
      "[ E39 ] Enclave process connection failure.\n")
nitro("describe-e39", 39, json.dumps([dict(enclave, State="RUNNING", Flags="DEBUG_MODE")], indent=2),
      "Failed connections: 1\n[ E39 ] Enclave process connection failure. Such error appears when the enclave process fails to connect to the enclave process's socket.\n")
nitro("terminate-e11", 11, "", "[ E11 ] Socket error. Such error appears when the enclave process fails to communicate with its socket.\n")

d = reset("console")
(d / "boot-colours").write_bytes(bytes([31]) + (
    "[    0.000000] Linux version 6.1.0 (gcc) #1 SMP\r\n\x1b[0;32m  OK  \x1b[0m] Started \x1b[1mnsm\x1b[22m.\n"
    "\x1b[38;5;208morange\x1b[39m \x1b[48;2;10;20;30mtruecolour\x1b[49m \x1b[7minverse\x1b[27m\n"
    "\x1b]0;title\x07\x1b]8;;https://example.invalid\x1b\\link\x1b]8;;\x1b\\ \x1b[2K\x1b[1;1H\x1b(B\x1bc tab\there\n"
    "UTF-8: \u00e4\u00f6\u00fc \u2603 \U0001f600\n").encode())
(d / "split-escapes").write_bytes(bytes([0]) + "a\x1b[1;3;4;31;42mb\x1b[0m\x1b[38:2::1:2:3mc\x1b[m\n".encode())
# The same console text for the view (chunk size, scrollback, bytes), plus a long line and a flood.
d = reset("consoleview")
for f in sorted((HERE / "console").iterdir()):
    b = f.read_bytes()
    (d / f.name).write_bytes(b[:1] + b"\x00" + b[1:])
(d / "long-line-and-flood").write_bytes(b"\x3f\x00" + b"A" * 5000 + b"\n\x1b[31m" + b"x\n" * 300)

# Lines the agent sends (core/agent/PROTOCOL.md); the fuzz target has requests 1-4, console-1 and stream-1.
d = reset("agentreply")
enc = "i-06c28848702514cd5-enc1904e4fea1636f6"
def lines(name, *messages):
    (d / name).write_bytes(b"".join(json.dumps(m, separators=(",", ":")).encode() + b"\n" for m in messages))
lines("hello-and-list",
      {"jsonrpc": "2.0", "id": 1, "result": {"protocol": 1, "agent": {"name": "enclave-agent", "version": "0.1.0"},
                                               "backend": "simulator", "limits": {"maxLineBytes": 1048576}}},
      {"jsonrpc": "2.0", "id": 2, "result": [dict(enclave, State="RUNNING", Flags="DEBUG_MODE")]})
lines("console-data-gap-closed",
      {"jsonrpc": "2.0", "id": 3, "result": {"subscription": "console-1", "firstSeq": 0, "endSeq": 11}},
      {"jsonrpc": "2.0", "method": "console.data", "params": {"subscription": "console-1", "enclaveId": enc, "seq": 0,
                                                              "data": base64.b64encode(b"hello \x1b[1mworld\n").decode()}},
      {"jsonrpc": "2.0", "method": "console.data", "params": {"subscription": "console-1", "enclaveId": enc, "seq": 40,
                                                              "data": base64.b64encode(b"after gap\n").decode(), "gap": True}},
      {"jsonrpc": "2.0", "method": "console.data", "params": {"subscription": "console-1", "enclaveId": enc, "seq": 45,
                                                              "data": base64.b64encode(b"overlapping\n").decode()}},
      {"jsonrpc": "2.0", "method": "console.closed", "params": {"subscription": "console-1", "enclaveId": enc,
                                                                "reason": "exited", "endSeq": 57}})
lines("stream-and-errors",
      {"jsonrpc": "2.0", "id": 4, "result": {"stream": "stream-1"}},
      {"jsonrpc": "2.0", "method": "stream.data", "params": {"stream": "stream-1", "data": "aGVsbG8="}},
      {"jsonrpc": "2.0", "method": "stream.closed", "params": {"stream": "stream-1", "reason": "eof"}},
      {"jsonrpc": "2.0", "id": 2, "error": {"code": -32000, "message": "Insufficient memory requested",
                                             "data": {"code": "E26", "message": "...", "errorLog": "/var/log/nitro_enclaves/err.log"}}},
      {"jsonrpc": "2.0", "id": None, "error": {"code": -32700, "message": "parse error"}})
(d / "banner-then-notifications").write_bytes(b"Last login: Mon Nov 23 01:54:44 2026\r\n" + json.dumps(
    {"jsonrpc": "2.0", "method": "enclaves.changed", "params": {"enclaves": []}}).encode() + b"\n" + json.dumps(
    {"jsonrpc": "2.0", "method": "session.closing", "params": {"reason": "protocol error"}}).encode() + b"\n")

# Requests a client sends (core/agent/PROTOCOL.md, tests/agent/tst_agentstdio.cpp's table), one
# line each, plus a few sequences (upload, console, launch then terminate). fuzz_agentrequest's
# canned nitro-cli runs enclave i-06c28848702514cd5-enc1904e4fea1636f6 (CID 16, debug mode) from the
# start and names the ones it launches i-0123456789abcdef0-enc0000000000000100, ...101, ...
d = reset("agentrequest")
launched = "i-0123456789abcdef0-enc0000000000000100"
def req(i, method, params=None):
    m = {"jsonrpc": "2.0", "id": i, "method": method}
    if params is not None:
        m["params"] = params
    return m
hello_text = b"hello, enclave\n"
sha = __import__("hashlib").sha384(hello_text).hexdigest()
seeds = {
    "hello": [req(1, "hello", {"protocol": 1, "client": "enclave-studio 0.1.0"})],
    "list": [req(2, "enclaves.list", {})],
    "run-debug": [req(3, "enclaves.run", {"eifPath": "hello.eif", "cpuCount": 2, "memoryMiB": 512,
                                          "debugMode": True, "enclaveName": "hello"})],
    "run-cid-e29": [req(4, "enclaves.run", {"eifPath": "hello.eif", "cpuCount": 2, "memoryMiB": 512, "enclaveCid": 16})],
    "terminate": [req(5, "enclaves.terminate", {"enclaveId": enc})],
    "watch": [req(6, "enclaves.watch", {"intervalMs": 500})],
    "eif-list": [req(7, "eif.list")],
    "eif-describe": [req("d", "eif.describe", {"name": "hello.eif"})],
    "host-info": [req(8, "host.info", {})],
    "subscribe-adopted": [req(9, "console.subscribe", {"enclaveId": enc, "fromSeq": 0})],
    "vsock-open": [req(10, "vsock.open", {"cid": 16, "port": 5000})],
    "health": [req(11, "health.check", {"cid": 16, "port": 5001, "send": base64.b64encode(b"HEALTH_CHECK").decode(),
                                        "expect": base64.b64encode(b"OK").decode(), "timeoutMs": 100})],
    "stream-write-unknown": [req(12, "stream.write", {"stream": "stream-1", "data": "AA=="})],
    "notification": [{"jsonrpc": "2.0", "method": "enclaves.list"}],
    "upload": [req(20, "eif.upload.begin", {"name": "new.eif", "size": len(hello_text), "sha384": sha}),
               req(21, "eif.upload.chunk", {"uploadId": "upload-1", "offset": 0,
                                             "data": base64.b64encode(hello_text).decode()}),
               req(22, "eif.upload.finish", {"uploadId": "upload-1"}), req(23, "eif.list")],
    "upload-abort": [req(24, "eif.upload.begin", {"name": "hello.eif", "size": 4, "sha384": "a" * 96, "overwrite": True}),
                     req(25, "eif.upload.abort", {"uploadId": "upload-1"})],
    "run-subscribe-terminate": [req(30, "enclaves.run", {"eifPath": "hello.eif", "cpuCount": 2, "memoryMiB": 512,
                                                         "debugMode": True}),
                                req(31, "console.subscribe", {"enclaveId": launched}),
                                req(32, "console.unsubscribe", {"subscription": "console-1"}),
                                req(33, "enclaves.terminate", {"enclaveId": launched}), req(34, "enclaves.list")],
}
for name, messages in seeds.items():
    (d / name).write_bytes(b"".join(json.dumps(m, separators=(",", ":")).encode() + b"\n" for m in messages))
# Malformed lines from tst_agentstdio's table.
(d / "malformed").write_bytes(b"\n".join([
    b'{"jsonrpc":', b"\x01\x02\xff\xfe", b'{"jsonrpc":"2.0","id":"\xc3\x28","method":"hello"}', b"[1,2,3]", b"42",
    b"[" * 40, b'{"id":1,"method":"hello"}', b'{"jsonrpc":"2.0","id":{},"method":"hello"}',
    b'{"jsonrpc":"2.0","id":1,"method":"enclaves.destroy","params":{}}',
    b'{"jsonrpc":"2.0","id":1,"method":"hello","params":[]}',
    b'{"jsonrpc":"2.0","id":1,"method":"enclaves.run","params":{"eifPath":"../../etc/passwd","cpuCount":2,"memoryMiB":512}}',
    b'{"jsonrpc":"2.0","id":1,"method":"enclaves.run","params":{"eifPath":"hello.eif","cpuCount":1.5,"memoryMiB":1e20}}',
    b'{"jsonrpc":"2.0","id":1,"method":"console.subscribe","params":{"enclaveId":"i-123","fromSeq":-1}}',
    b'{"jsonrpc":"2.0","id":1,"method":"enclaves.watch","params":{"intervalMs":100}}',
]) + b"\n")

print("seeds written under", HERE)
