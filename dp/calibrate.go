package dp

// maxNoiseMultiplier bounds the search of CalibrateNoiseMultiplier.
const maxNoiseMultiplier = 1e6

// CalibrateNoiseMultiplier returns the smallest noise multiplier z (noise
// standard deviation divided by L2 sensitivity; relative precision 1e-6,
// rounded up) such that `steps` compositions of the sampled Gaussian mechanism
// with sampling rate q (q = 1: full batch) are (eps, delta)-DP over
// DefaultOrders under conversion conv.
//
// ε(z) is the minimum over orders of functions decreasing in z, so it is
// decreasing and bisection is sound; the returned z is the upper end of the
// final bracket and therefore always meets (eps, delta).
func CalibrateNoiseMultiplier(eps, delta, q float64, steps int, conv Conversion) (float64, error) {
	if err := checkEpsilon(eps); err != nil {
		return 0, err
	}
	if err := checkDelta(delta); err != nil {
		return 0, err
	}
	if err := checkRate(q); err != nil {
		return 0, err
	}
	if err := checkCount("steps", steps); err != nil {
		return 0, err
	}
	if conv != Classic && conv != Improved {
		return 0, errParam("unknown conversion %d", int(conv))
	}
	orders := DefaultOrders()
	meets := func(z float64) bool {
		e, _, err := EpsilonFromRDP(RDPSampledGaussian(q, z, steps, orders), orders, delta, conv)
		return err == nil && e <= eps
	}
	z, ok := smallestMeeting(meets, 1, maxNoiseMultiplier, 1e-6)
	if !ok {
		return 0, errParam("no noise multiplier up to %g reaches epsilon=%v delta=%v (q=%v, steps=%d)", maxNoiseMultiplier, eps, delta, q, steps)
	}
	return z, nil
}

// smallestMeeting returns the smallest x (relative precision rel, the
// feasible end) with meets(x), for meets monotone in x: it doubles from
// start until meets holds, giving up beyond limit, then bisects.
func smallestMeeting(meets func(float64) bool, start, limit, rel float64) (float64, bool) {
	lo, hi := 0.0, start
	for !meets(hi) {
		lo, hi = hi, 2*hi
		if hi > limit {
			return 0, false
		}
	}
	for hi-lo > rel*hi {
		mid := lo + (hi-lo)/2
		if meets(mid) {
			hi = mid
		} else {
			lo = mid
		}
	}
	return hi, true
}

// EpsilonSampledGaussian returns the ε spent by `steps` compositions of the
// sampled Gaussian mechanism with noise multiplier z and sampling rate q at
// the given delta, over DefaultOrders, with the order that achieves it.
func EpsilonSampledGaussian(q, noiseMultiplier float64, steps int, delta float64, conv Conversion) (eps, order float64, err error) {
	if err := checkRate(q); err != nil {
		return 0, 0, err
	}
	if err := checkPositive("noise multiplier", noiseMultiplier); err != nil {
		return 0, 0, err
	}
	if err := checkCount("steps", steps); err != nil {
		return 0, 0, err
	}
	orders := DefaultOrders()
	return EpsilonFromRDP(RDPSampledGaussian(q, noiseMultiplier, steps, orders), orders, delta, conv)
}
