package psi

import (
	"fmt"
	"math"

	"github.com/veil-market/veil/dp"
)

// MaxDummies bounds the mixer's dummies per list (2μ): a job whose ε is so
// small that it needs more is refused.
const MaxDummies = 1 << 22

// Release is the differential-privacy calibration of one intersection
// size. Replacing one row of one dataset changes the deduplicated set by at
// most one element out and one in, so the intersection size by at most 1:
// sensitivity 1.
//
// Each node adds noise of the full σ on its own, because only one of them
// is assumed honest: the counter sees c + D, where D = clamp(μ + Z, 0, 2μ)
// is the mixer's dummy count; the buyer with the mixer would see c + Z′,
// the counter's noise. The discrete Gaussian N_Z(0, σ²) at sensitivity 1 is
// ρ-zCDP with σ = 1/√(2ρ) (CKS20), and ρ is the largest whose zCDP implies
// (ε, δ/2)-DP (CKS20 Corollary 13, dp.ZCDPFromEpsDelta). Clamping changes
// the mechanism only when |Z| > μ, which has probability at most
// 2·exp(−μ²/(2σ²)) (a discrete Gaussian is σ²-subgaussian) ≤ δ_c with
// δ_c = δ/(2(1 + e^ε)); a mechanism equal to an (ε, δ/2)-DP one except on
// an event of probability δ_c is (ε, δ/2 + (1 + e^ε)·δ_c) = (ε, δ)-DP.
//
// The released figure c + D + Z′ − μ has variance Var(D) + σ² ≈ 2σ².
type Release struct {
	Epsilon, Delta float64
	Sigma          float64 // each node's noise
	Mu             int64   // the dummies' offset; 2μ dummies per list
}

// NewRelease calibrates the release for the job's (ε, δ) (use
// spec.Privacy.CalibrationTarget).
func NewRelease(eps, delta float64) (Release, error) {
	if !(eps > 0) || math.IsInf(eps, 0) || !(delta > 0 && delta < 1) {
		return Release{}, fmt.Errorf("psi: privacy: need ε > 0 and 0 < δ < 1, got ε=%g δ=%g", eps, delta)
	}
	rho, err := dp.ZCDPFromEpsDelta(eps, delta/2)
	if err != nil {
		return Release{}, fmt.Errorf("psi: privacy: %w", err)
	}
	sigma := dp.GaussianSigmaForRho(rho, 1)
	deltaClamp := delta / (2 * (1 + math.Exp(eps)))
	mu := math.Ceil(sigma * math.Sqrt(2*math.Log(2/deltaClamp)))
	if math.IsInf(sigma, 0) || sigma > dp.MaxDiscreteSigma || 2*mu > MaxDummies {
		return Release{}, fmt.Errorf("psi: privacy: ε=%g needs σ=%.3g and %g dummies per list, more than %d", eps, sigma, 2*mu, MaxDummies)
	}
	return Release{Epsilon: eps, Delta: delta, Sigma: sigma, Mu: int64(mu)}, nil
}

// Estimate is the buyer's figure from the counter's released value.
func (r Release) Estimate(released int64) int64 { return released - r.Mu }

// NoiseStd is the standard deviation of the released figure's noise,
// ignoring the clamp (which moves it by less than δ).
func (r Release) NoiseStd() float64 { return math.Sqrt(2) * r.Sigma }
