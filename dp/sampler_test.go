package dp

import (
	"bytes"
	"errors"
	"io"
	"math"
	"testing"
)

func TestFloat64RangeAndDeterminism(t *testing.T) {
	a, b := seeded(1), seeded(1)
	for i := 0; i < 10000; i++ {
		x, y := a.Float64(), b.Float64()
		if x != y {
			t.Fatalf("draw %d: same seed gave %v and %v", i, x, y)
		}
		if x < 0 || x >= 1 {
			t.Fatalf("draw %d: %v outside [0, 1)", i, x)
		}
	}
	if seeded(1).Float64() == seeded(2).Float64() {
		t.Error("different seeds gave the same first draw")
	}
}

func TestFloat64UsesTopBits(t *testing.T) {
	// All-ones bytes give the largest value below 1.
	s := NewSampler(bytes.NewReader(bytes.Repeat([]byte{0xff}, 256)))
	if got, want := s.Float64(), 1-math.Ldexp(1, -53); got != want {
		t.Errorf("Float64 = %v, want %v", got, want)
	}
}

func TestGaussianVarianceChiSquare(t *testing.T) {
	// For Gaussian samples n·s²/σ² is chi-square with n degrees of freedom
	// (the mean is known to be 0); accept at the 1e-6 two-sided level.
	for _, sigma := range []float64{0.3, 1, 17.5} {
		s := seeded(3)
		const n = 20000
		xs, err := s.GaussianVector(sigma, n)
		if err != nil {
			t.Fatal(err)
		}
		stat := sampleVariance(xs) * n / (sigma * sigma)
		if hi, lo := chiSquareCritical(n, chiSquareZ), chiSquareCritical(n, -chiSquareZ); stat > hi || stat < lo {
			t.Errorf("sigma=%v: n·s²/σ² = %.1f outside [%.1f, %.1f]", sigma, stat, lo, hi)
		}
	}
}

func TestGaussianVarianceTestHasPower(t *testing.T) {
	// The same acceptance region must reject a sampler whose sigma is 3% off.
	const n = 20000
	xs, _ := seeded(3).GaussianVector(1.03, n)
	stat := sampleVariance(xs) * n
	if stat <= chiSquareCritical(n, chiSquareZ) {
		t.Errorf("variance test accepted sigma=1.03 as sigma=1 (stat %.1f)", stat)
	}
}

func TestGaussianMeanAndSymmetry(t *testing.T) {
	const n = 20000
	xs, _ := seeded(4).GaussianVector(2, n)
	sum := 0.0
	for _, x := range xs {
		sum += x
	}
	if mean, se := sum/n, 2/math.Sqrt(n); math.Abs(mean) > chiSquareZ*se {
		t.Errorf("mean %v is more than %v standard errors from 0", mean, chiSquareZ)
	}
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errors.New("entropy gone") }

func TestSourceFailureIsSticky(t *testing.T) {
	s := NewSampler(failingReader{})
	if x := s.DiscreteGaussian(5); x != 0 {
		t.Errorf("DiscreteGaussian after failure = %d, want 0", x)
	}
	if s.Err() == nil || !bytes.Contains([]byte(s.Err().Error()), []byte("entropy gone")) {
		t.Fatalf("Err() = %v, want the wrapped source error", s.Err())
	}
	if _, err := s.DiscreteGaussianVector(5, 3); err == nil {
		t.Error("DiscreteGaussianVector succeeded after a source failure")
	}
	if _, err := s.GaussianVector(5, 3); err == nil {
		t.Error("GaussianVector succeeded after a source failure")
	}
}

func TestShortSourceFails(t *testing.T) {
	s := NewSampler(io.LimitReader(bytes.NewReader(make([]byte, 1000)), 10))
	s.Float64()
	if !errors.Is(s.Err(), io.ErrUnexpectedEOF) {
		t.Errorf("Err() = %v, want io.ErrUnexpectedEOF", s.Err())
	}
}

func TestInvalidSigmaSetsErr(t *testing.T) {
	for _, sigma := range []float64{-1, math.NaN(), math.Inf(1)} {
		s := seeded(1)
		if x := s.Gaussian(sigma); x != 0 || !errors.Is(s.Err(), ErrParameter) {
			t.Errorf("Gaussian(%v) = %v, Err %v; want 0 and ErrParameter", sigma, x, s.Err())
		}
		s = seeded(1)
		if x := s.DiscreteGaussian(sigma); x != 0 || !errors.Is(s.Err(), ErrParameter) {
			t.Errorf("DiscreteGaussian(%v) = %v, Err %v; want 0 and ErrParameter", sigma, x, s.Err())
		}
		if _, err := seeded(1).GaussianVector(sigma, 2); !errors.Is(err, ErrParameter) {
			t.Errorf("GaussianVector(%v): err %v, want ErrParameter", sigma, err)
		}
	}
	if _, err := seeded(1).DiscreteGaussianVector(1, -1); !errors.Is(err, ErrParameter) {
		t.Errorf("negative length: err %v, want ErrParameter", err)
	}
}

func TestZeroSigmaIsNoNoise(t *testing.T) {
	s := seeded(1)
	if s.Gaussian(0) != 0 || s.DiscreteGaussian(0) != 0 || s.Err() != nil {
		t.Error("sigma 0 must give 0 without error")
	}
}

func TestNilReaderUsesCryptoRand(t *testing.T) {
	s := NewSampler(nil)
	a, b := s.Float64(), s.Float64()
	if a == b || s.Err() != nil {
		t.Errorf("crypto/rand sampler gave %v, %v, err %v", a, b, s.Err())
	}
}
