package mhe

import (
	"crypto/sha256"
	"crypto/subtle"
	"fmt"
	"io"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"
)

// BuyerSecretKey is a buyer's CKKS secret key for one parameter set. It
// must be kept secret: it decrypts every result key-switched to the buyer.
type BuyerSecretKey struct {
	params Params
	sk     *rlwe.SecretKey
}

// BuyerPublicKey is the key the owners key-switch a job's result to. Its
// encoding goes into the job spec; the spec carries its SHA-256.
type BuyerPublicKey struct {
	params  Params
	pk      *rlwe.PublicKey
	encoded []byte
	digest  [32]byte
}

// GenBuyerKeys makes a buyer key pair for p. The secret is drawn from r
// (crypto/rand when nil); the public key's uniform and error terms come from
// Lattigo's crypto/rand-seeded samplers.
func GenBuyerKeys(p Params, r io.Reader) (*BuyerSecretKey, *BuyerPublicKey, error) {
	sk, err := p.sampleSecret(r)
	if err != nil {
		return nil, nil, err
	}
	pk := rlwe.NewPublicKey(p.ckks)
	rlwe.NewKeyGenerator(p.ckks).GenPublicKey(sk, pk)
	return &BuyerSecretKey{params: p, sk: sk}, newBuyerPublicKey(p, pk), nil
}

func newBuyerPublicKey(p Params, pk *rlwe.PublicKey) *BuyerPublicKey {
	enc := p.encodeRows(kindBuyerPublicKey, 1, qpRows(pk.Value[0], pk.Value[1]))
	return &BuyerPublicKey{params: p, pk: pk, encoded: enc, digest: sha256.Sum256(enc)}
}

// MarshalBinary returns the canonical encoding (the bytes put in the spec).
func (k *BuyerPublicKey) MarshalBinary() ([]byte, error) {
	return append([]byte(nil), k.encoded...), nil
}

// Digest is the SHA-256 of the canonical encoding.
func (k *BuyerPublicKey) Digest() [32]byte { return k.digest }

// ParseBuyerPublicKey decodes a buyer key taken from a job spec: its SHA-256
// must equal digest (the hash the spec commits to) and it must be a key for
// p, the job's parameter set.
func ParseBuyerPublicKey(p Params, b []byte, digest [32]byte) (*BuyerPublicKey, error) {
	got := sha256.Sum256(b)
	if subtle.ConstantTimeCompare(got[:], digest[:]) != 1 {
		return nil, fmt.Errorf("mhe: buyer public key: SHA-256 %x does not match the job's %x", got[:8], digest[:8])
	}
	pk, err := p.decodePublicKey(kindBuyerPublicKey, b)
	if err != nil {
		return nil, err
	}
	if isZeroQP(pk.Value[0].Q.Coeffs) || isZeroQP(pk.Value[1].Q.Coeffs) {
		return nil, fmt.Errorf("mhe: buyer public key: %w: a component is zero, which would publish the result", ErrMalformed)
	}
	return newBuyerPublicKey(p, pk), nil
}

func isZeroQP(rows [][]uint64) bool {
	for _, row := range rows {
		for _, c := range row {
			if c != 0 {
				return false
			}
		}
	}
	return true
}

// MarshalBinary encodes the secret key for the buyer's own storage.
func (k *BuyerSecretKey) MarshalBinary() ([]byte, error) {
	return k.params.encodeRows(kindBuyerSecretKey, 1, qpRows(k.sk.Value)), nil
}

// ParseBuyerSecretKey decodes a key stored by MarshalBinary.
func ParseBuyerSecretKey(p Params, b []byte) (*BuyerSecretKey, error) {
	sk, err := p.decodeSecret(kindBuyerSecretKey, b)
	if err != nil {
		return nil, err
	}
	return &BuyerSecretKey{params: p, sk: sk}, nil
}

// Decrypt opens a job's output (the encoding from AggregatePCKS) and returns
// the summed vector, N values per ciphertext; the task's Plan decodes it.
func (k *BuyerSecretKey) Decrypt(output []byte) ([]float64, error) {
	cts, err := k.params.decodeCiphertexts(kindOutput, output)
	if err != nil {
		return nil, err
	}
	return k.params.decrypt(k.sk, cts)
}

// PublicKey derives a fresh public key from the secret key (a new
// encryption of zero each call): for a buyer that kept only its secret.
func (k *BuyerSecretKey) PublicKey() *BuyerPublicKey {
	pk := rlwe.NewPublicKey(k.params.ckks)
	rlwe.NewKeyGenerator(k.params.ckks).GenPublicKey(k.sk, pk)
	return newBuyerPublicKey(k.params, pk)
}
