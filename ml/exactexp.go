package ml

import "math"

// exactBitsExp is e^x from basic operations only, each rounded before the
// next (no fused multiply-add, no assembly), so it returns the same bits on
// every platform; it is within a few ulps of math.Exp. Range reduction
// x = k·ln2 + r, |r| ≤ ln2/2, with ln2 split in two so k·ln2hi is exact;
// then a degree-13 Taylor polynomial of e^r in Horner form (truncation
// below 2^-60 relative) and an exact scaling by 2^k.
func exactBitsExp(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case x > 709.78:
		return math.Inf(1)
	case x < -745.2:
		return 0
	}
	const (
		ln2hi = 6.93147180369123816490e-01 // high bits of ln 2: k·ln2hi is exact for |k| < 2^11
		ln2lo = 1.90821492927058770002e-10
	)
	k := math.Floor(float64(x*(1/math.Ln2)) + 0.5)
	r := float64(float64(x-float64(k*ln2hi)) - float64(k*ln2lo))
	p := 1.0 / 6227020800 // 1/13!
	for _, c := range expCoefficients {
		p = float64(float64(p*r) + c)
	}
	return math.Ldexp(p, int(k))
}

// expCoefficients are 1/12!, 1/11!, …, 1/1!, 1/0! for the Horner loop.
var expCoefficients = [...]float64{
	1.0 / 479001600, 1.0 / 39916800, 1.0 / 3628800, 1.0 / 362880, 1.0 / 40320,
	1.0 / 5040, 1.0 / 720, 1.0 / 120, 1.0 / 24, 1.0 / 6, 1.0 / 2, 1, 1,
}

// exactLogSumExp is log Σ e^z with the maximum factored out; the log is
// only used for the loss, never in an update.
func exactLogSumExp(z []float64) float64 { return logSumExpWith(z, exactBitsExp) }

// exactSoftmax replaces z by softmax(z) using exactBitsExp only.
func exactSoftmax(z []float64) {
	m := math.Inf(-1)
	for _, v := range z {
		m = math.Max(m, v)
	}
	var s float64
	for k, v := range z {
		z[k] = exactBitsExp(v - m)
		s = float64(s + z[k])
	}
	for k := range z {
		z[k] /= s
	}
}
