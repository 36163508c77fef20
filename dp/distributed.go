package dp

import "math"

// DistributedGaussian describes one release of the distributed discrete
// Gaussian mechanism (Kairouz, Liu, Steinke, ICML 2021): an integer vector
// query whose sum over owners is revealed through secure aggregation, each
// honest owner adding its own N_Z(0, σ²) share to every coordinate, repeated
// for Rounds rounds. It is an immutable value; its methods do the accounting.
type DistributedGaussian struct {
	// L2Sensitivity is the integer-domain L2 sensitivity of one round's sum
	// (RoundedSensitivity for the fl engine).
	L2Sensitivity float64
	// Dim is the number of coordinates of the vector.
	Dim int
	// Shares is the number of noise shares guaranteed to be in the sum and
	// unknown to the adversary: n-d-c.
	Shares int
	// Rounds is the number of releases composed (full batch: q = 1).
	Rounds int
}

// MaxShares bounds DistributedGaussian.Shares (a million owners in one job),
// which keeps the τ sum cheap.
const MaxShares = 1 << 20

func (g DistributedGaussian) check() error {
	if err := checkPositive("L2 sensitivity", g.L2Sensitivity); err != nil {
		return err
	}
	if err := checkCount("dimension", g.Dim); err != nil {
		return err
	}
	if err := checkCount("shares (n-d-c)", g.Shares); err != nil {
		return err
	}
	if g.Shares > MaxShares {
		return errParam("shares (n-d-c) must be <= %d, got %d", MaxShares, g.Shares)
	}
	return checkCount("rounds", g.Rounds)
}

// Tau is the inflation term of KLS21 Theorem 1 for the sum of m = Shares
// independent N_Z(0, σ²) variables:
//
//	τ = 10 · Σ_{k=1}^{m-1} exp(-2π²σ² · k/(k+1)),
//
// the price of the sum of discrete Gaussians not being a discrete Gaussian.
// It is 0 for one share, about 5e-4 per share at σ = 1 and below 1e-16 per
// share from σ = 2.
func (g DistributedGaussian) Tau(shareSigma float64) float64 {
	tau := 0.0
	for k := 1; k < g.Shares; k++ {
		term := math.Exp(-2 * math.Pi * math.Pi * shareSigma * shareSigma * float64(k) / float64(k+1))
		tau += term
		if term == 0 {
			break // the terms decrease in k; the rest underflow too
		}
	}
	return 10 * tau
}

// RDP returns the Rényi DP of the Rounds-fold composition at each order, by
// KLS21 Proposition 14 (Eq. 17): with Δ₂ = L2Sensitivity,
// Δ₁ = min(Δ₂², √d·Δ₂) (an integer vector has ‖v‖₁ <= ‖v‖₂²),
// s = √m·σ and τ = Tau(σ),
//
//	ε(α) = min{ α/2·(Δ₂/s)² + τd,
//	            α/2·((Δ₂/s)² + 2τΔ₁/s + τ²d),
//	            α/2·(Δ₂/s + τ√d)² }.
//
// Only integer orders are used (others get +Inf), as in the authors' accounting
// code.
func (g DistributedGaussian) RDP(shareSigma float64, orders []float64) ([]float64, error) {
	if err := g.check(); err != nil {
		return nil, err
	}
	if !finite(shareSigma) || shareSigma < 0.5 {
		// Below 1/2 the shares are too coarse for the analysis to say anything
		// useful; refusing keeps us inside the regime KLS21 is written for.
		return nil, errParam("share sigma must be >= 0.5 and finite, got %v", shareSigma)
	}
	d := float64(g.Dim)
	s := math.Sqrt(float64(g.Shares)) * shareSigma
	l2 := g.L2Sensitivity / s
	l1 := math.Min(g.L2Sensitivity*g.L2Sensitivity, math.Sqrt(d)*g.L2Sensitivity) / s
	tau := g.Tau(shareSigma)
	out := make([]float64, len(orders))
	for i, a := range orders {
		if !finite(a) || a <= 1 || a != math.Trunc(a) {
			out[i] = math.Inf(1)
			continue
		}
		first := a/2*l2*l2 + tau*d
		second := a / 2 * (l2*l2 + 2*tau*l1 + tau*tau*d)
		third := a / 2 * (l2 + tau*math.Sqrt(d)) * (l2 + tau*math.Sqrt(d))
		out[i] = float64(g.Rounds) * math.Min(first, math.Min(second, third))
	}
	return out, nil
}

// Epsilon returns the ε at which the Rounds releases with per-owner noise
// N_Z(0, shareSigma²) are (ε, delta)-DP: RDP over the integer DefaultOrders,
// Improved conversion.
func (g DistributedGaussian) Epsilon(shareSigma, delta float64) (float64, error) {
	return epsilonOf(g, shareSigma, delta)
}

// ShareSigma returns the smallest per-owner discrete Gaussian σ (relative
// precision 1e-9, rounded up) for which Epsilon(σ, delta) <= eps. Each honest
// owner then draws DiscreteGaussian(σ) per coordinate; ShareVariance gives the
// same σ² from a central variance when the τ term is negligible.
func (g DistributedGaussian) ShareSigma(eps, delta float64) (float64, error) {
	return shareSigmaOf(g, eps, delta, g.L2Sensitivity)
}

func integerOrders() []float64 {
	var out []float64
	for _, a := range DefaultOrders() {
		if a == math.Trunc(a) {
			out = append(out, a)
		}
	}
	return out
}
