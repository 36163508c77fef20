#!/usr/bin/env python3
"""Known answers for secagg's mask PRG over Z_{2^k} (secagg/mask.go).

The keystream comes from the OpenSSL command line (AES-256-CTR, all-zero IV,
over zero bytes), an implementation independent of Go's crypto/aes; the
reading rule is re-implemented here: the keystream is a packed vector, entry
j is bits [k*j, k*j+k) of it read as one little-endian integer. Rewrites the
"mask" section of kdf_prg_kat.json and keeps its "pairwise_key" section.
"""
import json, subprocess

KEY = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"
KS_BYTES = 64
WIDTHS = [23, 25, 61]  # an unrolled kernel's width, SecAgg+'s k at n = 500, the generic path past 57 bits

ks = subprocess.run(["openssl", "enc", "-aes-256-ctr", "-K", KEY, "-iv", "0" * 32, "-nosalt"],
                    input=bytes(KS_BYTES), capture_output=True, check=True).stdout
bits = int.from_bytes(ks, "little")
masks = [{"mod_bits": k, "entries": [(bits >> (k * j)) & ((1 << k) - 1) for j in range(8 * KS_BYTES // k)]}
         for k in WIDTHS]
kat = json.load(open("kdf_prg_kat.json"))
kat["source"] = "AES-256-CTR keystream and HKDF-SHA256 from OpenSSL 3.0 command line (see README.md)"
kat["mask"] = {"key": KEY, "keystream": ks.hex(), "masks": masks}
json.dump(kat, open("kdf_prg_kat.json", "w"), indent=1)
open("kdf_prg_kat.json", "a").write("\n")
