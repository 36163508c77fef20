package mhe

import (
	"math"
	"math/bits"

	"github.com/tuneinsight/lattigo/v6/ring"
)

// encodeFixedPoint writes round(v·2^logScale) for each value into the
// coefficients of pol (coefficient domain), modulo each prime of r. It is
// CKKS coefficient encoding done exactly: a float64 is m·2^e with a 53-bit
// integer m, so v·Δ = m·2^(e+logScale) is computed without rounding error
// (rounded half away from zero when e+logScale < 0). Lattigo's encoder does
// the same through math/big for scales above 2^64, about ten times slower. Unset coefficients are zero.
func encodeFixedPoint(r *ring.Ring, values []float64, logScale int, pol ring.Poly) {
	mants := make([]uint64, len(values))
	shifts := make([]int, len(values))
	for i, v := range values {
		mants[i], shifts[i] = splitFloat(v)
		shifts[i] += logScale // |v|·Δ = mant·2^shift
	}
	brc := r.BRedConstants()
	for j, q := range r.ModuliChain()[:r.Level()+1] {
		clear(pol.Coeffs[j])
		pow2 := powersOfTwo(q, logScale+maxShiftAboveScale)
		for i, v := range values {
			var c uint64
			switch {
			case v == 0:
				continue
			case shifts[i] < 0:
				c = roundShift(mants[i], -shifts[i]) % q
			default:
				c = ring.BRed(mants[i], pow2[shifts[i]], q, brc[j])
			}
			if v < 0 && c != 0 {
				c = q - c
			}
			pol.Coeffs[j][i] = c
		}
	}
}

// splitFloat returns the integer mantissa m < 2^53 and exponent e with
// |v| = m·2^e, read from the IEEE 754 bits (normal and subnormal numbers).
func splitFloat(v float64) (uint64, int) {
	b := math.Float64bits(v)
	frac, exp := b&(1<<52-1), int(b>>52&0x7ff)
	if exp == 0 {
		return frac, -1074
	}
	return frac | 1<<52, exp - 1075
}

// maxShiftAboveScale bounds exp - 53 for the values EncryptInput accepts
// (|v| <= 2^50 = 2^52·2^-2, so the exponent of splitFloat is at most -2).
const maxShiftAboveScale = -2 + 1

// roundShift returns round(mant / 2^s), half away from zero (mant >= 0).
func roundShift(mant uint64, s int) uint64 {
	if s >= 64 {
		return 0 // mant < 2^53: below one half
	}
	return (mant + uint64(1)<<(s-1)) >> s
}

// powersOfTwo returns 2^e mod q for e in [0, n).
func powersOfTwo(q uint64, n int) []uint64 {
	out := make([]uint64, n)
	out[0] = 1 % q
	for e := 1; e < n; e++ {
		hi, lo := bits.Mul64(out[e-1], 2)
		out[e] = bits.Rem64(hi, lo, q)
	}
	return out
}
