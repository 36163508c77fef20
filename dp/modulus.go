package dp

import "math"

// MaxModulusBits is the largest secure-aggregation modulus 2^k that
// ModulusBits proposes: sums are carried in 64-bit words.
const MaxModulusBits = 64

// OverflowProbability bounds the probability that some coordinate of the
// noisy sum leaves [-2^(k-1), 2^(k-1)) and so wraps around modulo 2^k, when at
// most `owners` owners each contribute an integer vector of L2 norm at most
// normBound (so each coordinate at most normBound) plus N_Z(0, shareSigma²)
// noise per coordinate:
//
//	P <= min{1, 2·dim·exp(-t²/(2·owners·shareSigma²))},  t = 2^(k-1) - owners·normBound,
//
// because the signal of a coordinate is at most owners·normBound in absolute
// value, a sum of m independent N_Z(0, σ²) is (mσ²)-subgaussian (the discrete
// Gaussian is σ²-subgaussian, Canonne, Kamath, Steinke 2020), and a union
// bound covers the dim coordinates. Fewer shares (dropouts) only shrink it.
// The bound is worst case: no random rotation (KLS21's flattening) is assumed.
func OverflowProbability(bits, owners, dim int, normBound, shareSigma float64) (float64, error) {
	if bits < 2 || bits > MaxModulusBits {
		return 0, errParam("modulus bits must be in [2, %d], got %d", MaxModulusBits, bits)
	}
	if err := checkCount("owners", owners); err != nil {
		return 0, err
	}
	if err := checkCount("dimension", dim); err != nil {
		return 0, err
	}
	if err := checkNonNegative("norm bound", normBound); err != nil {
		return 0, err
	}
	if err := checkNonNegative("share sigma", shareSigma); err != nil {
		return 0, err
	}
	n := float64(owners)
	t := math.Ldexp(1, bits-1) - n*normBound
	if t <= 0 {
		return 1, nil
	}
	if shareSigma == 0 {
		return 0, nil
	}
	logP := math.Log(2*float64(dim)) - t*t/(2*n*shareSigma*shareSigma)
	return math.Min(1, math.Exp(logP)), nil
}

// ModulusBits returns the smallest k <= MaxModulusBits for which
// OverflowProbability(k, ...) <= failure, or an error if even 64 bits do not
// suffice.
func ModulusBits(owners, dim int, normBound, shareSigma, failure float64) (int, error) {
	if !finite(failure) || failure <= 0 || failure >= 1 {
		return 0, errParam("failure probability must be in (0, 1), got %v", failure)
	}
	for k := 2; k <= MaxModulusBits; k++ {
		p, err := OverflowProbability(k, owners, dim, normBound, shareSigma)
		if err != nil {
			return 0, err
		}
		if p <= failure {
			return k, nil
		}
	}
	return 0, errParam("no modulus up to 2^%d keeps overflow below %v (owners=%d dim=%d normBound=%v shareSigma=%v)",
		MaxModulusBits, failure, owners, dim, normBound, shareSigma)
}
