package dp

import (
	"fmt"
	"math"
	"testing"
)

func TestDiscreteGaussianGoodnessOfFit(t *testing.T) {
	for i, sigma := range []float64{0.3, 0.5, 1, 1.5, 3, 12.7, 100} {
		t.Run(fmt.Sprint(sigma), func(t *testing.T) {
			const n = 40000
			xs, err := seeded(byte(10+i)).DiscreteGaussianVector(sigma, n)
			if err != nil {
				t.Fatal(err)
			}
			pmf, _, _ := discreteGaussianPMF(sigma)
			stat, df := goodnessOfFit(xs, pmf)
			if crit := chiSquareCritical(df, chiSquareZ); stat > crit {
				t.Errorf("chi-square %.1f > %.1f with %d degrees of freedom", stat, crit, df)
			}
		})
	}
}

func TestDiscreteGaussianGoodnessOfFitHasPower(t *testing.T) {
	// Samples for sigma = 3 must be rejected as N_Z(0, 3.1²).
	xs, _ := seeded(11).DiscreteGaussianVector(3, 40000)
	pmf, _, _ := discreteGaussianPMF(3.1)
	stat, df := goodnessOfFit(xs, pmf)
	if crit := chiSquareCritical(df, chiSquareZ); stat <= crit {
		t.Errorf("chi-square %.1f accepted the wrong sigma (critical %.1f)", stat, crit)
	}
}

func TestDiscreteGaussianVariance(t *testing.T) {
	// The sample second moment must lie within 4.75 standard errors of the
	// exact variance of N_Z(0, σ²), which is σ² up to 1e-15 for σ >= 1.
	for i, sigma := range []float64{0.5, 2, 30, 1e3, 2.5e5} {
		const n = 20000
		xs, err := seeded(byte(20+i)).DiscreteGaussianVector(sigma, n)
		if err != nil {
			t.Fatal(err)
		}
		variance, fourth := sigma*sigma, 3*math.Pow(sigma, 4)
		if sigma < 100 {
			_, variance, fourth = discreteGaussianPMF(sigma)
		}
		fs := make([]float64, n)
		for j, x := range xs {
			fs[j] = float64(x)
		}
		got := sampleVariance(fs)
		if tol := varianceTolerance(variance, fourth, n, chiSquareZ); math.Abs(got-variance) > tol {
			t.Errorf("sigma=%v: sample variance %.6g, want %.6g ± %.3g", sigma, got, variance, tol)
		}
		if sigma >= 1 && !relClose(variance, sigma*sigma, 1e-12) {
			t.Errorf("sigma=%v: exact variance %v differs from sigma² %v", sigma, variance, sigma*sigma)
		}
	}
}

func TestDiscreteGaussianSymmetric(t *testing.T) {
	const n = 40000
	xs, _ := seeded(30).DiscreteGaussianVector(7, n)
	sum := 0.0
	for _, x := range xs {
		sum += float64(x)
	}
	if mean, se := sum/n, 7/math.Sqrt(n); math.Abs(mean) > chiSquareZ*se {
		t.Errorf("mean %v is more than %v standard errors from 0", mean, chiSquareZ)
	}
}

func TestDiscreteGaussianLimits(t *testing.T) {
	s := seeded(31)
	if x := s.DiscreteGaussian(MaxDiscreteSigma); s.Err() != nil || math.Abs(float64(x)) > 20*MaxDiscreteSigma {
		t.Errorf("largest sigma: got %d, err %v", x, s.Err())
	}
	if s.DiscreteGaussian(math.Nextafter(MaxDiscreteSigma, math.Inf(1))); s.Err() == nil {
		t.Error("sigma above MaxDiscreteSigma accepted")
	}
}

func TestDiscreteLaplaceGoodnessOfFit(t *testing.T) {
	for i, scale := range []uint64{1, 4, 25} {
		const n = 40000
		s := seeded(byte(40 + i))
		xs := make([]int64, n)
		for j := range xs {
			xs[j] = s.DiscreteLaplace(scale)
		}
		tf := float64(scale)
		norm := (1 - math.Exp(-1/tf)) / (1 + math.Exp(-1/tf))
		pmf := func(x int64) float64 { return norm * math.Exp(-math.Abs(float64(x))/tf) }
		stat, df := goodnessOfFit(xs, pmf)
		if crit := chiSquareCritical(df, chiSquareZ); stat > crit || s.Err() != nil {
			t.Errorf("scale %d: chi-square %.1f > %.1f (df %d), err %v", scale, stat, crit, df, s.Err())
		}
	}
	s := seeded(1)
	if s.DiscreteLaplace(0); s.Err() == nil {
		t.Error("scale 0 accepted")
	}
}

func TestBernoulliExactness(t *testing.T) {
	// Exact rational Bernoulli trials: frequencies within 4.75 binomial
	// standard errors of the exact probabilities.
	const n = 100000
	cases := []struct {
		name string
		p    float64
		draw func(*Sampler) bool
	}{
		{"1/3", 1.0 / 3, func(s *Sampler) bool { return s.bernoulli(bigInt(1), bigInt(3)) }},
		{"big 2^70+1 / 3·2^70", 1.0 / 3, func(s *Sampler) bool {
			num := bigInt(1)
			num.Lsh(num, 70)
			num.Add(num, bigInt(1))
			den := bigInt(3)
			den.Lsh(den, 70)
			return s.bernoulli(num, den)
		}},
		{"exp(-0.7)", math.Exp(-0.7), func(s *Sampler) bool { return s.bernoulliExpNeg1(bigInt(7), bigInt(10)) }},
		{"exp(-2.5)", math.Exp(-2.5), func(s *Sampler) bool { return s.bernoulliExpNeg(bigInt(5), bigInt(2)) }},
	}
	for i, c := range cases {
		s := seeded(byte(50 + i))
		hits := 0
		for j := 0; j < n; j++ {
			if c.draw(s) {
				hits++
			}
		}
		se := math.Sqrt(c.p * (1 - c.p) / n)
		if got := float64(hits) / n; math.Abs(got-c.p) > chiSquareZ*se {
			t.Errorf("%s: frequency %v, want %v ± %v", c.name, got, c.p, chiSquareZ*se)
		}
	}
}
