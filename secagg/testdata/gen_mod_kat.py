#!/usr/bin/env python3
"""Known answers for secagg's mask expansion modulo a segment's modulus.

The keystream comes from the OpenSSL command line (AES-256-CTR, all-zero IV),
an implementation independent of Go's crypto/aes; the rejection sampling is
re-implemented here from the rule in secagg/mask_mod.go: take 8 keystream
bytes as a little-endian integer, keep the low w = bitlen(q-1) bits, accept
if below q. Writes mod_kat.json.
"""
import json, subprocess

KEY = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"
SEGMENTS = [(1152921504606748673, 6), (5, 6), (1 << 62 | 57, 3)]

def keystream(n):
    out = subprocess.run(["openssl", "enc", "-aes-256-ctr", "-K", KEY, "-iv", "0" * 32, "-nosalt"],
                         input=bytes(n), capture_output=True, check=True).stdout
    return out

ks = keystream(8 * 4096)
pos, entries = 0, []
for q, n in SEGMENTS:
    keep = (1 << (q - 1).bit_length()) - 1
    got = []
    while len(got) < n:
        v = int.from_bytes(ks[pos:pos + 8], "little") & keep
        pos += 8
        if v < q:
            got.append(v)
    entries.append(got)
json.dump({"key": KEY, "segments": [{"modulus": q, "len": n} for q, n in SEGMENTS], "entries": entries,
           "keystream_bytes_used": pos}, open("mod_kat.json", "w"), indent=1)
