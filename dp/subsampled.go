package dp

import (
	"math"
	"slices"
)

// SubsampledDistributedGaussian describes Rounds releases of the
// distributed discrete Gaussian (DistributedGaussian) in which every owner
// first keeps each of its rows independently with probability Rate
// (Poisson sampling) and sums only the kept rows, for replace-one
// neighbouring datasets (row counts public). It is an immutable value.
//
// Accounting (Proposition S, proved in docs/dp.md §6): fix the other
// rows; the released sum is W + S₀ + B·r with W the noise, S₀ the other
// kept rows, B ~ Bern(q) and r the changed row's rounded vector, so the two
// neighbours give P = (1−q)μ₀ + qμ₁ and P′ = (1−q)μ₀ + qμ₁′ with μ₀ the
// noise, μ₁, μ₁′ its shifts by r and r′ (‖r‖, ‖r′‖ ≤ Δ₁ = RowSensitivity).
// Writing P/P′ = 1 + qU, U = (μ₁ − μ₁′)/P′, E_{P′}U = 0, for integer α ≥ 2
//
//	E_{P′}[(P/P′)^α] ≤ 1 + C(α,2) q² min{4(1−q)(e^{εa(2)} − 1) + q(e^{εr(2)} − 1), 4(e^{εa(2)} − 1)/(1−q)}
//	                    + Σ_{j=3}^{α} C(α,j) q^j min{2(1−q)e^{(j−1)εa(j)} + q(e^{(j−1)εr(j)} + 1), 2(1−q)^{1−j} e^{(j−1)εa(j)}},
//
// where εa is the RDP of the noise against a shift of norm ≤ Δ₁ and εr
// against one of norm ≤ 2Δ₁ (both from KLS21 Proposition 14, symmetric in
// direction). The round's RDP is the log of the bound over α − 1, and never
// more than εr(α) (Rényi divergence is jointly quasi-convex). It follows
// the binomial expansion of Wang, Balle, Kasiviswanathan (AISTATS 2019,
// Theorem 9, for sampling without replacement), carried over to Poisson
// sampling; no published accountant we know covers Poisson sampling under
// replace-one (google/differential-privacy's dp_accounting refuses it).
type SubsampledDistributedGaussian struct {
	// RowSensitivity Δ₁ bounds the integer L2 norm of one kept row's
	// contribution: RowBound(C, γ, d) = γC + √d for the fl engine (half of
	// RoundedSensitivity(2C, γ, d)).
	RowSensitivity float64
	Dim            int     // coordinates
	Shares         int     // noise shares guaranteed present and secret: n − d − c
	Rounds         int     // releases composed
	Rate           float64 // q ∈ (0, 1]: each row is kept with this probability, every round
}

func (g SubsampledDistributedGaussian) check() error {
	if !finite(g.Rate) || g.Rate <= 0 || g.Rate > 1 {
		return errParam("sampling rate must be in (0, 1], got %v", g.Rate)
	}
	return DistributedGaussian{L2Sensitivity: g.RowSensitivity, Dim: g.Dim, Shares: g.Shares, Rounds: g.Rounds}.check()
}

// RDP returns the Rényi DP of the Rounds releases at each order (integer
// orders only; others get +Inf).
func (g SubsampledDistributedGaussian) RDP(shareSigma float64, orders []float64) ([]float64, error) {
	if err := g.check(); err != nil {
		return nil, err
	}
	maxOrder := 2
	for _, a := range orders {
		if finite(a) && a == math.Trunc(a) && a > float64(maxOrder) && a <= 1<<12 {
			maxOrder = int(a)
		}
	}
	all := make([]float64, 2*maxOrder+1) // Lyapunov interpolation looks up to twice the order
	for j := range all {
		all[j] = float64(j)
	}
	one := DistributedGaussian{L2Sensitivity: g.RowSensitivity, Dim: g.Dim, Shares: g.Shares, Rounds: 1}
	add, err := one.RDP(shareSigma, all)
	if err != nil {
		return nil, err
	}
	one.L2Sensitivity = 2 * g.RowSensitivity
	rep, err := one.RDP(shareSigma, all)
	if err != nil {
		return nil, err
	}
	moments := absMoments(g.Rate, add, rep)
	out := make([]float64, len(orders))
	for i, a := range orders {
		if !finite(a) || a <= 1 || a != math.Trunc(a) || a > float64(maxOrder) {
			out[i] = math.Inf(1)
			continue
		}
		out[i] = float64(g.Rounds) * math.Min(rep[int(a)], subsampledLogA(int(a), g.Rate, moments)/(a-1))
	}
	return out, nil
}

// subsampledLogA is the log of Proposition S's bound on E[(P/P′)^α] =
// Σ_j C(α,j) q^j E[U^j], with moments[j] ≥ log E|U|^j.
func subsampledLogA(alpha int, q float64, moments []float64) float64 {
	if q == 1 {
		return math.Inf(1) // the min with εr(α) applies
	}
	lq := math.Log(q)
	sum := 0.0
	for j := 2; j <= alpha; j++ {
		sum = logAddExp(sum, logBinom(alpha, j)+float64(j)*lq+moments[j])
	}
	return sum
}

// absMoments bounds log E_{P′}|U|^j for j = 2 … len(add)−1 (add and rep
// hold εa(j) and εr(j) by j). Direct bounds (docs/dp.md §6):
//
//	j = 2: min{4(1−q)(e^{εa(2)} − 1) + q(e^{εr(2)} − 1), 4(e^{εa(2)} − 1)/(1−q)}
//	j ≥ 3: min{2(1−q)e^{(j−1)εa(j)} + q(e^{(j−1)εr(j)} + 1), 2(1−q)^{1−j} e^{(j−1)εa(j)}}
//
// The j ≥ 3 ones do not vanish as the noise grows (they tend to 2), so each
// is also bounded through Lyapunov's inequality — log E|U|^p is convex in
// p — between the tight j = 2 bound and a higher direct one r > j:
// E|U|^j ≤ (E U²)^{(r−j)/(r−2)} (E|U|^r)^{(j−2)/(r−2)}.
func absMoments(q float64, add, rep []float64) []float64 {
	top := len(add) - 1
	l1q := math.Log1p(-q)
	direct := make([]float64, top+1)
	direct[2] = math.Log(min(4*(1-q)*math.Expm1(add[2])+q*math.Expm1(rep[2]), 4*math.Expm1(add[2])/(1-q)))
	for j := 3; j <= top; j++ {
		viaBoth := logAddExp(math.Ln2+l1q+float64(j-1)*add[j], math.Log(q)+logAddExp(float64(j-1)*rep[j], 0))
		viaNoise := math.Ln2 + float64(1-j)*l1q + float64(j-1)*add[j]
		direct[j] = min(viaBoth, viaNoise)
	}
	out := slices.Clone(direct)
	for j := 3; j <= top; j++ {
		for r := j + 1; r <= top; r = nextLyapunovOrder(r, j) {
			w := float64(j-2) / float64(r-2)
			out[j] = min(out[j], (1-w)*direct[2]+w*direct[r])
		}
	}
	return out
}

// nextLyapunovOrder walks r = j+1, j+2, j+4, … (doubling the step), enough
// to find a good interpolation point without trying every order.
func nextLyapunovOrder(r, j int) int { return j + 2*(r-j) }

func logBinom(n, k int) float64 {
	a, _ := math.Lgamma(float64(n + 1))
	b, _ := math.Lgamma(float64(k + 1))
	c, _ := math.Lgamma(float64(n - k + 1))
	return a - b - c
}

func logAddExp(x, y float64) float64 {
	if math.IsInf(x, -1) {
		return y
	}
	if math.IsInf(y, -1) {
		return x
	}
	if x < y {
		x, y = y, x
	}
	return x + math.Log1p(math.Exp(y-x))
}

// Epsilon returns the ε at which the releases are (ε, delta)-DP: RDP over
// the integer DefaultOrders, Improved conversion.
func (g SubsampledDistributedGaussian) Epsilon(shareSigma, delta float64) (float64, error) {
	return epsilonOf(g, shareSigma, delta)
}

// ShareSigma returns the smallest per-owner σ (relative precision 1e-9,
// rounded up) for which Epsilon(σ, delta) <= eps.
func (g SubsampledDistributedGaussian) ShareSigma(eps, delta float64) (float64, error) {
	return shareSigmaOf(g, eps, delta, g.RowSensitivity)
}

// shareAccountant is a distributed mechanism whose RDP depends on the share σ.
type shareAccountant interface {
	check() error
	RDP(shareSigma float64, orders []float64) ([]float64, error)
}

// epsilonOf converts a's RDP over the integer DefaultOrders with the
// Improved conversion.
func epsilonOf(a shareAccountant, shareSigma, delta float64) (float64, error) {
	orders := integerOrders()
	rdp, err := a.RDP(shareSigma, orders)
	if err != nil {
		return 0, err
	}
	eps, _, err := EpsilonFromRDP(rdp, orders, delta, Improved)
	return eps, err
}

// shareSigmaOf is the smallest σ with epsilonOf(a, σ, delta) <= eps.
func shareSigmaOf(a shareAccountant, eps, delta, scale float64) (float64, error) {
	if err := checkEpsilon(eps); err != nil {
		return 0, err
	}
	if err := checkDelta(delta); err != nil {
		return 0, err
	}
	if err := a.check(); err != nil {
		return 0, err
	}
	sigma, ok := smallestMeeting(func(sigma float64) bool {
		e, err := epsilonOf(a, sigma, delta)
		return err == nil && e <= eps
	}, math.Max(1, scale), MaxDiscreteSigma, 1e-9)
	if !ok {
		return 0, errParam("no share sigma up to 2^52 reaches epsilon=%v delta=%v", eps, delta)
	}
	return sigma, nil
}
