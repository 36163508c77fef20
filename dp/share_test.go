package dp

import (
	"errors"
	"math"
	"strings"
	"testing"

	"pgregory.net/rapid"
)

func TestShareVariance(t *testing.T) {
	for _, c := range []struct {
		variance float64
		n, d, c  int
		want     float64
	}{
		{100, 1, 0, 0, 100},
		{100, 5, 0, 0, 20},
		{100, 5, 1, 1, 100.0 / 3},
		{7, 10, 3, 6, 7},
		{0, 3, 1, 1, 0},
	} {
		got, err := ShareVariance(c.variance, c.n, c.d, c.c)
		if err != nil || got != c.want {
			t.Errorf("ShareVariance(%v, %d, %d, %d) = %v, %v; want %v", c.variance, c.n, c.d, c.c, got, err, c.want)
		}
	}
}

func TestShareVarianceRefusesNoHonestShare(t *testing.T) {
	_, err := ShareVariance(1, 5, 2, 3)
	if !errors.Is(err, ErrParameter) {
		t.Fatalf("err = %v, want ErrParameter", err)
	}
	for _, part := range []string{"n-d-c", "5-2-3", "= 0"} {
		if !strings.Contains(err.Error(), part) {
			t.Errorf("error %q does not contain %q", err, part)
		}
	}
	for _, c := range [][3]int{{0, 0, 0}, {3, -1, 0}, {3, 0, -1}} {
		if _, err := ShareVariance(1, c[0], c[1], c[2]); err == nil || !strings.Contains(err.Error(), "n=") {
			t.Errorf("ShareVariance(1, %v) accepted or unnamed: %v", c, err)
		}
	}
	for _, v := range []float64{-1, math.NaN(), math.Inf(1)} {
		if _, err := ShareVariance(v, 3, 0, 0); err == nil {
			t.Errorf("variance %v accepted", v)
		}
	}
}

func TestShareVarianceProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		n := rapid.IntRange(1, 1000).Draw(t, "n")
		d := rapid.IntRange(0, n-1).Draw(t, "d")
		c := rapid.IntRange(0, n-1-d).Draw(t, "c")
		v := rapid.Float64Range(0, 1e12).Draw(t, "variance")
		share, err := ShareVariance(v, n, d, c)
		if err != nil {
			t.Fatal(err)
		}
		// The n-d-c honest shares carry the whole variance, no less.
		if total := share * float64(n-d-c); !relClose(total, v, 1e-12) && v != 0 {
			t.Fatalf("honest shares sum to %v, want %v", total, v)
		}
	})
}

func TestSummedSharesHaveFullVariance(t *testing.T) {
	// n = 6 owners, d = 1 drop-out, c = 2 colluders: the 3 honest survivors'
	// discrete Gaussian shares must add up to variance 400 (σ = 20).
	const total, trials = 400.0, 20000
	share, err := ShareVariance(total, 6, 1, 2)
	if err != nil {
		t.Fatal(err)
	}
	s := seeded(60)
	sums := make([]float64, trials)
	for i := range sums {
		x, err := s.DiscreteGaussianVector(math.Sqrt(share), 3)
		if err != nil {
			t.Fatal(err)
		}
		sums[i] = float64(x[0] + x[1] + x[2])
	}
	// A sum of three discrete Gaussians with σ >= 1 has variance 3σ² and
	// fourth moment 3·(3σ²)² up to negligible terms.
	got := sampleVariance(sums)
	if tol := varianceTolerance(total, 3*total*total, trials, chiSquareZ); math.Abs(got-total) > tol {
		t.Errorf("variance of the honest sum %.2f, want %.0f ± %.2f", got, total, tol)
	}
}
