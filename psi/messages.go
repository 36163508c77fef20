package psi

import (
	"encoding/binary"
	"fmt"

	"github.com/cloudflare/circl/group"
	"github.com/cloudflare/circl/zk/dleq"
)

// Messages, each a magic, a 4-byte count and fixed-size entries:
//
//	request    "VQR1" | n | n blinded elements (32 each)           owner → both nodes
//	evaluation "VQE1" | n | n evaluated elements | ⌈n/4096⌉ proofs (64 each)   node → owner
//	tags       "VQC1" | n | n ciphertexts (64 each)                 owner → mixer, mixer → counter
const (
	requestMagic    = "VQR1"
	evaluationMagic = "VQE1"
	tagsMagic       = "VQC1"
	proofSize       = 2 * ScalarSize
)

// proofBatch is the number of elements one DLEQ proof covers (the last one
// covers the rest). RFC 9497's composite encodes the index in 16 bits, so a
// batch must stay below 2^16; smaller batches let the cores share the work.
func proofBatch() int { return chunk }

func encodeElements(magic string, es []group.Element) []byte {
	b := make([]byte, 0, 8+len(es)*ElementSize)
	b = append(b, magic...)
	b = binary.BigEndian.AppendUint32(b, uint32(len(es)))
	for _, e := range es {
		b = encodeElement(b, e)
	}
	return b
}

// readHeader checks magic and count and returns the body (whose size the
// caller checks against the count before decoding anything).
func readHeader(msg []byte, magic string, want, entry int) ([]byte, error) {
	if len(msg) < 8 || string(msg[:4]) != magic {
		return nil, fmt.Errorf("%w: no %s header", ErrMalformed, magic)
	}
	n := binary.BigEndian.Uint32(msg[4:8])
	if int64(n) != int64(want) {
		return nil, fmt.Errorf("%w: %d entries, want %d", ErrLimit, n, want)
	}
	if len(msg)-8 < want*entry {
		return nil, fmt.Errorf("%w: %d bytes for %d entries of %d", ErrMalformed, len(msg)-8, want, entry)
	}
	return msg[8:], nil
}

// parseElements reads exactly want elements after magic.
func parseElements(msg []byte, magic string, want int) ([]group.Element, []byte, error) {
	body, err := readHeader(msg, magic, want, ElementSize)
	if err != nil {
		return nil, nil, err
	}
	out, err := decodeAll(body, want)
	if err != nil {
		return nil, nil, err
	}
	return out, body[want*ElementSize:], nil
}

// decodeAll decodes the first n elements of body (which holds at least n).
func decodeAll(body []byte, n int) ([]group.Element, error) {
	out := make([]group.Element, n)
	for i := range out {
		var err error
		if out[i], err = decodeElement(body[i*ElementSize : (i+1)*ElementSize]); err != nil {
			return nil, fmt.Errorf("element %d: %w", i, err)
		}
	}
	return out, nil
}

// ParseRequest decodes an owner's blinded batch; it must hold exactly rows
// elements (the owner's committed row count: its query budget).
func ParseRequest(msg []byte, rows int) ([]group.Element, error) {
	es, rest, err := parseElements(msg, requestMagic, rows)
	if err != nil {
		return nil, err
	}
	if len(rest) != 0 {
		return nil, fmt.Errorf("%w: %d bytes after the request", ErrMalformed, len(rest))
	}
	return es, nil
}

func proofCount(n int) int { return (n + proofBatch() - 1) / proofBatch() }

func encodeEvaluation(es []group.Element, proofs []*dleq.Proof) []byte {
	b := encodeElements(evaluationMagic, es)
	for _, p := range proofs {
		pb, err := p.MarshalBinary()
		if err != nil || len(pb) != proofSize {
			panic("psi: DLEQ proof does not encode to 64 bytes") // our invariant
		}
		b = append(b, pb...)
	}
	return b
}

func parseEvaluation(msg []byte, n int) ([]group.Element, []*dleq.Proof, error) {
	es, rest, err := parseElements(msg, evaluationMagic, n)
	if err != nil {
		return nil, nil, err
	}
	if len(rest) != proofCount(n)*proofSize {
		return nil, nil, fmt.Errorf("%w: %d bytes of proofs, want %d", ErrMalformed, len(rest), proofCount(n)*proofSize)
	}
	proofs := make([]*dleq.Proof, proofCount(n))
	for i := range proofs {
		proofs[i] = new(dleq.Proof)
		if err := proofs[i].UnmarshalBinary(g, rest[i*proofSize:(i+1)*proofSize]); err != nil {
			return nil, nil, fmt.Errorf("%w: proof %d: %w", ErrMalformed, i, err)
		}
	}
	return es, proofs, nil
}

func encodeCiphertexts(cts []ciphertext) []byte {
	b := make([]byte, 0, 8+len(cts)*2*ElementSize)
	b = append(b, tagsMagic...)
	b = binary.BigEndian.AppendUint32(b, uint32(len(cts)))
	for _, c := range cts {
		b = encodeElement(encodeElement(b, c.u), c.v)
	}
	return b
}

// parseCiphertexts reads exactly want ciphertexts.
func parseCiphertexts(msg []byte, want int) ([]ciphertext, error) {
	body, err := readHeader(msg, tagsMagic, want, 2*ElementSize)
	if err != nil {
		return nil, err
	}
	if len(body) != want*2*ElementSize {
		return nil, fmt.Errorf("%w: %d bytes for %d ciphertexts", ErrMalformed, len(body), want)
	}
	es, err := decodeAll(body, 2*want)
	if err != nil {
		return nil, err
	}
	out := make([]ciphertext, want)
	for i := range out {
		out[i] = ciphertext{u: es[2*i], v: es[2*i+1]}
	}
	return out, nil
}
