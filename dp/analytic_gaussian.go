package dp

import "math"

// GaussianSigma returns the smallest standard deviation σ (to a relative
// precision of 1e-12, rounded up) such that adding N(0, σ²) to a query of L2
// sensitivity l2Sensitivity is (eps, delta)-DP, by the analytic Gaussian
// mechanism of Balle and Wang (ICML 2018, Theorem 8 and Algorithm 1).
//
// Instead of Algorithm 1's reparametrisation in s, it bisects directly on σ
// over the exact privacy profile
//
//	δ(σ) = Φ(Δ/(2σ) - εσ/Δ) - e^ε Φ(-Δ/(2σ) - εσ/Δ),
//
// which is decreasing in σ, and returns the upper end of the final bracket, so
// δ(σ) <= delta always holds for the returned σ.
func GaussianSigma(eps, delta, l2Sensitivity float64) (float64, error) {
	if err := checkEpsilon(eps); err != nil {
		return 0, err
	}
	if err := checkDelta(delta); err != nil {
		return 0, err
	}
	if err := checkPositive("L2 sensitivity", l2Sensitivity); err != nil {
		return 0, err
	}
	// Solve for the unit-sensitivity σ and scale: δ depends on σ/Δ only.
	lo, hi := 1e-3, 1.0
	for gaussianDelta(eps, hi) > delta {
		lo, hi = hi, 2*hi
		if hi > 1e300 {
			return 0, errParam("no finite sigma reaches epsilon=%v delta=%v", eps, delta)
		}
	}
	for gaussianDelta(eps, lo) <= delta && lo > 1e-300 {
		hi, lo = lo, lo/2
	}
	for hi-lo > 1e-12*hi {
		mid := lo + (hi-lo)/2
		if gaussianDelta(eps, mid) > delta {
			lo = mid
		} else {
			hi = mid
		}
	}
	return hi * l2Sensitivity, nil
}

// GaussianDelta returns the smallest δ for which adding N(0, sigma²) to a query
// of L2 sensitivity l2Sensitivity is (eps, δ)-DP (Balle and Wang 2018,
// Theorem 8). It is the exact privacy profile used by GaussianSigma.
func GaussianDelta(eps, sigma, l2Sensitivity float64) (float64, error) {
	if err := checkNonNegative("epsilon", eps); err != nil {
		return 0, err
	}
	if err := checkPositive("sigma", sigma); err != nil {
		return 0, err
	}
	if err := checkPositive("L2 sensitivity", l2Sensitivity); err != nil {
		return 0, err
	}
	return gaussianDelta(eps, sigma/l2Sensitivity), nil
}

// gaussianDelta is δ(σ) for unit sensitivity, written as
// P[b < Z < a] - (e^ε - 1)·Φ(b) with a = 1/(2σ) - εσ and b = a - 1/σ, which
// avoids subtracting two nearly equal probabilities when ε is small; the
// second term is computed in log space so that e^ε cannot overflow.
func gaussianDelta(eps, sigma float64) float64 {
	a := 1/(2*sigma) - eps*sigma
	b := -1/(2*sigma) - eps*sigma
	logExpm1 := math.Log(math.Expm1(eps))
	if eps > 30 {
		logExpm1 = eps + math.Log1p(-math.Exp(-eps))
	}
	d := normalInterval(b, a) - math.Exp(logExpm1+logNormalCDF(b))
	return math.Max(d, 0)
}

// normalInterval is P[b < Z < a] for b <= a. Narrow intervals are integrated
// with 20-point Gauss–Legendre quadrature (full precision for widths up to
// 1/2 of the standard normal density); wide ones use the erfc tail on the
// side where it keeps relative precision.
func normalInterval(b, a float64) float64 {
	if a-b <= 0.5 {
		mid, half := (a+b)/2, (a-b)/2
		sum := 0.0
		for i, x := range gaussLegendre20Nodes {
			w := gaussLegendre20Weights[i]
			sum += w * (normalPDF(mid+half*x) + normalPDF(mid-half*x))
		}
		return half * sum
	}
	if b >= 0 {
		return normalCDF(-b) - normalCDF(-a)
	}
	return normalCDF(a) - normalCDF(b)
}

func normalPDF(x float64) float64 { return math.Exp(-x*x/2) / math.Sqrt(2*math.Pi) }

// Positive nodes and weights of the 20-point Gauss–Legendre rule on [-1, 1].
var (
	gaussLegendre20Nodes = [10]float64{
		0.0765265211334973337546404, 0.2277858511416450780804962,
		0.3737060887154195606725482, 0.5108670019508270980043641,
		0.6360536807265150254528367, 0.7463319064601507926143051,
		0.8391169718222188233945291, 0.9122344282513259058677524,
		0.9639719272779137912676661, 0.9931285991850949247861224,
	}
	gaussLegendre20Weights = [10]float64{
		0.1527533871307258506980843, 0.1491729864726037467878287,
		0.1420961093183820513292983, 0.1316886384491766268984945,
		0.1181945319615184173123774, 0.1019301198172404350367501,
		0.0832767415767047487247581, 0.0626720483341090635695065,
		0.0406014298003869413310400, 0.0176140071391521183118620,
	}
)

// normalCDF is Φ(x) = P[N(0,1) <= x].
func normalCDF(x float64) float64 { return 0.5 * math.Erfc(-x/math.Sqrt2) }

// logNormalCDF is log Φ(x), accurate far into the lower tail where Φ(x)
// underflows.
func logNormalCDF(x float64) float64 { return logErfc(-x/math.Sqrt2) - math.Ln2 }

// logErfc is log(erfc(x)), using the asymptotic expansion
// erfc(x) = exp(-x²)/(x√π) · (1 - 1/(2x²) + 3/(4x⁴) - 15/(8x⁶) + 105/(16x⁸) ...)
// once erfc(x) leaves the range where math.Erfc keeps full relative precision.
func logErfc(x float64) float64 {
	if x < 25 {
		return math.Log(math.Erfc(x))
	}
	x2 := x * x
	inv := 1 / (2 * x2)
	series := 1 - inv + 3*inv*inv - 15*inv*inv*inv + 105*inv*inv*inv*inv
	return -x2 - math.Log(x) - 0.5*math.Log(math.Pi) + math.Log(series)
}
