package dp

import (
	"errors"
	"math"
	"strings"
	"testing"
)

type agmVectors struct {
	Google []struct {
		Epsilon, Sigma, L2, Delta float64
	}
	Mpmath []struct {
		Epsilon, Delta, Sigma float64
	}
}

func TestGaussianDeltaKnownAnswers(t *testing.T) {
	var v agmVectors
	readJSON(t, "analytic_gaussian.json", &v)
	for _, c := range v.Google {
		got, err := GaussianDelta(c.Epsilon, c.Sigma, c.L2)
		if err != nil || math.Abs(got-c.Delta) > 1e-10 {
			t.Errorf("GaussianDelta(ε=%v, σ=%v, Δ=%v) = %v, %v; want %v (google/differential-privacy)", c.Epsilon, c.Sigma, c.L2, got, err, c.Delta)
		}
	}
}

func TestGaussianSigmaKnownAnswers(t *testing.T) {
	var v agmVectors
	readJSON(t, "analytic_gaussian.json", &v)
	for _, c := range v.Google {
		if c.Epsilon == 0 {
			continue
		}
		got, err := GaussianSigma(c.Epsilon, c.Delta, c.L2)
		if err != nil || !relClose(got, c.Sigma, 1e-9) {
			t.Errorf("GaussianSigma(ε=%v, δ=%v, Δ=%v) = %v, %v; want %v (google/differential-privacy)", c.Epsilon, c.Delta, c.L2, got, err, c.Sigma)
		}
	}
	for _, c := range v.Mpmath {
		got, err := GaussianSigma(c.Epsilon, c.Delta, 1)
		if err != nil || !relClose(got, c.Sigma, 1e-10) || got < c.Sigma*(1-1e-13) {
			t.Errorf("GaussianSigma(ε=%v, δ=%v) = %v, %v; want %v rounded up (mpmath)", c.Epsilon, c.Delta, got, err, c.Sigma)
		}
	}
}

func TestGaussianSigmaIsTight(t *testing.T) {
	for _, eps := range []float64{0.05, 0.7, 3, 30} {
		for _, delta := range []float64{1e-3, 1e-8, 1e-15} {
			sigma, err := GaussianSigma(eps, delta, 2)
			if err != nil {
				t.Fatal(err)
			}
			if d, _ := GaussianDelta(eps, sigma, 2); d > delta {
				t.Errorf("ε=%v δ=%v: returned σ=%v gives δ=%v", eps, delta, sigma, d)
			}
			if d, _ := GaussianDelta(eps, sigma*(1-1e-6), 2); d <= delta {
				t.Errorf("ε=%v δ=%v: σ·(1-1e-6) still meets δ (%v); not the smallest", eps, delta, d)
			}
			// The analytic σ never exceeds the classical bound where it applies.
			if classic := 2 * math.Sqrt(2*math.Log(1.25/delta)) / eps; eps < 1 && sigma > classic {
				t.Errorf("ε=%v δ=%v: analytic σ %v above classical %v", eps, delta, sigma, classic)
			}
		}
	}
}

func TestGaussianSigmaErrors(t *testing.T) {
	_, err := GaussianSigma(-1, 1e-5, 1)
	if err == nil || err.Error() != "dp: epsilon must be > 0, got -1" || !errors.Is(err, ErrParameter) {
		t.Errorf("GaussianSigma(-1, ...) error = %v", err)
	}
	for _, c := range []struct {
		eps, delta, sens float64
		field            string
	}{
		{0, 1e-5, 1, "epsilon"},
		{math.NaN(), 1e-5, 1, "epsilon"},
		{math.Inf(1), 1e-5, 1, "epsilon"},
		{1, 0, 1, "delta"},
		{1, 1, 1, "delta"},
		{1, math.NaN(), 1, "delta"},
		{1, 1e-5, 0, "sensitivity"},
		{1, 1e-5, math.Inf(1), "sensitivity"},
	} {
		if _, err := GaussianSigma(c.eps, c.delta, c.sens); err == nil || !strings.Contains(err.Error(), c.field) {
			t.Errorf("GaussianSigma(%v, %v, %v) error %v does not name %s", c.eps, c.delta, c.sens, err, c.field)
		}
	}
}

func TestGaussianDeltaErrors(t *testing.T) {
	for _, c := range [][3]float64{{-1, 1, 1}, {math.NaN(), 1, 1}, {1, 0, 1}, {1, math.Inf(1), 1}, {1, 1, 0}, {1, 1, math.NaN()}} {
		if _, err := GaussianDelta(c[0], c[1], c[2]); err == nil {
			t.Errorf("GaussianDelta(%v) accepted", c)
		}
	}
	// Huge ε: e^ε overflows float64 but the profile must still be computed.
	if d, err := GaussianDelta(800, 0.01, 1); err != nil || math.IsNaN(d) || d < 0 || d > 1 {
		t.Errorf("GaussianDelta(800, 0.01, 1) = %v, %v", d, err)
	}
}
