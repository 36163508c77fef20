package dp

import "math"

// Zero-concentrated DP (Bun and Steinke, TCC 2016): ρ-zCDP means
// D_α(M(x) || M(x')) <= αρ for every order α > 1, so ρ-budgets of several
// Gaussian releases add up. The conversion to (ε, δ)-DP used in both
// directions below is Canonne, Kamath, Steinke 2020 (arXiv:2004.00010),
// Corollary 13, which applies their Proposition 12 to τ(α) = αρ:
//
//	ε(ρ, δ) = inf_{α>1}  αρ + log(1-1/α) + (log(1/δ) - log α)/(α-1).
//
// It is never worse than Bun and Steinke's Proposition 1.3,
// ε = ρ + 2·sqrt(ρ·log(1/δ)), and is typically 10-15% smaller.

// EpsDeltaFromZCDP returns the smallest ε such that rho-zCDP implies
// (ε, delta)-DP under the conversion above. It returns +Inf for invalid input
// (rho < 0 or NaN, delta outside (0, 1)) so that a mistake never looks private.
func EpsDeltaFromZCDP(rho, delta float64) float64 {
	if math.IsNaN(rho) || rho < 0 || checkDelta(delta) != nil {
		return math.Inf(1)
	}
	if rho == 0 {
		return 0
	}
	if math.IsInf(rho, 1) {
		return rho
	}
	if delta*delta+math.Expm1(-rho) >= 0 {
		// The KL divergence is at most ρ, and total variation is at most
		// sqrt(1-exp(-KL)) (Bretagnolle–Huber), so (0, δ)-DP already holds.
		return 0
	}
	u := optimalZCDPExcess(rho, delta)
	return math.Max(0, zcdpEpsilonAt(u, rho, delta))
}

// zcdpEpsilonAt is the conversion at order α = 1+u, written in u so that the
// tiny u that huge ρ calls for stays representable:
// (1+u)ρ + log(u/(1+u)) + (log(1/δ) - log(1+u))/u.
func zcdpEpsilonAt(u, rho, delta float64) float64 {
	l1pu := math.Log1p(u)
	return (1+u)*rho + math.Log(u) - l1pu + (-math.Log(delta)-l1pu)/u
}

// optimalZCDPExcess minimises the conversion over u = α-1 > 0 using the sign
// of its derivative, ρ - (log(1/δ) - log(1+u))/u², which changes sign once:
// bracket by doubling or halving, then bisect. Any u > 0 gives a valid bound,
// so imprecision here only loosens ε.
func optimalZCDPExcess(rho, delta float64) float64 {
	logInvDelta := -math.Log(delta)
	increasing := func(u float64) bool {
		return rho*u*u > logInvDelta-math.Log1p(u)
	}
	hi := 1.0
	for !increasing(hi) {
		hi *= 2
	}
	for increasing(hi/2) && hi > 1e-300 {
		hi /= 2
	}
	lo := hi / 2
	for i := 0; i < 200 && hi-lo > 1e-15*hi; i++ {
		mid := lo + (hi-lo)/2
		if increasing(mid) {
			hi = mid
		} else {
			lo = mid
		}
	}
	return hi
}

// ZCDPFromEpsDelta returns the largest ρ (to a relative 1e-12, rounded down)
// such that ρ-zCDP implies (eps, delta)-DP under the same conversion as
// EpsDeltaFromZCDP.
func ZCDPFromEpsDelta(eps, delta float64) (rho float64, err error) {
	if err := checkEpsilon(eps); err != nil {
		return 0, err
	}
	if err := checkDelta(delta); err != nil {
		return 0, err
	}
	// Bun–Steinke's ρ meets ε under their looser conversion, hence under ours.
	l := -math.Log(delta)
	lo := math.Pow(math.Sqrt(l+eps)-math.Sqrt(l), 2)
	hi := math.Max(2*lo, eps+1)
	for EpsDeltaFromZCDP(hi, delta) <= eps {
		lo, hi = hi, 2*hi
	}
	for i := 0; i < 200 && hi-lo > 1e-12*hi; i++ {
		mid := lo + (hi-lo)/2
		if EpsDeltaFromZCDP(mid, delta) <= eps {
			lo = mid
		} else {
			hi = mid
		}
	}
	return lo, nil
}

// GaussianSigmaForRho returns the standard deviation sens/sqrt(2ρ) that makes
// the Gaussian mechanism (continuous or discrete, CKS20) ρ-zCDP for a query of
// L2 sensitivity l2Sensitivity. It returns +Inf for rho <= 0 or any invalid
// input, so a mistake shows up as unusable noise rather than too little.
func GaussianSigmaForRho(rho, l2Sensitivity float64) float64 {
	if !finite(rho) || rho <= 0 || !finite(l2Sensitivity) || l2Sensitivity < 0 {
		return math.Inf(1)
	}
	return l2Sensitivity / math.Sqrt(2*rho)
}
