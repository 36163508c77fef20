package mhe

import (
	"crypto/rand"
	"fmt"
	"io"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"
	"github.com/tuneinsight/lattigo/v6/ring"
	"github.com/tuneinsight/lattigo/v6/utils/sampling"
)

// SecretShare is one owner's share s_i of a committee's collective secret
// key s = Σ s_i (ternary, in NTT and Montgomery form over QP, as Lattigo
// keeps secret keys). It must be kept secret: anyone holding every member's
// share can decrypt every input of every job of the committee.
type SecretShare struct {
	params Params
	sk     *rlwe.SecretKey
}

// NewSecretShare samples a fresh share from the parameter set's secret
// distribution, with randomness from r (crypto/rand when nil).
func NewSecretShare(p Params, r io.Reader) (*SecretShare, error) {
	sk, err := p.sampleSecret(r)
	if err != nil {
		return nil, err
	}
	return &SecretShare{params: p, sk: sk}, nil
}

// sampleSecret draws a ternary secret key, seeding a keyed PRNG from r so
// that tests can fix the key. It mirrors rlwe.KeyGenerator.GenSecretKey.
func (p Params) sampleSecret(r io.Reader) (*rlwe.SecretKey, error) {
	if r == nil {
		r = rand.Reader
	}
	var seed [32]byte
	if _, err := io.ReadFull(r, seed[:]); err != nil {
		return nil, fmt.Errorf("mhe: reading key seed: %w", err)
	}
	prng, err := sampling.NewKeyedPRNG(seed[:])
	if err != nil {
		return nil, fmt.Errorf("mhe: key PRNG: %w", err)
	}
	sampler, err := ring.NewSampler(prng, p.ckks.RingQ(), p.ckks.Xs(), false)
	if err != nil {
		return nil, fmt.Errorf("mhe: secret sampler: %w", err)
	}
	sk := rlwe.NewSecretKey(p.ckks)
	ringQP := p.ckks.RingQP()
	sampler.Read(sk.Value.Q)
	ringQP.ExtendBasisSmallNormAndCenter(sk.Value.Q, sk.LevelP(), sk.Value.Q, sk.Value.P)
	ringQP.NTT(sk.Value, sk.Value)
	ringQP.MForm(sk.Value, sk.Value)
	return sk, nil
}

// MarshalBinary encodes the share for the owner's sealed key store.
func (s *SecretShare) MarshalBinary() ([]byte, error) {
	return s.params.encodeRows(kindSecretShare, 1, qpRows(s.sk.Value)), nil
}

// ParseSecretShare decodes a share stored by MarshalBinary.
func ParseSecretShare(p Params, b []byte) (*SecretShare, error) {
	sk, err := p.decodeSecret(kindSecretShare, b)
	if err != nil {
		return nil, err
	}
	return &SecretShare{params: p, sk: sk}, nil
}

func (p Params) decodeSecret(k kind, b []byte) (*rlwe.SecretKey, error) {
	rows, _, err := p.decodeRows(k, b)
	if err != nil {
		return nil, err
	}
	sk := rlwe.NewSecretKey(p.ckks)
	sk.Value = p.qpPolys(rows)[0]
	return sk, nil
}
