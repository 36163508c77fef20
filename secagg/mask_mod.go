package secagg

import (
	"crypto/cipher"
	"encoding/binary"
	"math/bits"
)

// Masks modulo a segment's modulus q. Each entry is drawn by rejection
// sampling from the mask's AES-256-CTR keystream: take the next 8 bytes as a
// little-endian integer, keep its low w = bitlen(q-1) bits, accept it if it
// is below q, otherwise take the next 8 bytes. An accepted value is exactly
// uniform on [0, q) when the keystream is uniform (no modular-reduction
// bias), so a mask is as close to uniform as AES-CTR is to a random
// function. Since q > 2^(w-1), a draw is accepted with probability above
// 1/2; for the he engine's 60-bit NTT primes the rejection probability is
// below 2^-43. Rejections depend only on the keystream, never on an input,
// and the server's expansion of the same key consumes the same bytes.

// applyMasksMod adds every term's mask into acc (subtracting negated ones),
// each entry modulo its segment's modulus. Like applyMasks it works chunk
// by chunk over a batch of streams so the accumulator chunk stays hot.
func applyMasksMod(acc []uint64, terms []maskTerm, segs []Segment) {
	buf := make([]byte, 8*maskChunk)
	vals := make([]uint64, maskChunk)
	inBatches(terms, func(batch []maskTerm, streams []cipher.Stream) {
		off := 0
		for _, s := range segs {
			for c := 0; c < s.Len; c += maskChunk {
				part := acc[off+c : off+min(c+maskChunk, s.Len)]
				for i, st := range streams {
					drawMod(st, vals[:len(part)], s.Modulus, buf)
					addMasks(part, vals, s.Modulus, batch[i].negate)
				}
			}
			off += s.Len
		}
	})
}

func addMasks(part, vals []uint64, q uint64, negate bool) {
	vals = vals[:len(part)]
	if negate {
		for j := range part {
			part[j] = subMod(part[j], vals[j], q)
		}
		return
	}
	for j := range part {
		part[j] = addMod(part[j], vals[j], q)
	}
}

// drawMod fills out with the stream's next uniform values modulo q,
// consuming exactly the keystream words it inspects.
func drawMod(st cipher.Stream, out []uint64, q uint64, buf []byte) {
	keep := ^uint64(0) >> (64 - bits.Len64(q-1))
	n := 0
	for n < len(out) {
		need := len(out) - n
		ks := buf[:8*need]
		clear(ks)
		st.XORKeyStream(ks, ks)
		for k := range need {
			if v := binary.LittleEndian.Uint64(ks[8*k:]) & keep; v < q {
				out[n] = v
				n++
			}
		}
	}
}
