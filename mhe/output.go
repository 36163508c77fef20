package mhe

import (
	"crypto/sha256"
	"slices"
)

// BuyerCiphertexts is a job's result: ciphertexts that only the buyer's secret key
// decrypts (the owners' summed inputs in a job; a key-switched aggregate
// in the multiparty library). Every party that computes it gets the same
// bytes, so participants confirm the result by its hash.
type BuyerCiphertexts struct {
	encoded []byte
	hash    [32]byte
}

func newBuyerCiphertexts(encoded []byte) *BuyerCiphertexts {
	return &BuyerCiphertexts{encoded: encoded, hash: sha256.Sum256(encoded)}
}

// Bytes is the canonical encoding delivered to the buyer.
func (o *BuyerCiphertexts) Bytes() []byte { return slices.Clone(o.encoded) }

// Hash is the SHA-256 of Bytes.
func (o *BuyerCiphertexts) Hash() [32]byte { return o.hash }
