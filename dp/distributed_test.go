package dp

import (
	"math"
	"strings"
	"testing"
)

func TestDistributedGaussianKnownAnswers(t *testing.T) {
	var v struct {
		Cases []struct {
			ShareSigma    float64 `json:"share_sigma"`
			Shares        int
			L2Sensitivity float64 `json:"l2_sensitivity"`
			Dim, Rounds   int
			Delta         float64
			Tau, Epsilon  float64
		}
	}
	readJSON(t, "distributed.json", &v)
	for _, c := range v.Cases {
		g := DistributedGaussian{L2Sensitivity: c.L2Sensitivity, Dim: c.Dim, Shares: c.Shares, Rounds: c.Rounds}
		if tau := g.Tau(c.ShareSigma); math.Abs(tau-c.Tau) > 1e-12*math.Max(1, c.Tau) {
			t.Errorf("%+v: τ = %v, want %v", g, tau, c.Tau)
		}
		eps, err := g.Epsilon(c.ShareSigma, c.Delta)
		if err != nil || !relClose(eps, c.Epsilon, 1e-10) {
			t.Errorf("%+v σ=%v: ε = %.15g, %v; want %.15g (mpmath)", g, c.ShareSigma, eps, err, c.Epsilon)
		}
	}
	if len(v.Cases) == 0 {
		t.Fatal("no vectors read")
	}
}

func TestDistributedGaussianOneShareIsDiscreteGaussian(t *testing.T) {
	// One share: τ = 0 and the RDP is exactly α·R·Δ²/(2σ²) (CKS20).
	g := DistributedGaussian{L2Sensitivity: 3, Dim: 50, Shares: 1, Rounds: 7}
	rdp, err := g.RDP(4, []float64{2, 10, 64})
	if err != nil {
		t.Fatal(err)
	}
	for i, a := range []float64{2, 10, 64} {
		if want := a * 7 * 9 / 32; !relClose(rdp[i], want, 1e-15) {
			t.Errorf("order %v: %v, want %v", a, rdp[i], want)
		}
	}
	rdp, _ = g.RDP(4, []float64{2.5, 1, math.NaN()})
	for _, r := range rdp {
		if !math.IsInf(r, 1) {
			t.Errorf("non-integer or invalid order gave %v, want +Inf", r)
		}
	}
}

func TestDistributedGaussianTauMatters(t *testing.T) {
	// With small shares the sum of discrete Gaussians costs more than one
	// discrete Gaussian of the same total variance; with large shares the
	// difference vanishes.
	small := DistributedGaussian{L2Sensitivity: 1, Dim: 20, Shares: 8, Rounds: 1}
	central := DistributedGaussian{L2Sensitivity: 1, Dim: 20, Shares: 1, Rounds: 1}
	eSum, _ := small.Epsilon(0.6, 1e-5)
	eOne, _ := central.Epsilon(0.6*math.Sqrt(8), 1e-5)
	if !(eSum > eOne*1.05) {
		t.Errorf("σ=0.6 shares: ε %v not above the central %v", eSum, eOne)
	}
	eSum, _ = small.Epsilon(50, 1e-5)
	eOne, _ = central.Epsilon(50*math.Sqrt(8), 1e-5)
	if !relClose(eSum, eOne, 1e-12) {
		t.Errorf("σ=50 shares: ε %v differs from the central %v", eSum, eOne)
	}
}

func TestDistributedGaussianShareSigmaIsSmallest(t *testing.T) {
	for _, g := range []DistributedGaussian{
		{L2Sensitivity: 2010, Dim: 31, Shares: 2, Rounds: 30},
		{L2Sensitivity: 1, Dim: 100, Shares: 10, Rounds: 1},
		{L2Sensitivity: 5, Dim: 3, Shares: 1, Rounds: 200},
	} {
		sigma, err := g.ShareSigma(2, 1e-5)
		if err != nil {
			t.Fatal(err)
		}
		at, _ := g.Epsilon(sigma, 1e-5)
		below, _ := g.Epsilon(0.99*sigma, 1e-5)
		if at > 2 || below <= 2 {
			t.Errorf("%+v: σ=%v gives ε=%v, 0.99σ gives ε=%v", g, sigma, at, below)
		}
	}
}

func TestDistributedGaussianMatchesShareVariance(t *testing.T) {
	// With negligible τ, the central σ from the continuous-Gaussian RDP
	// accountant and ShareVariance give the share σ that ShareSigma finds.
	g := DistributedGaussian{L2Sensitivity: 2010, Dim: 31, Shares: 3, Rounds: 30}
	share, err := g.ShareSigma(2, 1e-5)
	if err != nil {
		t.Fatal(err)
	}
	centralSigma := share * math.Sqrt(3)
	eps, _, _ := EpsilonFromRDP(RDPSampledGaussian(1, centralSigma/2010, 30, integerOrders()), integerOrders(), 1e-5, Improved)
	if !relClose(eps, 2, 1e-6) {
		t.Errorf("central σ %v spends ε=%v under the Gaussian accountant, want 2", centralSigma, eps)
	}
	v, _ := ShareVariance(centralSigma*centralSigma, 5, 1, 1)
	if !relClose(math.Sqrt(v), share, 1e-12) {
		t.Errorf("ShareVariance gives σ=%v, ShareSigma %v", math.Sqrt(v), share)
	}
}

func TestDistributedGaussianErrors(t *testing.T) {
	good := DistributedGaussian{L2Sensitivity: 1, Dim: 1, Shares: 1, Rounds: 1}
	for _, c := range []struct {
		g     DistributedGaussian
		field string
	}{
		{DistributedGaussian{L2Sensitivity: 0, Dim: 1, Shares: 1, Rounds: 1}, "sensitivity"},
		{DistributedGaussian{L2Sensitivity: math.NaN(), Dim: 1, Shares: 1, Rounds: 1}, "sensitivity"},
		{DistributedGaussian{L2Sensitivity: 1, Dim: 0, Shares: 1, Rounds: 1}, "dimension"},
		{DistributedGaussian{L2Sensitivity: 1, Dim: 1, Shares: 0, Rounds: 1}, "n-d-c"},
		{DistributedGaussian{L2Sensitivity: 1, Dim: 1, Shares: 1, Rounds: 0}, "rounds"},
	} {
		if _, err := c.g.Epsilon(1, 1e-5); err == nil || !strings.Contains(err.Error(), c.field) {
			t.Errorf("%+v: %v, want error naming %q", c.g, err, c.field)
		}
	}
	if _, err := good.Epsilon(0, 1e-5); err == nil {
		t.Error("share sigma 0 accepted")
	}
	if _, err := good.Epsilon(1, 0); err == nil {
		t.Error("delta 0 accepted")
	}
	if _, err := good.ShareSigma(-1, 1e-5); err == nil || err.Error() != "dp: epsilon must be > 0, got -1" {
		t.Errorf("ShareSigma(-1): %v", err)
	}
	if _, err := (DistributedGaussian{L2Sensitivity: 1e18, Dim: 1, Shares: 1, Rounds: 1}).ShareSigma(1e-6, 1e-12); err == nil {
		t.Error("unreachable ε accepted")
	}
}
