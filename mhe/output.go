package mhe

import (
	"crypto/sha256"
	"slices"
)

// Output is a job's result: ciphertexts that only the buyer's secret key
// decrypts (the owners' summed inputs in a job; a key-switched aggregate
// in the multiparty library). Every party that computes it gets the same
// bytes, so participants confirm the result by its hash.
type Output struct {
	encoded []byte
	hash    [32]byte
}

func newOutput(encoded []byte) *Output {
	return &Output{encoded: encoded, hash: sha256.Sum256(encoded)}
}

// Bytes is the canonical encoding delivered to the buyer.
func (o *Output) Bytes() []byte { return slices.Clone(o.encoded) }

// Hash is the SHA-256 of Bytes.
func (o *Output) Hash() [32]byte { return o.hash }
