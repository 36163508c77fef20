package mhe

import (
	"fmt"
	"math/bits"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"
	"github.com/tuneinsight/lattigo/v6/ring"

	"github.com/veil-market/veil/secagg"
)

// EncryptContribution encrypts an owner's contribution straight to the
// buyer's public key: ceil(len/N) ciphertexts, slot i of the vector in
// coefficient i mod N of plaintext i/N as the exact integer
// (data_i + noise_i)·2^(120 - grid_i) modulo Q. The ciphertexts are never
// sent as they are: the engine masks them (secure aggregation, one segment
// per prime) so that only their sum is ever seen. The encryption's
// randomness comes from Lattigo's crypto/rand-seeded samplers; its running
// time does not depend on the values.
func EncryptContribution(buyer *BuyerPublicKey, c *Contribution) ([]*rlwe.Ciphertext, error) {
	if buyer == nil || c == nil || c.Len() == 0 {
		return nil, fmt.Errorf("he: nothing to encrypt, or no buyer key")
	}
	p := buyer.params
	if c.Len() > maxCiphertexts*p.Slots() {
		return nil, fmt.Errorf("he: %d values, more than %d ciphertexts hold", c.Len(), maxCiphertexts)
	}
	ringQ := p.ckks.RingQ().AtLevel(p.level())
	return p.encryptEach(buyer.pk, p.Ciphertexts(c.Len()), func(i int, pol ring.Poly) {
		encodeGrid(ringQ, c, i*p.Slots(), min((i+1)*p.Slots(), c.Len()), pol)
	})
}

// encodeGrid writes slots [from, to) of c into pol (coefficient domain),
// each as (data + noise)·2^(logScale - grid) modulo every prime. The
// additions and products are modular, so no value can overflow.
func encodeGrid(r *ring.Ring, c *Contribution, from, to int, pol ring.Poly) {
	for j, q := range r.ModuliChain()[:r.Level()+1] {
		clear(pol.Coeffs[j])
		pow2 := powersOfTwo(q, logScale+1)
		for i := from; i < to; i++ {
			v := (signedMod(c.data[i], q) + signedMod(c.noise[i], q)) % q
			hi, lo := bits.Mul64(v, pow2[logScale-c.grids[i]])
			pol.Coeffs[j][i-from] = bits.Rem64(hi, lo, q)
		}
	}
}

// signedMod returns x mod q in [0, q) for any int64 x and q < 2^63.
func signedMod(x int64, q uint64) uint64 {
	if x >= 0 {
		return uint64(x) % q
	}
	m := (uint64(-(x + 1)) % q) + 1 // |x| mod q, without overflowing at MinInt64
	return (q - m%q) % q
}

// Segments lays out k ciphertexts for secure aggregation: for each
// ciphertext, polynomial c0 then c1, each as its residues modulo each prime
// of Q in turn (N entries per segment), exactly the rows of the codec.
func (p Params) Segments(k int) []secagg.Segment {
	var out []secagg.Segment
	for range 2 * k {
		for _, q := range p.ckks.Q() {
			out = append(out, secagg.Segment{Modulus: q, Len: p.Slots()})
		}
	}
	return out
}

// Residues flattens ciphertexts in the order of Segments: the vector an
// owner gives secure aggregation.
func (p Params) Residues(cts []*rlwe.Ciphertext) []uint64 {
	out := make([]uint64, 0, len(cts)*2*len(p.ckks.Q())*p.Slots())
	for _, row := range qRowsOf(cts) {
		out = append(out, row...)
	}
	return out
}

func qRowsOf(cts []*rlwe.Ciphertext) [][]uint64 {
	var rows [][]uint64
	for _, ct := range cts {
		rows = append(rows, qRows(ct.Value...)...)
	}
	return rows
}

// OutputFromResidues turns the sum that secure aggregation returns (laid
// out as Segments, every entry below its prime) into the output the buyer
// decrypts.
func (p Params) OutputFromResidues(v []uint64, k int) (*Output, error) {
	cts, err := p.fromResidues(v, k)
	if err != nil {
		return nil, err
	}
	return newOutput(p.encodeCiphertexts(kindOutput, cts)), nil
}

// fromResidues rebuilds k ciphertexts from a vector laid out as Segments.
func (p Params) fromResidues(v []uint64, k int) ([]*rlwe.Ciphertext, error) {
	n, nq := p.Slots(), len(p.ckks.Q())
	if len(v) != k*2*nq*n {
		return nil, fmt.Errorf("he: %d residues for %d ciphertexts, want %d", len(v), k, k*2*nq*n)
	}
	rows := make([][]uint64, 2*k*nq)
	for r := range rows {
		rows[r] = v[r*n : (r+1)*n : (r+1)*n]
	}
	polys := p.qPolys(rows)
	cts := make([]*rlwe.Ciphertext, k)
	for i := range cts {
		cts[i] = p.newCiphertext()
		cts[i].Value[0], cts[i].Value[1] = polys[2*i], polys[2*i+1]
	}
	return cts, nil
}
