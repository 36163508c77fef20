package mhe

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"math/bits"

	"github.com/tuneinsight/lattigo/v6/ring"
)

// Smudging (noise flooding) for the key switch to the buyer.
//
// The buyer decrypts m + e + Σ_i f_i, where e is the aggregate's encryption
// noise, which depends on the owners' secret keys, and f_i is owner i's
// smudging noise. Each honest owner alone must hide e. The smudging lemma
// (Asharov et al., EUROCRYPT 2012, Lemma 2.1): for |e| ≤ B_e and f uniform on
// [-B, B), the statistical distance between e+f and f is at most B_e/(2B) per
// coefficient, so at most N·B_e/(2B) for a whole polynomial. With
// B = 2^(λ-1)·N·B_e it is at most 2^-λ.
//
// B_e bounds the encryption noise of a sum of at most n fresh public-key
// encryptions under a collective key of n members (Lattigo encrypts in QP and
// divides by P, so the noise is the rounding r0 + r1·s with |r0|, |r1| ≤ 1 and
// ‖s‖∞ ≤ n, plus terms of size N·n·2^5/P < 1): B_e = n·(N·n + 2). This holds
// for honestly generated keys and inputs; see docs/he-parameters.md.

// SmudgingLogBound returns b such that each owner's smudging noise is uniform
// on [-2^b, 2^b) for a committee of n members.
func (p Params) SmudgingLogBound(n int) int {
	N := float64(p.Slots())
	be := float64(n) * (N*float64(n) + 2)
	return int(math.Ceil(float64(StatisticalSecurity-1) + math.Log2(N) + math.Log2(be)))
}

// SmudgingStd is the standard deviation that the n owners' smudging adds to
// each decrypted value (in the units of the encoded vector).
func (p Params) SmudgingStd(n int) float64 {
	return math.Exp2(float64(p.SmudgingLogBound(n))) * math.Sqrt(float64(n)/3) / p.Scale()
}

// smudger draws uniform integers on [-2^b, 2^b) as RNS polynomials. Its
// randomness is an AES-256-CTR stream keyed from r, so a test can fix it.
type smudger struct {
	stream cipher.Stream
	logB   int
	buf    []byte
}

func newSmudger(r io.Reader, logB int) (*smudger, error) {
	if logB < 1 || logB > 126 {
		return nil, fmt.Errorf("mhe: smudging bound 2^%d out of range", logB)
	}
	if r == nil {
		r = rand.Reader
	}
	var key [32]byte
	if _, err := io.ReadFull(r, key[:]); err != nil {
		return nil, fmt.Errorf("mhe: reading smudging seed: %w", err)
	}
	block, err := aes.NewCipher(key[:])
	if err != nil {
		return nil, fmt.Errorf("mhe: smudging cipher: %w", err)
	}
	var iv [aes.BlockSize]byte
	return &smudger{stream: cipher.NewCTR(block, iv[:]), logB: logB}, nil
}

// read fills pol (coefficient domain, at the ring's level) with fresh noise.
func (s *smudger) read(r *ring.Ring, pol ring.Poly) {
	n := r.N()
	if len(s.buf) != 16*n {
		s.buf = make([]byte, 16*n)
	}
	clear(s.buf)
	s.stream.XORKeyStream(s.buf, s.buf)
	loMask, hiMask := valueMasks(s.logB + 1)
	moduli := r.ModuliChain()[:r.Level()+1]
	for j, q := range moduli {
		offset := bRem(s.logB, q) // 2^logB mod q
		coeffs := pol.Coeffs[j]
		for i := range n {
			lo := binary.LittleEndian.Uint64(s.buf[16*i:]) & loMask
			hi := binary.LittleEndian.Uint64(s.buf[16*i+8:]) & hiMask
			v := bits.Rem64(hi, lo, q) // v = value + 2^logB (mod q)
			if v >= offset {
				coeffs[i] = v - offset
			} else {
				coeffs[i] = v + q - offset
			}
		}
	}
}

// valueMasks returns the masks that keep the low nbits of a 128-bit word.
func valueMasks(nbits int) (lo, hi uint64) {
	switch {
	case nbits >= 64:
		return ^uint64(0), uint64(1)<<(nbits-64) - 1
	default:
		return uint64(1)<<nbits - 1, 0
	}
}

// bRem returns 2^e mod q.
func bRem(e int, q uint64) uint64 {
	if e < 64 {
		return (uint64(1) << e) % q
	}
	return bits.Rem64(uint64(1)<<(e-64), 0, q)
}
