#!/usr/bin/env python3
"""Writes vectors.json: frames and contribution digests encoded independently of
the Go code, from the format in docs/wire.md, with Python's struct and hashlib."""
import hashlib
import json
import struct


def frame(kind, job, rnd, step, seq, total, last, sig, payload):
    s = step.encode()
    return (struct.pack(">BQIB", kind, job, rnd, len(s)) + s
            + struct.pack(">IQBH", seq, total, 1 if last else 0, len(sig)) + sig
            + struct.pack(">I", len(payload)) + payload)


def contribution(job, rnd, step, dataset, payload):
    s = step.encode()
    h = hashlib.sha256()
    h.update(b"veil-contribution-v1")
    h.update(struct.pack(">QI", job, rnd))
    h.update(bytes([len(s)]) + s)
    h.update(dataset)
    h.update(hashlib.sha256(payload).digest())
    return h.digest()


frames = [
    dict(kind=1, job=42, round=0, step="", seq=0, total=0, last=False, sig=b"", payload=b""),
    dict(kind=2, job=0x0102030405060708, round=9, step="fit/grad", seq=1, total=1048579, last=True,
         sig=bytes(range(64)), payload=b"abc"),
    dict(kind=3, job=7, round=3, step="", seq=0, total=0, last=False, sig=b"", payload=b"receipt-sig"),
    dict(kind=4, job=7, round=0, step="", seq=0, total=0, last=False, sig=b"", payload=b"no"),
    dict(kind=5, job=0, round=0, step="put", seq=0, total=48, last=True, sig=b"\x01" * 65, payload=bytes(48)),
]
contributions = [
    dict(job=7, round=1, step="rows", dataset=bytes(32), payload=b""),
    dict(job=0xFFFFFFFFFFFFFFFF, round=0xFFFFFFFF, step="veil/start", dataset=bytes(range(32)), payload=b"payload"),
]
out = {
    "source": "wire/testdata/vectors.py: Python struct and hashlib, from the format in docs/wire.md",
    "frames": [dict({k: (v.hex() if isinstance(v, bytes) else v) for k, v in f.items()},
                    encoding=frame(f["kind"], f["job"], f["round"], f["step"], f["seq"], f["total"],
                                   f["last"], f["sig"], f["payload"]).hex()) for f in frames],
    "contributions": [dict({k: (v.hex() if isinstance(v, bytes) else v) for k, v in c.items()},
                           digest=contribution(c["job"], c["round"], c["step"], c["dataset"], c["payload"]).hex())
                      for c in contributions],
}
with open("vectors.json", "w") as f:
    json.dump(out, f, indent=1)
    f.write("\n")
