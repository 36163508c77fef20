package secagg

import (
	"fmt"
	"slices"
)

// The two kinds of vector a session can carry (Params.ModBits or
// Params.Segments), behind one set of operations: checking an input,
// masking, packing for the wire and adding a packed vector into a sum.

// packedLen is the byte length of a packed vector.
func (p Params) packedLen() int {
	if p.Segments == nil {
		return (p.VectorLen*p.ModBits + 7) / 8
	}
	n := 0
	for _, s := range p.Segments {
		n += s.packedLen()
	}
	return n
}

// checkVector refuses an entry outside its ring.
func (p Params) checkVector(v []uint64) error {
	if p.Segments != nil {
		return checkSegmentInput(p.Segments, v)
	}
	mask := p.modMask()
	for j, x := range v {
		if x&^mask != 0 {
			return errEntry(j, x, p.ModBits)
		}
	}
	return nil
}

// mask adds (or subtracts) every term's mask into acc and reduces it.
func (p Params) mask(acc []uint64, terms []maskTerm) {
	if p.Segments != nil {
		applyMasksMod(acc, terms, p.Segments)
		return
	}
	applyMasks(acc, terms, p.ModBits)
	reduce(acc, p.modMask())
}

// termBytes is the keystream one mask consumes (for the Stats; with
// segments, rejected draws are not counted).
func (p Params) termBytes() int64 {
	if p.Segments != nil {
		return 8 * int64(p.VectorLen)
	}
	return maskBytes(p.VectorLen, p.ModBits)
}

// maskAndPack writes the input plus every term's mask, packed, into dst
// (ModBits: in one pass per chunk; Segments: masked whole, then packed).
func (p Params) maskAndPack(dst []byte, input []uint64, terms []maskTerm) {
	if p.Segments == nil {
		maskAndPack(dst, input, terms, p.ModBits)
		return
	}
	acc := slices.Clone(input)
	applyMasksMod(acc, terms, p.Segments)
	packSegments(dst, acc, p.Segments)
}

func (p Params) pack(dst []byte, v []uint64) {
	if p.Segments != nil {
		packSegments(dst, v, p.Segments)
		return
	}
	packBits(dst, v, p.ModBits)
}

// unpack reads a packed vector into v; on error v holds garbage.
func (p Params) unpack(v []uint64, src []byte) error {
	if p.Segments != nil {
		return unpackSegments(v, src, p.Segments)
	}
	return unpackBits(v, src, p.ModBits, false)
}

// add adds v into sum, entry by entry in its ring.
func (p Params) add(sum, v []uint64) {
	if p.Segments == nil {
		for j, x := range v {
			sum[j] += x
		}
		reduce(sum, p.modMask())
		return
	}
	off := 0
	for _, s := range p.Segments {
		dst := sum[off : off+s.Len]
		for j, x := range v[off : off+s.Len] {
			dst[j] = addMod(dst[j], x, s.Modulus)
		}
		off += s.Len
	}
}

// MaxMessageSize is the size of the largest message of a session with
// these parameters, client's or server's: transports use it to bound
// what they accept.
func (p Params) MaxMessageSize() int {
	n := p.N
	sealed := 4 + n*(4+shareCipherLen)
	owned := 4 + n*(4+32)
	return headerLen + max(
		4+n*advertiseLen,                  // keys broadcast
		4+sealed+signatureLen,             // ShareKeys, shares delivery
		p.packedLen()+2*owned,             // masked input, opening
		2*(4+4*n)+4+n*(4+signatureLen)+32, // survivors, unmask request
		2*owned+signatureLen,              // Unmasking
	)
}

// MaskedVector decodes the vector inside a client's MaskedInputCollection
// message, without checking its signature or session: for tools and tests
// that inspect a transcript (what an observer of the server sees).
func (p Params) MaskedVector(msg []byte) ([]uint64, error) {
	h, err := ReadHeader(msg)
	if err != nil {
		return nil, err
	}
	if h.Kind != ClientKind(StepMaskedInputCollection) || len(msg) != headerLen+p.packedLen()+signatureLen {
		return nil, fmt.Errorf("%w: not a masked input of these parameters", ErrMalformed)
	}
	v := make([]uint64, p.VectorLen)
	if err := p.unpack(v, msg[headerLen:len(msg)-signatureLen]); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	return v, nil
}
