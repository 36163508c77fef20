package mhe

import (
	"math"
	"math/big"
	"testing"

	"github.com/tuneinsight/lattigo/v6/schemes/ckks"
	"pgregory.net/rapid"
)

// Property: the fixed-point encoder computes round(v·2^120) mod q exactly
// (against math/big on the exact rational value of v), and agrees with
// Lattigo's CKKS coefficient encoder to within one unit: Lattigo rounds
// some values (e.g. (2^52+1)·2^-120) through a 53-bit float and lands one
// off, where ours is exact.
func TestPropertyFixedPointMatchesLattigo(t *testing.T) {
	p, _ := InsecureTestParams(4)
	ringQ := p.ckks.RingQ()
	ecd := ckks.NewEncoder(p.ckks)
	value := rapid.OneOf(
		rapid.Float64Range(-maxAbsValue, maxAbsValue),
		rapid.Float64Range(-1, 1),
		rapid.Float64Range(-1e-30, 1e-30),
		rapid.SampledFrom([]float64{0, 1, -1, 0.5, math.SmallestNonzeroFloat64, -math.SmallestNonzeroFloat64, math.Exp2(-120), -math.Exp2(-121), math.Exp2(-121) * 3, maxAbsValue}),
	)
	rapid.Check(t, func(rt *rapid.T) {
		vals := rapid.SliceOfN(value, 1, p.Slots()).Draw(rt, "values")
		mine := ringQ.NewPoly()
		encodeFixedPoint(ringQ, vals, logScale, mine)
		pt := p.newPlaintext()
		if err := ecd.Encode(vals, pt); err != nil {
			rt.Fatal(err)
		}
		ringQ.INTT(pt.Value, pt.Value)
		for j, q := range ringQ.ModuliChain() {
			for i, v := range vals {
				exact := exactEncoding(v, q)
				if got := mine.Coeffs[j][i]; got != exact {
					rt.Fatalf("value %v (index %d), prime %d: %d, exact %d", v, i, j, got, exact)
				}
				if d := (pt.Value.Coeffs[j][i] + q - exact) % q; d > 1 && d < q-1 {
					rt.Fatalf("value %v (index %d), prime %d: Lattigo %d, exact %d", v, i, j, pt.Value.Coeffs[j][i], exact)
				}
			}
		}
	})
}

// exactEncoding is round(v·2^120) mod q, half away from zero, in exact
// rational arithmetic.
func exactEncoding(v float64, q uint64) uint64 {
	r := new(big.Rat).SetFloat64(v)
	r.Mul(r, new(big.Rat).SetInt(new(big.Int).Lsh(big.NewInt(1), logScale)))
	num, den := new(big.Int).Abs(r.Num()), r.Denom()
	n := new(big.Int).Add(new(big.Int).Lsh(num, 1), den) // round half away from zero: floor((2|x|+1)/2)
	n.Quo(n, new(big.Int).Lsh(den, 1))
	if r.Sign() < 0 {
		n.Neg(n)
	}
	return n.Mod(n, new(big.Int).SetUint64(q)).Uint64()
}
