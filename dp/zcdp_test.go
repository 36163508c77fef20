package dp

import (
	"math"
	"testing"

	"pgregory.net/rapid"
)

type zcdpVectors struct {
	EpsFromRho []struct{ Rho, Delta, Epsilon float64 } `json:"eps_from_rho"`
	RhoFromEps []struct{ Epsilon, Delta, Rho float64 } `json:"rho_from_eps"`
}

func TestZCDPKnownAnswers(t *testing.T) {
	var v zcdpVectors
	readJSON(t, "zcdp_cks20.json", &v)
	for _, c := range v.EpsFromRho {
		if got := EpsDeltaFromZCDP(c.Rho, c.Delta); !relClose(got, c.Epsilon, 1e-9) {
			t.Errorf("EpsDeltaFromZCDP(%v, %v) = %.15g, want %.15g (CKS20 cdp2adp.py)", c.Rho, c.Delta, got, c.Epsilon)
		}
	}
	for _, c := range v.RhoFromEps {
		got, err := ZCDPFromEpsDelta(c.Epsilon, c.Delta)
		if err != nil || !relClose(got, c.Rho, 1e-9) {
			t.Errorf("ZCDPFromEpsDelta(%v, %v) = %.15g, %v; want %.15g (CKS20 cdp2adp.py)", c.Epsilon, c.Delta, got, err, c.Rho)
		}
	}
	if len(v.EpsFromRho) == 0 || len(v.RhoFromEps) == 0 {
		t.Fatal("no vectors read")
	}
}

func TestZCDPRoundTrip(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		eps := rapid.Float64Range(1e-3, 50).Draw(t, "eps")
		delta := math.Pow(10, -rapid.Float64Range(1, 15).Draw(t, "-log10 delta"))
		rho, err := ZCDPFromEpsDelta(eps, delta)
		if err != nil {
			t.Fatal(err)
		}
		back := EpsDeltaFromZCDP(rho, delta)
		if back > eps || !relClose(back, eps, 1e-9) {
			t.Fatalf("eps %v -> rho %v -> eps %v", eps, rho, back)
		}
		// Tighter than Bun–Steinke Proposition 1.3.
		if bs := rho + 2*math.Sqrt(rho*math.Log(1/delta)); back > bs*(1+1e-12) {
			t.Fatalf("CKS conversion %v looser than Bun–Steinke %v", back, bs)
		}
	})
}

func TestZCDPMonotone(t *testing.T) {
	prev := 0.0
	for rho := 1e-4; rho < 100; rho *= 1.3 {
		e := EpsDeltaFromZCDP(rho, 1e-6)
		if e <= prev {
			t.Fatalf("EpsDeltaFromZCDP not increasing at rho=%v: %v after %v", rho, e, prev)
		}
		prev = e
	}
}

func TestZCDPEdges(t *testing.T) {
	for _, c := range []struct {
		rho, delta float64
		want       float64
	}{
		{0, 1e-5, 0},
		{-1, 1e-5, math.Inf(1)},
		{math.NaN(), 1e-5, math.Inf(1)},
		{1, 0, math.Inf(1)},
		{1, 1.5, math.Inf(1)},
		{math.Inf(1), 1e-5, math.Inf(1)},
		{1e-12, 0.5, 0}, // total variation below δ: (0, δ)-DP
	} {
		if got := EpsDeltaFromZCDP(c.rho, c.delta); got != c.want {
			t.Errorf("EpsDeltaFromZCDP(%v, %v) = %v, want %v", c.rho, c.delta, got, c.want)
		}
	}
	if _, err := ZCDPFromEpsDelta(-1, 1e-5); err == nil || err.Error() != "dp: epsilon must be > 0, got -1" {
		t.Errorf("ZCDPFromEpsDelta(-1): %v", err)
	}
	if _, err := ZCDPFromEpsDelta(1, 2); err == nil {
		t.Error("delta 2 accepted")
	}
}

func TestGaussianSigmaForRho(t *testing.T) {
	if got := GaussianSigmaForRho(0.5, 3); got != 3 {
		t.Errorf("GaussianSigmaForRho(0.5, 3) = %v, want 3", got)
	}
	// A Gaussian with that σ is ρ-zCDP: its RDP at order α is α·Δ²/(2σ²) = αρ.
	sigma := GaussianSigmaForRho(0.02, 2)
	if rdp := RDPSampledGaussian(1, sigma/2, 1, []float64{7}); !relClose(rdp[0], 7*0.02, 1e-12) {
		t.Errorf("RDP at order 7 = %v, want %v", rdp[0], 7*0.02)
	}
	for _, c := range [][2]float64{{0, 1}, {-1, 1}, {math.NaN(), 1}, {1, math.NaN()}, {1, -1}} {
		if got := GaussianSigmaForRho(c[0], c[1]); !math.IsInf(got, 1) {
			t.Errorf("GaussianSigmaForRho(%v, %v) = %v, want +Inf", c[0], c[1], got)
		}
	}
}
