package psi

import (
	"crypto"
	"errors"
	"fmt"

	"github.com/cloudflare/circl/group"
	"github.com/cloudflare/circl/oprf"
	"github.com/cloudflare/circl/zk/dleq"
)

// The group and the domain separation strings of this protocol.
var (
	g     = group.Ristretto255
	suite = oprf.SuiteRistretto255

	// dleqParams binds the nodes' proofs to this protocol.
	dleqParams = dleq.Params{G: g, H: crypto.SHA512, DST: []byte("veil/psi/v1/dleq")}
	// tagDST maps an OPRF output to the element the counter compares.
	tagDST = []byte("veil/psi/v1/tag")
)

// ElementSize is the size of an encoded ristretto255 element, ScalarSize of
// a scalar.
const (
	ElementSize = 32
	ScalarSize  = 32
)

// Errors from peers' messages; callers recognise them with errors.Is.
var (
	// ErrMalformed: a message does not decode (size, count, a point that is
	// not a canonical ristretto255 encoding, the identity).
	ErrMalformed = errors.New("psi: malformed message")
	// ErrProof: a node's evaluation fails its DLEQ proof (it did not use the
	// key it published, for every element).
	ErrProof = errors.New("psi: evaluation proof does not verify")
	// ErrLimit: more or fewer elements than the sender may send (an owner
	// queries exactly its committed row count).
	ErrLimit = errors.New("psi: wrong number of elements")
)

func encodeElement(b []byte, e group.Element) []byte {
	enc, err := e.MarshalBinaryCompress()
	if err != nil || len(enc) != ElementSize {
		panic("psi: ristretto255 element does not encode to 32 bytes") // our invariant
	}
	return append(b, enc...)
}

// decodeElement reads a canonical, non-identity element.
func decodeElement(b []byte) (group.Element, error) {
	e := g.NewElement()
	if len(b) != ElementSize || e.UnmarshalBinary(b) != nil {
		return nil, fmt.Errorf("%w: not a canonical ristretto255 element", ErrMalformed)
	}
	if e.IsIdentity() {
		return nil, fmt.Errorf("%w: the identity element", ErrMalformed)
	}
	return e, nil
}
