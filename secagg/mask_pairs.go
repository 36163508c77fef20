package secagg

import (
	"crypto/cipher"
	"encoding/binary"
)

// Paired lanes for k ∈ [25, pairedMaxBits] (4-byte lanes): the keystream's
// 8-byte words are two lanes side by side, so one 64-bit load, one AND and
// one add handle two entries, in a scratch of 32-bit half-words. Each lane
// is cut to its k bits first (a negated one becomes 2^k − x, in [1, 2^k]),
// so after at most 2^(32−k) − 1 masks a half-word is still below 2^32 and
// no carry has crossed into its neighbour; then the scratch is flushed
// into the 64-bit accumulator. The mask is the same keystream layout as
// applyMasks (entry j = bytes [4j, 4j+4)), only added faster: about 1.3×
// fewer cycles per entry at k = 25 (BenchmarkMaskExpansion).

const (
	pairedMaxBits = 28   // at least 15 masks between flushes
	pairedChunk   = 1024 // entries per pass: keystream, scratch and accumulator stay in L1
)

func applyMasksPaired(acc []uint64, terms []maskTerm, modBits int) {
	lane := uint64(1)<<modBits - 1
	both := lane | lane<<32
	flushEvery := 1<<(32-modBits) - 1
	zero := make([]byte, 4*pairedChunk)
	ks := make([]byte, 4*pairedChunk+4) // slack: an odd chunk's last load reads 4 bytes past it
	scratch := make([]uint64, pairedChunk/2)
	inBatches(terms, func(batch []maskTerm, streams []cipher.Stream) {
		for off := 0; off < len(acc); off += pairedChunk {
			part := acc[off:min(off+pairedChunk, len(acc))]
			pairs := scratch[:(len(part)+1)/2]
			clear(pairs)
			pending := 0
			for i, st := range streams {
				st.XORKeyStream(ks[:4*len(part)], zero[:4*len(part)])
				if batch[i].negate {
					subPairs(pairs, ks, both)
				} else {
					addPairs(pairs, ks, both)
				}
				if pending++; pending == flushEvery {
					flushPairs(part, pairs)
					clear(pairs)
					pending = 0
				}
			}
			flushPairs(part, pairs)
		}
	})
}

// addPairs adds the two lanes of each keystream word, cut to k bits, into
// pairs; unrolled four words at a time with constant offsets, so the
// compiler drops the bounds checks.
func addPairs(pairs []uint64, ks []byte, both uint64) {
	n := len(pairs) &^ 3
	ks = ks[:8*len(pairs)]
	for i := 0; i < n; i += 4 {
		b := ks[8*i : 8*i+32 : 8*i+32]
		p := pairs[i : i+4 : i+4]
		p[0] += binary.LittleEndian.Uint64(b[0:8]) & both
		p[1] += binary.LittleEndian.Uint64(b[8:16]) & both
		p[2] += binary.LittleEndian.Uint64(b[16:24]) & both
		p[3] += binary.LittleEndian.Uint64(b[24:32]) & both
	}
	for i := n; i < len(pairs); i++ {
		pairs[i] += binary.LittleEndian.Uint64(ks[8*i:]) & both
	}
}

// subPairs adds 2^k − x per lane: (^x & lane) + 1.
func subPairs(pairs []uint64, ks []byte, both uint64) {
	const ones = 1 | 1<<32
	n := len(pairs) &^ 3
	ks = ks[:8*len(pairs)]
	for i := 0; i < n; i += 4 {
		b := ks[8*i : 8*i+32 : 8*i+32]
		p := pairs[i : i+4 : i+4]
		p[0] += (^binary.LittleEndian.Uint64(b[0:8]) & both) + ones
		p[1] += (^binary.LittleEndian.Uint64(b[8:16]) & both) + ones
		p[2] += (^binary.LittleEndian.Uint64(b[16:24]) & both) + ones
		p[3] += (^binary.LittleEndian.Uint64(b[24:32]) & both) + ones
	}
	for i := n; i < len(pairs); i++ {
		pairs[i] += (^binary.LittleEndian.Uint64(ks[8*i:]) & both) + ones
	}
}

func flushPairs(part []uint64, pairs []uint64) {
	n := len(part) / 2
	for i := range n {
		part[2*i] += pairs[i] & 0xffffffff
		part[2*i+1] += pairs[i] >> 32
	}
	if len(part)%2 == 1 {
		part[len(part)-1] += pairs[n] & 0xffffffff
	}
}
