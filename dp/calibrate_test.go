package dp

import (
	"errors"
	"math"
	"strings"
	"testing"
)

func TestCalibrateNoiseMultiplierIsSmallest(t *testing.T) {
	for _, c := range []struct {
		eps, delta, q float64
		steps         int
		conv          Conversion
	}{
		{2.92, 1e-5, 256.0 / 60000, 14063, Classic},
		{2.52, 1e-5, 256.0 / 60000, 14063, Improved},
		{1, 1e-5, 1, 30, Improved},
		{8, 1e-6, 1, 1, Classic},
		{0.5, 1e-7, 0.01, 1000, Improved},
	} {
		z, err := CalibrateNoiseMultiplier(c.eps, c.delta, c.q, c.steps, c.conv)
		if err != nil {
			t.Fatal(err)
		}
		got, _, _ := EpsilonSampledGaussian(c.q, z, c.steps, c.delta, c.conv)
		lower, _, _ := EpsilonSampledGaussian(c.q, 0.99*z, c.steps, c.delta, c.conv)
		if got > c.eps || lower <= c.eps {
			t.Errorf("%+v: z=%v gives ε=%v, 0.99z gives ε=%v", c, z, got, lower)
		}
	}
}

func TestCalibrateNoiseMultiplierMNIST(t *testing.T) {
	// The MNIST known answer spends ε = 2.92 (classic) at z = 1.12, so
	// calibrating for that ε must give back z ≈ 1.12.
	z, err := CalibrateNoiseMultiplier(2.9223, 1e-5, 256.0/60000, 14063, Classic)
	if err != nil || math.Abs(z-1.12) > 0.001 {
		t.Errorf("z = %v, %v; want 1.12", z, err)
	}
}

func TestCalibrateNoiseMultiplierMonotone(t *testing.T) {
	prev := math.Inf(1)
	for _, eps := range []float64{0.2, 0.5, 1, 2, 4, 8, 16} {
		z, err := CalibrateNoiseMultiplier(eps, 1e-5, 0.02, 500, Improved)
		if err != nil {
			t.Fatal(err)
		}
		if z >= prev {
			t.Errorf("ε=%v: z=%v not below the z=%v of a smaller ε", eps, z, prev)
		}
		prev = z
	}
}

func TestCalibrateNoiseMultiplierErrors(t *testing.T) {
	_, err := CalibrateNoiseMultiplier(-1, 1e-5, 1, 10, Improved)
	if err == nil || err.Error() != "dp: epsilon must be > 0, got -1" {
		t.Errorf("eps -1: %v", err)
	}
	for _, c := range []struct {
		eps, delta, q float64
		steps         int
		conv          Conversion
		field         string
	}{
		{1, 0, 1, 10, Improved, "delta"},
		{1, 1e-5, 0, 10, Improved, "sampling rate"},
		{1, 1e-5, 1.5, 10, Improved, "sampling rate"},
		{1, 1e-5, math.NaN(), 10, Improved, "sampling rate"},
		{1, 1e-5, 1, 0, Improved, "steps"},
		{1, 1e-5, 1, 10, Conversion(3), "conversion"},
		{1e-9, 1e-300, 1, 1 << 30, Improved, "no noise multiplier"},
	} {
		_, err := CalibrateNoiseMultiplier(c.eps, c.delta, c.q, c.steps, c.conv)
		if err == nil || !strings.Contains(err.Error(), c.field) || !errors.Is(err, ErrParameter) {
			t.Errorf("%+v: %v, want error naming %q", c, err, c.field)
		}
	}
}

func TestEpsilonSampledGaussianErrors(t *testing.T) {
	for _, c := range []struct {
		q, z  float64
		steps int
	}{{0, 1, 1}, {1, 0, 1}, {1, math.NaN(), 1}, {1, 1, 0}} {
		if _, _, err := EpsilonSampledGaussian(c.q, c.z, c.steps, 1e-5, Improved); err == nil {
			t.Errorf("EpsilonSampledGaussian(%+v) accepted", c)
		}
	}
}
