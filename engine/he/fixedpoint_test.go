package he

import (
	"math"
	"testing"

	"github.com/tuneinsight/lattigo/v6/schemes/ckks"
	"pgregory.net/rapid"
)

// Property: the exact fixed-point encoder agrees with Lattigo's CKKS
// coefficient encoder (which goes through math/big) on every value.
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
		for j := range mine.Coeffs {
			for i := range vals {
				if mine.Coeffs[j][i] != pt.Value.Coeffs[j][i] {
					rt.Fatalf("value %v (index %d), prime %d: %d, Lattigo %d", vals[i], i, j, mine.Coeffs[j][i], pt.Value.Coeffs[j][i])
				}
			}
		}
	})
}
