package secagg

//go:generate go run gen_kernels.go

import (
	"crypto/aes"
	"crypto/cipher"
	"encoding/binary"
	"slices"
)

// The mask PRG: a 32-byte key expands with AES-256-CTR (zero IV) into a
// keystream, and the keystream read as a packed vector is the mask: entry j
// is bits [k·j, k·j+k) of it, least significant bit first (the layout
// packBits gives a vector on the wire). A mask of n entries thus consumes
// exactly ⌈n·k/8⌉ keystream bytes, k bits per entry, and each entry is
// uniform on Z_{2^k} when the keystream is. The expansion adds straight into
// a uint64 accumulator: each lane is read with one 8-byte load and a shift,
// so the bits above its k come from the next lanes, but uint64 arithmetic
// wraps mod 2^64, a multiple of 2^k, so those bits never reach the low k
// and reducing once at the end is exact.

// maskTerm is one mask to add (or subtract) into an accumulator.
type maskTerm struct {
	key    [32]byte
	negate bool
}

const (
	maskChunk = 2048 // entries per pass (a multiple of 8, so a chunk starts on a byte): accumulator and keystreams stay in L1
	maskBatch = 256  // streams alive at once, to bound memory
	maskSlack = 16   // bytes past a keystream chunk that the lane loads may read
)

// maskBytes is the keystream length one mask of n entries consumes.
func maskBytes(n, modBits int) int64 { return (int64(n)*int64(modBits) + 7) / 8 }

func newMaskStream(key [32]byte) cipher.Stream {
	block, err := aes.NewCipher(key[:])
	if err != nil {
		panic("secagg: AES-256 refused a 32-byte key: " + err.Error())
	}
	var iv [aes.BlockSize]byte
	return cipher.NewCTR(block, iv[:])
}

// applyMasks adds every term's mask into acc (subtracting negated ones),
// modulo 2^64. Work is chunk-major so each accumulator chunk is touched
// while hot for every stream of a batch.
func applyMasks(acc []uint64, terms []maskTerm, modBits int) {
	m := newMasker(modBits)
	inSignedBatches(terms, func(pos, neg []cipher.Stream) {
		for off := 0; off < len(acc); off += maskChunk {
			m.apply(acc[off:min(off+maskChunk, len(acc))], pos, neg)
		}
	})
}

// maskAndPack writes input + Σ ±mask, reduced mod 2^k and bit-packed, into
// dst (packBits' layout). With at most maskBatch terms it works in one pass
// per chunk: copy the input chunk, add every mask, reduce and pack it while
// it is hot, so the vector is never copied whole. With no terms it packs
// the input (inSignedBatches would not call back at all).
func maskAndPack(dst []byte, input []uint64, terms []maskTerm, modBits int) {
	if len(terms) == 0 || len(terms) > maskBatch {
		acc := slices.Clone(input)
		applyMasks(acc, terms, modBits)
		packBits(dst, acc, modBits)
		return
	}
	m := newMasker(modBits)
	part := make([]uint64, maskChunk)
	inSignedBatches(terms, func(pos, neg []cipher.Stream) { // exactly one batch
		for off := 0; off < len(input); off += maskChunk {
			p := part[:copy(part, input[off:])]
			m.apply(p, pos, neg)
			packBits(dst[off*modBits/8:], p, modBits) // reduces as it packs
		}
	})
}

// inBatches calls f with the terms maskBatch at a time, each with its
// AES-CTR stream, so at most maskBatch streams are alive at once.
func inBatches(terms []maskTerm, f func(batch []maskTerm, streams []cipher.Stream)) {
	streams := make([]cipher.Stream, 0, min(len(terms), maskBatch))
	for start := 0; start < len(terms); start += maskBatch {
		batch := terms[start:min(start+maskBatch, len(terms))]
		streams = streams[:0]
		for _, t := range batch {
			streams = append(streams, newMaskStream(t.key))
		}
		f(batch, streams)
	}
}

// inSignedBatches is inBatches with each batch's streams split by sign.
func inSignedBatches(terms []maskTerm, f func(pos, neg []cipher.Stream)) {
	var pos, neg []cipher.Stream
	inBatches(terms, func(batch []maskTerm, streams []cipher.Stream) {
		pos, neg = pos[:0], neg[:0]
		for i, st := range streams {
			if batch[i].negate {
				neg = append(neg, st)
			} else {
				pos = append(pos, st)
			}
		}
		f(pos, neg)
	})
}

// laneAdder adds (or subtracts) lanes of four k-bit keystreams into acc;
// each buffer holds maskSlack bytes past its last lane.
type laneAdder func(acc []uint64, x, y, z, w []byte)

// masker expands streams chunk by chunk into four keystream buffers and
// adds them four at a time with the kernel for k.
type masker struct {
	k        int
	add, sub laneAdder // sub nil: negated masks go through negate
	ks       [4][]byte
	zero     []byte // the AES-CTR input, and the stand-in for missing streams
}

func newMasker(k int) *masker {
	n := maskChunk*k/8 + maskSlack
	m := &masker{k: k, zero: make([]byte, n)}
	m.add, m.sub = kernelsFor(k)
	for i := range m.ks {
		m.ks[i] = make([]byte, n)
	}
	return m
}

// apply adds the next len(part) entries of each stream of pos into part
// and subtracts those of neg, mod 2^64; without a subtracting kernel as
// −(−part + Σ neg) + Σ pos.
func (m *masker) apply(part []uint64, pos, neg []cipher.Stream) {
	switch {
	case len(neg) > 0 && m.sub != nil:
		m.addStreams(part, neg, m.sub)
	case len(neg) > 0:
		negate(part)
		m.addStreams(part, neg, m.add)
		negate(part)
	}
	m.addStreams(part, pos, m.add)
}

func (m *masker) addStreams(part []uint64, streams []cipher.Stream, add laneAdder) {
	nb := int(maskBytes(len(part), m.k))
	var ks [4][]byte
	for len(streams) > 0 {
		for i := range ks {
			ks[i] = m.zero // adds nothing: fewer than four streams left
			if i < len(streams) {
				streams[i].XORKeyStream(m.ks[i][:nb], m.zero[:nb])
				ks[i] = m.ks[i]
			}
		}
		add(part, ks[0], ks[1], ks[2], ks[3])
		streams = streams[min(4, len(streams)):]
	}
}

// kernelsFor returns the adder of four k-bit keystreams, and a subtractor
// where there is one: the AVX2 pair where the CPU has it
// (mask_amd64.go), else an unrolled adder from mask_kernels.go for the
// common widths, else the generic one.
func kernelsFor(k int) (add, sub laneAdder) {
	if add, sub := avx2Kernels(k); add != nil {
		return add, sub
	}
	if k >= kernelMin && k <= kernelMax {
		return kernels[k-kernelMin], nil
	}
	return func(acc []uint64, x, y, z, w []byte) { addFourGeneric(acc, x, y, z, w, k) }, nil
}

// addFourGeneric adds lane j of x, y, z and w into acc[j], for any k ≤ 64:
// the lane's bits start at bit s of byte o, and two 8-byte loads cover
// them (the second only matters for k > 57; a shift by 64 yields 0). Each
// buffer must hold maskSlack bytes past its last lane.
func addFourGeneric(acc []uint64, x, y, z, w []byte, k int) {
	for j := range acc {
		o, s := j*k/8, uint(j*k%8)
		acc[j] += lane(x, o, s) + lane(y, o, s) + lane(z, o, s) + lane(w, o, s)
	}
}

func lane(b []byte, o int, s uint) uint64 {
	return binary.LittleEndian.Uint64(b[o:])>>s | binary.LittleEndian.Uint64(b[o+8:])<<(64-s)
}

func negate(v []uint64) {
	for j := range v {
		v[j] = -v[j]
	}
}

func reduce(acc []uint64, mask uint64) {
	for j := range acc {
		acc[j] &= mask
	}
}
