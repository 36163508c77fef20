package dp

import "math"

// Conversion selects the theorem that turns an RDP curve into (ε, δ)-DP.
type Conversion int

const (
	// Classic is Mironov 2017 (Proposition 3):
	// ε = min_α RDP(α) + log(1/δ)/(α-1).
	Classic Conversion = iota
	// Improved is Balle et al. 2020 ("Hypothesis testing interpretations and
	// Rényi DP", Theorem 21) = Canonne, Kamath, Steinke 2020, Proposition 12:
	// ε = min_α RDP(α) + log(1-1/α) - (log δ + log α)/(α-1),
	// as in Opacus get_privacy_spent and TF Privacy's RDP accountant. It is
	// never larger than Classic and is the one Veil charges (docs/dp.md).
	Improved
)

func (c Conversion) String() string {
	switch c {
	case Classic:
		return "classic"
	case Improved:
		return "improved"
	}
	return "unknown"
}

// EpsilonFromRDP converts RDP values at the given orders into the smallest ε
// for which the mechanism is (ε, delta)-DP, and returns the order achieving
// it. Orders must be > 1 and RDP values >= 0 (+Inf allowed: that order gives
// no bound). If no order gives a finite bound, eps is +Inf.
func EpsilonFromRDP(rdp, orders []float64, delta float64, conv Conversion) (eps, order float64, err error) {
	if err := checkRDPCurve(rdp, orders); err != nil {
		return 0, 0, err
	}
	if err := checkDelta(delta); err != nil {
		return 0, 0, err
	}
	if conv != Classic && conv != Improved {
		return 0, 0, errParam("unknown conversion %d", int(conv))
	}
	eps, order = math.Inf(1), orders[0]
	for i, a := range orders {
		var e float64
		if conv == Classic {
			e = classicEpsilon(a, rdp[i], delta)
		} else {
			e = improvedEpsilon(a, rdp[i], delta)
		}
		if e < eps {
			eps, order = e, a
		}
	}
	return math.Max(eps, 0), order, nil
}

func checkRDPCurve(rdp, orders []float64) error {
	if len(orders) == 0 || len(rdp) != len(orders) {
		return errParam("need as many RDP values as orders (at least one), got %d and %d", len(rdp), len(orders))
	}
	for i, a := range orders {
		if !finite(a) || a <= 1 {
			return errParam("RDP order %d must be > 1 and finite, got %v", i, a)
		}
		if math.IsNaN(rdp[i]) || rdp[i] < 0 {
			return errParam("RDP value at order %v must be >= 0, got %v", a, rdp[i])
		}
	}
	return nil
}

func classicEpsilon(alpha, r, delta float64) float64 {
	return r - math.Log(delta)/(alpha-1)
}

// improvedEpsilon is the Improved conversion at one order. Near α = 1 the
// formula loses precision, so there it falls back to Classic, which is always
// valid and larger. When δ² >= 1-exp(-RDP) the Bretagnolle–Huber bound on total
// variation through the KL divergence (at most RDP(α)) already gives ε = 0.
func improvedEpsilon(alpha, r, delta float64) float64 {
	if delta*delta+math.Expm1(-r) >= 0 {
		return 0
	}
	if alpha <= 1.01 {
		return classicEpsilon(alpha, r, delta)
	}
	return r + math.Log1p(-1/alpha) - math.Log(delta*alpha)/(alpha-1)
}
