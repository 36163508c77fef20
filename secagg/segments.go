package secagg

import (
	"fmt"
	"math/bits"
)

// Segment is a run of consecutive vector entries that live modulo one
// modulus: inputs, masks and the sum of these entries are elements of
// Z_Modulus. The he engine masks a ciphertext with one segment per RNS
// prime of each of its polynomials, so the masked sum is the sum of the
// ciphertexts, residue by residue.
type Segment struct {
	Modulus uint64 // 2 ≤ Modulus < 2^63 (so a + b never overflows a uint64)
	Len     int    // entries, ≥ 1
}

// MaxSegments bounds len(Params.Segments).
const MaxSegments = 1 << 16

// width is the number of bits an entry of the segment needs on the wire.
func (s Segment) width() int { return bits.Len64(s.Modulus - 1) }

// packedLen is the byte length of the segment's bit-packed entries; every
// segment starts on a byte boundary.
func (s Segment) packedLen() int { return (s.Len*s.width() + 7) / 8 }

func checkSegments(segs []Segment, vectorLen int) error {
	if len(segs) == 0 || len(segs) > MaxSegments {
		return fmt.Errorf("%w: %d segments, want 1 to %d", ErrParams, len(segs), MaxSegments)
	}
	total := 0
	for i, s := range segs {
		switch {
		case s.Modulus < 2 || s.Modulus >= 1<<63:
			return fmt.Errorf("%w: segment %d has modulus %d outside [2, 2^63)", ErrParams, i, s.Modulus)
		case s.Len < 1 || s.Len > MaxVectorLen:
			return fmt.Errorf("%w: segment %d has %d entries, want 1 to %d", ErrParams, i, s.Len, MaxVectorLen)
		}
		total += s.Len
		if total > MaxVectorLen {
			break
		}
	}
	if total != vectorLen {
		return fmt.Errorf("%w: segments hold %d entries, VectorLen is %d", ErrParams, total, vectorLen)
	}
	return nil
}

// addMod returns a + b mod q for a, b < q < 2^63, without a branch on the
// values (masked inputs are secret until the masks cancel).
func addMod(a, b, q uint64) uint64 {
	d := a + b - q // wraps below zero when a + b < q
	return d + q&-(d>>63)
}

// subMod returns a - b mod q for a, b < q < 2^63, without a branch.
func subMod(a, b, q uint64) uint64 {
	d := a - b
	return d + q&-(d>>63)
}

// checkSegmentInput refuses an entry that is not below its modulus.
func checkSegmentInput(segs []Segment, v []uint64) error {
	off := 0
	for i, s := range segs {
		for j, x := range v[off : off+s.Len] {
			if x >= s.Modulus {
				return fmt.Errorf("%w: entry %d (segment %d) = %d is not below its modulus %d", ErrInput, off+j, i, x, s.Modulus)
			}
		}
		off += s.Len
	}
	return nil
}

// packSegments writes v segment by segment, each entry in its segment's
// width, each segment from a byte boundary.
func packSegments(dst []byte, v []uint64, segs []Segment) {
	off, o := 0, 0
	for _, s := range segs {
		packBits(dst[o:o+s.packedLen()], v[off:off+s.Len], s.width())
		off += s.Len
		o += s.packedLen()
	}
}

// unpackSegments reads a packed vector into v. Every entry must be below
// its modulus, so every vector has exactly one encoding; on error v may
// hold part of the read.
func unpackSegments(v []uint64, src []byte, segs []Segment) error {
	want := 0
	for _, s := range segs {
		want += s.packedLen()
	}
	if len(src) != want {
		return fmt.Errorf("packed vector of %d bytes, want %d", len(src), want)
	}
	off, o := 0, 0
	for i, s := range segs {
		dst := v[off : off+s.Len]
		if err := unpackBits(dst, src[o:o+s.packedLen()], s.width(), false); err != nil {
			return fmt.Errorf("segment %d: %v", i, err)
		}
		for j, x := range dst {
			if x >= s.Modulus {
				return fmt.Errorf("entry %d (segment %d) is not below its modulus", off+j, i)
			}
		}
		off += s.Len
		o += s.packedLen()
	}
	return nil
}
