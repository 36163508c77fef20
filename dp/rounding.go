package dp

import (
	"math"
)

// MaxRoundingAttempts bounds the retries of ScaleAndRound. With a norm bound
// from RoundingNormBound each attempt fails with probability at most β, so
// exhausting the budget has probability at most β^MaxRoundingAttempts.
const MaxRoundingAttempts = 1000

// ScaleAndRound multiplies x by gamma and rounds every coordinate to an
// adjacent integer at random, up with probability equal to its fractional
// part, so that E[out] = gamma·x coordinate-wise. This is the conditional
// randomized rounding of Kairouz, Liu, Steinke (ICML 2021, Proposition 22):
// a rounded vector whose L2 norm exceeds normBound is discarded and the whole
// vector is rounded again, up to MaxRoundingAttempts times, after which it
// returns an error wrapping ErrRounding. Conditioning biases the expectation by
// at most the rejection probability times the rounding error (√dim), which is
// negligible for normBound = RoundingNormBound(...).
//
// Privacy never depends on which rounding is chosen: each rounded coordinate
// is the floor or the ceiling of gamma·x_i, which is all that
// RoundedSensitivity assumes. The Bernoulli trials are exact (they compare
// random bits with the binary expansion of the fractional part). s == nil uses
// crypto/rand.
func ScaleAndRound(x []float64, gamma float64, normBound float64, s *Sampler) ([]int64, error) {
	if err := checkPositive("gamma", gamma); err != nil {
		return nil, err
	}
	if err := checkPositive("norm bound", normBound); err != nil {
		return nil, err
	}
	scaled := make([]float64, len(x))
	for i, v := range x {
		scaled[i] = v * gamma
		if !finite(v) || math.Abs(scaled[i]) >= 1<<62 {
			return nil, errParam("coordinate %d scaled by gamma=%v is not a finite value below 2^62: %v", i, gamma, v)
		}
	}
	if s == nil {
		s = NewSampler(nil)
	}
	out := make([]int64, len(x))
	for attempt := 0; attempt < MaxRoundingAttempts; attempt++ {
		norm2 := s.roundInto(out, scaled)
		if s.err != nil {
			return nil, s.err
		}
		if math.Sqrt(norm2) <= normBound {
			return out, nil
		}
	}
	return nil, ErrRounding
}

// roundInto randomly rounds each scaled value into out and returns the squared
// L2 norm of the result.
func (s *Sampler) roundInto(out []int64, scaled []float64) float64 {
	norm2 := 0.0
	for i, v := range scaled {
		f := math.Floor(v)
		r := int64(f)
		if s.bernoulliFraction(v - f) {
			r++
		}
		out[i] = r
		norm2 += float64(r) * float64(r)
	}
	return norm2
}

// bernoulliFraction returns true with probability exactly p for a float64
// p in [0, 1): p is a dyadic rational whose binary digits are produced exactly
// by doubling, and compared lazily with uniform random bits.
func (s *Sampler) bernoulliFraction(p float64) bool {
	for p > 0 && s.err == nil {
		p *= 2
		var pbit uint64
		if p >= 1 {
			pbit = 1
			p--
		}
		if u := s.bit(); u != pbit {
			return u < pbit
		}
	}
	return false
}

// RoundingNormBound returns the conditional-rounding threshold of Kairouz,
// Liu, Steinke (ICML 2021, Theorem 1, Eq. (2)) for a vector of L2 norm at most
// norm, scaled by gamma and randomly rounded in dim dimensions:
//
//	B = min{ sqrt(c² + d/4 + sqrt(2 log(1/β))·(c + √d/2)),  c + √d },  c = gamma·norm,
//
// where the first term is exceeded with probability at most beta (0 < beta < 1)
// per attempt and the second never. Use it as ScaleAndRound's normBound and as
// the per-owner bound of OverflowProbability and ModulusBits.
func RoundingNormBound(norm, gamma float64, dim int, beta float64) (float64, error) {
	if err := checkNonNegative("norm", norm); err != nil {
		return 0, err
	}
	if err := checkPositive("gamma", gamma); err != nil {
		return 0, err
	}
	if err := checkCount("dimension", dim); err != nil {
		return 0, err
	}
	if !finite(beta) || beta <= 0 || beta >= 1 {
		return 0, errParam("beta must be in (0, 1), got %v", beta)
	}
	c, d := gamma*norm, float64(dim)
	if !finite(c) {
		return 0, errParam("gamma*norm overflows: gamma=%v norm=%v", gamma, norm)
	}
	always := c + math.Sqrt(d)
	likely := math.Sqrt(c*c + d/4 + math.Sqrt(2*math.Log(1/beta))*(c+math.Sqrt(d)/2))
	return math.Min(always, likely), nil
}

// RoundedSensitivity returns the L2 sensitivity, in the integer domain, of a
// sum of owner vectors that were each scaled by gamma and randomly rounded,
// when replacing one row changes one owner's unrounded vector by at most
// l2Sensitivity (2C for rows clipped to norm C):
//
//	Δ = gamma·l2Sensitivity + 2√dim.
//
// Each rounded coordinate is within distance 1 of its scaled value, so the two
// rounded vectors of neighbouring datasets differ by at most
// gamma·l2Sensitivity + √dim + √dim, whatever the rounding outcomes and
// whatever the conditioning; this holds with probability 1 and so needs no δ.
// KLS21's tighter β-dependent bound is for add/remove of a whole client, whose
// entire rounded vector is the difference; it does not transfer to replacing a
// row inside an owner's sum (docs/dp.md, "replace-one neighbours").
func RoundedSensitivity(l2Sensitivity, gamma float64, dim int) (float64, error) {
	if err := checkNonNegative("L2 sensitivity", l2Sensitivity); err != nil {
		return 0, err
	}
	if err := checkPositive("gamma", gamma); err != nil {
		return 0, err
	}
	if err := checkCount("dimension", dim); err != nil {
		return 0, err
	}
	delta := gamma*l2Sensitivity + 2*math.Sqrt(float64(dim))
	if !finite(delta) {
		return 0, errParam("gamma*sensitivity overflows: gamma=%v sensitivity=%v", gamma, l2Sensitivity)
	}
	return delta, nil
}
