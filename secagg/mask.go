package secagg

import (
	"crypto/aes"
	"crypto/cipher"
	"encoding/binary"
)

// The mask PRG: a 32-byte key expands with AES-256-CTR (zero IV) into a
// keystream; entry j of the mask is the little-endian integer in keystream
// bytes [L·j, L·j+L) reduced mod 2^k, with L = ceil(k/8) lane bytes. So a
// mask costs ceil(k/8) keystream bytes per entry (k/8 rounded up to whole
// bytes), and the expansion adds straight into a uint64 accumulator: uint64
// arithmetic wraps mod 2^64, a multiple of 2^k, so reducing once at the end
// is exact.

// maskTerm is one mask to add (or subtract) into an accumulator.
type maskTerm struct {
	key    [32]byte
	negate bool
}

const (
	maskChunk = 2048 // entries per pass: accumulator and keystream stay in L1
	maskBatch = 256  // streams alive at once, to bound memory
)

func laneBytes(modBits int) int { return (modBits + 7) / 8 }

// maskBytes is the keystream length one mask of n entries consumes.
func maskBytes(n, modBits int) int64 { return int64(n) * int64(laneBytes(modBits)) }

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
	lb := laneBytes(modBits)
	if lb == 4 && modBits <= pairedMaxBits {
		applyMasksPaired(acc, terms, modBits)
		return
	}
	zero := make([]byte, lb*maskChunk)
	buf := make([]byte, lb*maskChunk+8) // 8 bytes of slack for the last lane's 8-byte load
	add, sub := addLanesFor(lb, false), addLanesFor(lb, true)
	inBatches(terms, func(batch []maskTerm, streams []cipher.Stream) {
		for off := 0; off < len(acc); off += maskChunk {
			part := acc[off:min(off+maskChunk, len(acc))]
			ks := buf[:lb*len(part)]
			for i, st := range streams {
				st.XORKeyStream(ks, zero[:len(ks)])
				if batch[i].negate {
					sub(part, buf)
				} else {
					add(part, buf)
				}
			}
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

// addLanes adds lane j of ks (read as 8 little-endian bytes: the bytes past
// the lane only reach bits ≥ 8·lb ≥ k, which the final reduction drops).
func addLanes(acc []uint64, ks []byte, lb int) {
	ks = ks[:lb*len(acc)+8]
	for j := range acc {
		acc[j] += binary.LittleEndian.Uint64(ks[lb*j:])
	}
}

func subLanes(acc []uint64, ks []byte, lb int) {
	ks = ks[:lb*len(acc)+8]
	for j := range acc {
		acc[j] -= binary.LittleEndian.Uint64(ks[lb*j:])
	}
}

func reduce(acc []uint64, mask uint64) {
	for j := range acc {
		acc[j] &= mask
	}
}
