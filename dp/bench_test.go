package dp

import (
	"crypto/rand"
	"fmt"
	"math"
	"sync"
	"testing"
	"time"
)

// Baselines are measured once per run, on the same machine and source
// (crypto/rand), and each benchmark reports its cost relative to them.
var (
	baselineGaussianNs = sync.OnceValue(func() float64 {
		s := NewSampler(nil)
		return nsPerOp(func() { s.Gaussian(3) })
	})
	baselineRoundNs = sync.OnceValue(func() float64 {
		x := benchVector(1000)
		out := make([]int64, len(x))
		return nsPerOp(func() {
			for i, v := range x {
				out[i] = int64(math.Round(v * 1e4))
			}
		})
	})
)

// nsPerOp times op over enough repetitions to last 200 ms (testing.Benchmark
// cannot be nested inside a running benchmark).
func nsPerOp(op func()) float64 {
	for n := 1; ; n *= 4 {
		start := time.Now()
		for range n {
			op()
		}
		if d := time.Since(start); d > 200*time.Millisecond || n >= 1<<30 {
			return float64(d.Nanoseconds()) / float64(n)
		}
	}
}

func benchVector(n int) []float64 {
	x := make([]float64, n)
	for i := range x {
		x[i] = math.Sin(float64(i)) * 3
	}
	return x
}

// BenchmarkRandomnessSource is the raw cost of the bytes a discrete Gaussian
// draw consumes at most in the common case (32 bytes).
func BenchmarkRandomnessSource(b *testing.B) {
	buf := make([]byte, 32)
	b.SetBytes(32)
	for range b.N {
		rand.Read(buf)
	}
}

func BenchmarkGaussianFloat(b *testing.B) {
	s := NewSampler(nil)
	for range b.N {
		s.Gaussian(3)
	}
}

func BenchmarkDiscreteGaussian(b *testing.B) {
	base := baselineGaussianNs()
	for _, sigma := range []float64{0.7, 3, 1e3, 1e6, 1.7e12} {
		b.Run(fmt.Sprintf("sigma=%g", sigma), func(b *testing.B) {
			s := NewSampler(nil)
			for range b.N {
				s.DiscreteGaussian(sigma)
			}
			ns := float64(b.Elapsed().Nanoseconds()) / float64(b.N)
			b.ReportMetric(ns/base, "x-float-gaussian")
		})
	}
}

func BenchmarkDiscreteGaussianVector(b *testing.B) {
	const dim = 1000
	s := NewSampler(nil)
	b.SetBytes(8 * dim)
	for range b.N {
		if _, err := s.DiscreteGaussianVector(12345.678, dim); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/dim, "ns/coordinate")
}

func BenchmarkScaleAndRound(b *testing.B) {
	x := benchVector(1000)
	bound, _ := RoundingNormBound(l2Norm(x), 1e4, len(x), math.Exp(-0.5))
	base := baselineRoundNs()
	s := NewSampler(nil)
	b.SetBytes(8 * int64(len(x)))
	b.ResetTimer()
	for range b.N {
		if _, err := ScaleAndRound(x, 1e4, bound, s); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/base, "x-deterministic-round")
}

func BenchmarkRDPSampledGaussian(b *testing.B) {
	orders := DefaultOrders()
	for range b.N {
		RDPSampledGaussian(256.0/60000, 1.12, 14063, orders)
	}
	b.ReportMetric(float64(len(orders)), "orders")
}

func BenchmarkCalibrateNoiseMultiplier(b *testing.B) {
	for _, q := range []float64{256.0 / 60000, 1} {
		b.Run(fmt.Sprintf("q=%.4g", q), func(b *testing.B) {
			for range b.N {
				if _, err := CalibrateNoiseMultiplier(2, 1e-5, q, 1000, Improved); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkDistributedShareSigma(b *testing.B) {
	g := DistributedGaussian{L2Sensitivity: 2010, Dim: 31, Shares: 2, Rounds: 30}
	for range b.N {
		if _, err := g.ShareSigma(2, 1e-5); err != nil {
			b.Fatal(err)
		}
	}
}
