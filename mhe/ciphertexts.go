package mhe

import (
	"fmt"
	"math"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"
	"github.com/tuneinsight/lattigo/v6/ring"
	"github.com/tuneinsight/lattigo/v6/schemes/ckks"
)

// maxAbsValue bounds what a slot may hold so that Δ·|value| stays far below
// Q/2 even after summing MaxCommittee inputs and the smudging noise.
const maxAbsValue = 1 << 50

// newCiphertext allocates a degree-1 ciphertext at the top level with the
// metadata every ciphertext of this package has: scale Δ, NTT form,
// coefficient (not slot) packing.
func (p Params) newCiphertext() *rlwe.Ciphertext {
	ct := ckks.NewCiphertext(p.ckks, 1, p.level())
	ct.IsBatched = false
	return ct
}

func (p Params) newPlaintext() *rlwe.Plaintext {
	pt := ckks.NewPlaintext(p.ckks, p.level())
	pt.IsBatched = false
	return pt
}

func (p Params) encodeCiphertexts(k kind, cts []*rlwe.Ciphertext) []byte {
	var rows [][]uint64
	for _, ct := range cts {
		rows = append(rows, qRows(ct.Value...)...)
	}
	return p.encodeRows(k, len(cts), rows)
}

// decodeCiphertexts parses a vector of ciphertexts (or of key-switch shares,
// which have the same shape) of kind k.
func (p Params) decodeCiphertexts(k kind, b []byte) ([]*rlwe.Ciphertext, error) {
	rows, count, err := p.decodeRows(k, b)
	if err != nil {
		return nil, err
	}
	polys := p.qPolys(rows)
	cts := make([]*rlwe.Ciphertext, count)
	for i := range cts {
		ct := p.newCiphertext()
		ct.Value[0], ct.Value[1] = polys[2*i], polys[2*i+1]
		cts[i] = ct
	}
	return cts, nil
}

// checkVector refuses values that are not finite or too large to encode.
func checkVector(vec []float64, maxLen int) error {
	if len(vec) == 0 || len(vec) > maxLen {
		return fmt.Errorf("mhe: vector has %d values, want 1 to %d", len(vec), maxLen)
	}
	for i, v := range vec {
		if math.IsNaN(v) || math.IsInf(v, 0) || math.Abs(v) > maxAbsValue {
			return fmt.Errorf("mhe: vector value %d is %v, want a finite number of magnitude at most 2^50", i, v)
		}
	}
	return nil
}

// encrypt packs vec into ceil(len/N) plaintexts and encrypts each under pk.
func (p Params) encrypt(pk *rlwe.PublicKey, vec []float64) ([]*rlwe.Ciphertext, error) {
	if err := checkVector(vec, maxCiphertexts*p.Slots()); err != nil {
		return nil, err
	}
	ringQ := p.ckks.RingQ().AtLevel(p.level())
	return p.encryptEach(pk, p.Ciphertexts(len(vec)), func(i int, pol ring.Poly) {
		encodeFixedPoint(ringQ, vec[i*p.Slots():min((i+1)*p.Slots(), len(vec))], logScale, pol)
	})
}

// encryptEach encrypts k plaintexts under pk, plaintext i filled by encode
// (coefficient domain, at the top level).
func (p Params) encryptEach(pk *rlwe.PublicKey, k int, encode func(i int, pol ring.Poly)) ([]*rlwe.Ciphertext, error) {
	enc := rlwe.NewEncryptor(p.ckks, pk)
	ringQ := p.ckks.RingQ().AtLevel(p.level())
	cts := make([]*rlwe.Ciphertext, k)
	err := guard("encrypt", func() error {
		for i := range cts {
			pt := p.newPlaintext()
			encode(i, pt.Value)
			ringQ.NTT(pt.Value, pt.Value)
			cts[i] = p.newCiphertext()
			if err := enc.Encrypt(pt, cts[i]); err != nil {
				return err
			}
		}
		return nil
	})
	return cts, err
}

// decrypt decrypts every ciphertext with sk and concatenates the values.
func (p Params) decrypt(sk *rlwe.SecretKey, cts []*rlwe.Ciphertext) ([]float64, error) {
	ecd := ckks.NewEncoder(p.ckks)
	dec := rlwe.NewDecryptor(p.ckks, sk)
	out := make([]float64, 0, len(cts)*p.Slots())
	err := guard("decrypt", func() error {
		for _, ct := range cts {
			pt := dec.DecryptNew(ct)
			vals := make([]float64, p.Slots())
			if err := ecd.Decode(pt, vals); err != nil {
				return err
			}
			out = append(out, vals...)
		}
		return nil
	})
	return out, err
}
