package dp

import "math"

// DefaultOrders returns the Rényi orders used by TF Privacy and Opacus:
// 1.1, 1.2, ..., 10.9, then 12, 13, ..., 63, then 128, 256, 512.
func DefaultOrders() []float64 {
	orders := make([]float64, 0, 99+52+3)
	for x := 1; x < 100; x++ {
		orders = append(orders, 1+float64(x)/10) // the same float64 values as Python's 1 + x/10.0
	}
	for a := 12; a < 64; a++ {
		orders = append(orders, float64(a))
	}
	return append(orders, 128, 256, 512)
}

// maxIntegerOrder bounds the integer orders evaluated by the exact binomial
// sum (α+1 terms); larger orders get +Inf, i.e. no bound is claimed.
const maxIntegerOrder = 1 << 16

// RDPSampledGaussian returns, for each order, the Rényi DP of `steps`
// compositions of the sampled Gaussian mechanism: each step includes every row
// independently with probability q (Poisson sampling) and adds
// N(0, (noiseMultiplier·Δ)²) to a query of L2 sensitivity Δ. It follows
// Mironov, Talwar, Zhang 2019 ("Rényi Differential Privacy of the Sampled
// Gaussian Mechanism", Section 3.3) exactly as TF Privacy and Opacus
// compute_rdp do: the closed binomial sum for integer orders and the two-sided
// erfc series for fractional ones. For q = 1 it is α·steps/(2·noiseMultiplier²).
//
// The q < 1 analysis is for add/remove-one neighbours; Veil's replace-one
// neighbours are covered exactly only at q = 1 with Δ = 2C (docs/dp.md).
// Invalid parameters (q outside [0, 1], noiseMultiplier <= 0 or NaN,
// steps < 0) give +Inf at every order: no privacy is claimed.
func RDPSampledGaussian(q, noiseMultiplier float64, steps int, orders []float64) []float64 {
	out := make([]float64, len(orders))
	valid := !math.IsNaN(q) && q >= 0 && q <= 1 && !math.IsNaN(noiseMultiplier) && noiseMultiplier > 0 && steps >= 0
	for i, a := range orders {
		if !valid || math.IsNaN(a) || a <= 1 {
			out[i] = math.Inf(1)
			continue
		}
		out[i] = float64(steps) * rdpSampledGaussianOrder(q, noiseMultiplier, a)
	}
	return out
}

func rdpSampledGaussianOrder(q, sigma, alpha float64) float64 {
	switch {
	case q == 0 || math.IsInf(sigma, 1):
		return 0
	case math.IsInf(alpha, 1):
		return math.Inf(1)
	case q == 1:
		return alpha / (2 * sigma * sigma)
	}
	var logA float64
	if alpha == math.Trunc(alpha) {
		if alpha > maxIntegerOrder {
			return math.Inf(1)
		}
		logA = logAIntegerOrder(q, sigma, int(alpha))
	} else {
		logA = logAFractionalOrder(q, sigma, alpha)
	}
	if math.IsNaN(logA) {
		return math.Inf(1)
	}
	return math.Max(logA/(alpha-1), 0)
}

// logAIntegerOrder is log A_α = log Σ_{i=0}^{α} C(α,i) q^i (1-q)^{α-i} exp((i²-i)/(2σ²)).
func logAIntegerOrder(q, sigma float64, alpha int) float64 {
	logQ, log1mQ := math.Log(q), math.Log1p(-q)
	lgA, _ := math.Lgamma(float64(alpha) + 1)
	logA := math.Inf(-1)
	for i := 0; i <= alpha; i++ {
		fi := float64(i)
		lgI, _ := math.Lgamma(fi + 1)
		lgAI, _ := math.Lgamma(float64(alpha-i) + 1)
		s := lgA - lgI - lgAI + fi*logQ + float64(alpha-i)*log1mQ + (fi*fi-fi)/(2*sigma*sigma)
		logA = logAdd(logA, s)
	}
	return logA
}

// maxSeriesTerms caps the fractional-order series; reaching it yields NaN and
// so an infinite (unclaimed) RDP value rather than an unfinished sum.
const maxSeriesTerms = 1 << 20

// logAFractionalOrder splits A_α at z0 = σ² log(1/q - 1) + 1/2 and sums the two
// generalised binomial series with erfc weights, stopping once both new terms
// fall below e^-30 (Mironov, Talwar, Zhang 2019, Section 3.3).
func logAFractionalOrder(q, sigma, alpha float64) float64 {
	logA0, logA1 := math.Inf(-1), math.Inf(-1)
	z0 := sigma*sigma*math.Log(1/q-1) + 0.5
	logQ, log1mQ := math.Log(q), math.Log1p(-q)
	logCoef, positive := 0.0, true // C(α, 0) = 1
	for i := 0; i < maxSeriesTerms; i++ {
		fi := float64(i)
		j := alpha - fi
		logT0 := logCoef + fi*logQ + j*log1mQ
		logT1 := logCoef + j*logQ + fi*log1mQ
		logE0 := math.Log(0.5) + logErfc((fi-z0)/(math.Sqrt2*sigma))
		logE1 := math.Log(0.5) + logErfc((z0-j)/(math.Sqrt2*sigma))
		logS0 := logT0 + (fi*fi-fi)/(2*sigma*sigma) + logE0
		logS1 := logT1 + (j*j-j)/(2*sigma*sigma) + logE1
		if positive {
			logA0, logA1 = logAdd(logA0, logS0), logAdd(logA1, logS1)
		} else {
			logA0, logA1 = logSub(logA0, logS0), logSub(logA1, logS1)
		}
		if math.IsNaN(logA0) || math.IsNaN(logA1) {
			return math.NaN()
		}
		if math.Max(logS0, logS1) < -30 {
			return logAdd(logA0, logA1)
		}
		// C(α, i+1) = C(α, i)·(α-i)/(i+1), tracked as log-magnitude and sign.
		logCoef += math.Log(math.Abs(alpha-fi)) - math.Log(fi+1)
		if alpha-fi < 0 {
			positive = !positive
		}
	}
	return math.NaN()
}

// logAdd returns log(e^x + e^y).
func logAdd(x, y float64) float64 {
	a, b := math.Min(x, y), math.Max(x, y)
	if math.IsInf(a, -1) {
		return b
	}
	return math.Log1p(math.Exp(a-b)) + b
}

// logSub returns log(e^x - e^y), or NaN when the result would be negative.
func logSub(x, y float64) float64 {
	switch {
	case x < y:
		return math.NaN()
	case math.IsInf(y, -1):
		return x
	case x == y:
		return math.Inf(-1)
	}
	d := x - y
	if d > 700 {
		return x
	}
	return math.Log(math.Expm1(d)) + y
}
