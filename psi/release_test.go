package psi

import (
	"math"
	"testing"

	"github.com/veil-market/veil/dp"
)

// μ covers the clamp: 2·exp(−μ²/(2σ²)) ≤ δ/(2(1 + e^ε)), and μ − 1 would not.
func TestReleaseClampFitsItsDelta(t *testing.T) {
	for _, eps := range []float64{0.1, 0.5, 1, 2, 8} {
		for _, delta := range []float64{1e-9, 1e-6, 1e-3} {
			r, err := NewRelease(eps, delta)
			if err != nil {
				t.Fatal(err)
			}
			budget := delta / (2 * (1 + math.Exp(eps)))
			tail := func(mu float64) float64 { return 2 * math.Exp(-mu*mu/(2*r.Sigma*r.Sigma)) }
			if tail(float64(r.Mu)) > budget || tail(float64(r.Mu-1)) <= budget {
				t.Errorf("ε=%g δ=%g: μ=%d is not the smallest within δ_c", eps, delta, r.Mu)
			}
			rho, _ := dp.ZCDPFromEpsDelta(eps, delta/2)
			if math.Abs(r.Sigma-1/math.Sqrt(2*rho)) > 1e-12*r.Sigma {
				t.Errorf("ε=%g δ=%g: σ=%g, want 1/√(2ρ)", eps, delta, r.Sigma)
			}
		}
	}
}

// Each node's noise has the full σ on its own: the mixer's dummy count
// around μ and the counter's draw both have variance σ² (2,000 seeded
// draws, within 5 standard errors), so the released figure's is 2σ².
func TestEachNodeAddsTheFullSigma(t *testing.T) {
	r, err := NewRelease(0.5, 1e-6)
	if err != nil {
		t.Fatal(err)
	}
	s := dp.NewSampler(&counterReader{})
	const n = 2000
	var sumD, sumD2, sumZ, sumZ2 float64
	for range n {
		d, err := r.dummies(s)
		if err != nil {
			t.Fatal(err)
		}
		z, _ := s.DiscreteGaussianVector(r.Sigma, 1)
		x := float64(d - r.Mu)
		sumD, sumD2 = sumD+x, sumD2+x*x
		sumZ, sumZ2 = sumZ+float64(z[0]), sumZ2+float64(z[0]*z[0])
	}
	v := r.Sigma * r.Sigma
	se := v * math.Sqrt(2.0/n) // standard error of a sample variance
	for name, got := range map[string]float64{"mixer": sumD2/n - (sumD/n)*(sumD/n), "counter": sumZ2/n - (sumZ/n)*(sumZ/n)} {
		if math.Abs(got-v) > 5*se {
			t.Errorf("%s's noise variance %.2f, want σ² = %.2f (± %.2f)", name, got, v, 5*se)
		}
	}
}

// counterReader is a deterministic randomness source (a SHA-256 counter is
// overkill here: the test is statistical, any fixed stream will do).
type counterReader struct{ state uint64 }

func (c *counterReader) Read(p []byte) (int, error) {
	for i := range p {
		c.state = c.state*6364136223846793005 + 1442695040888963407
		p[i] = byte(c.state >> 56)
	}
	return len(p), nil
}
