package mhe

import (
	"fmt"
	"math/bits"

	"github.com/tuneinsight/lattigo/v6/core/rlwe"
	"github.com/tuneinsight/lattigo/v6/ring"

	"github.com/veil-market/veil/secagg"
)

// MaxCiphertexts bounds the ciphertexts of one vector (1M values at
// N = 2^14): what a peer can make a party allocate.
const MaxCiphertexts = maxCiphertexts

// EncryptOnGrid encrypts exact fixed-point values straight to the buyer's
// public key: value i is (Σ_t terms[t][i])·2^-grids[i], with grids[i] in
// [0, 120]. It makes ceil(len/N) ciphertexts, value i in coefficient
// i mod N of plaintext i/N as the exact integer Σ_t terms[t][i]·2^(120 -
// grids[i]) modulo Q; the terms are added modulo each prime, so no sum can
// overflow (an owner passes its statistics and its noise share apart). In
// a job the ciphertexts are never sent as they are: the engine masks them
// (secure aggregation, one segment per prime; Segments, Residues) so that
// only their sum is ever seen. The encryption's randomness comes from
// Lattigo's crypto/rand-seeded samplers; its running time does not depend
// on the values.
func EncryptOnGrid(buyer *BuyerPublicKey, grids []int, terms ...[]int64) ([]*rlwe.Ciphertext, error) {
	if buyer == nil || len(grids) == 0 {
		return nil, fmt.Errorf("mhe: nothing to encrypt, or no buyer key")
	}
	if err := checkGrid(grids, terms); err != nil {
		return nil, err
	}
	p := buyer.params
	if len(grids) > maxCiphertexts*p.Slots() {
		return nil, fmt.Errorf("mhe: %d values, more than %d ciphertexts hold", len(grids), maxCiphertexts)
	}
	ringQ := p.ckks.RingQ().AtLevel(p.level())
	return p.encryptEach(buyer.pk, p.Ciphertexts(len(grids)), func(i int, pol ring.Poly) {
		encodeGrid(ringQ, grids, terms, i*p.Slots(), min((i+1)*p.Slots(), len(grids)), pol)
	})
}

// checkGrid refuses terms of another length than grids, and grid exponents
// outside [0, logScale].
func checkGrid(grids []int, terms [][]int64) error {
	for t, v := range terms {
		if len(v) != len(grids) {
			return fmt.Errorf("mhe: term %d has %d values for %d grid exponents", t, len(v), len(grids))
		}
	}
	for i, f := range grids {
		if f < 0 || f > logScale {
			return fmt.Errorf("mhe: value %d is on the grid 2^-%d, want an exponent in [0, %d]", i, f, logScale)
		}
	}
	return nil
}

// encodeGrid writes values [from, to) into pol (coefficient domain), each
// as (Σ_t terms[t][i])·2^(logScale - grids[i]) modulo every prime. The
// additions and products are modular, so no value can overflow.
func encodeGrid(r *ring.Ring, grids []int, terms [][]int64, from, to int, pol ring.Poly) {
	for j, q := range r.ModuliChain()[:r.Level()+1] {
		clear(pol.Coeffs[j])
		pow2 := powersOfTwo(q, logScale+1)
		for i := from; i < to; i++ {
			var v uint64
			for _, t := range terms {
				v = (v + signedMod(t[i], q)) % q
			}
			hi, lo := bits.Mul64(v, pow2[logScale-grids[i]])
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
func (p Params) OutputFromResidues(v []uint64, k int) (*BuyerCiphertexts, error) {
	cts, err := p.fromResidues(v, k)
	if err != nil {
		return nil, err
	}
	return newBuyerCiphertexts(p.encodeCiphertexts(kindOutput, cts)), nil
}

// OutputResidues is the inverse of OutputFromResidues: the residues of an
// encoded output (BuyerCiphertexts.Bytes), laid out as Segments, for
// checking an output against a secure-aggregation sum.
func (p Params) OutputResidues(b []byte) ([]uint64, error) {
	cts, err := p.decodeCiphertexts(kindOutput, b)
	if err != nil {
		return nil, err
	}
	return p.Residues(cts), nil
}

// fromResidues rebuilds k ciphertexts from a vector laid out as Segments.
func (p Params) fromResidues(v []uint64, k int) ([]*rlwe.Ciphertext, error) {
	n, nq := p.Slots(), len(p.ckks.Q())
	if len(v) != k*2*nq*n {
		return nil, fmt.Errorf("mhe: %d residues for %d ciphertexts, want %d", len(v), k, k*2*nq*n)
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
