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

// BenchmarkFixedPointSum is the fl owner's per-row cost of exact summation
// (scale, randomly round, exact norm check, add) beside the float sum of
// the same rows it replaced, measured in the same run.
func BenchmarkFixedPointSum(b *testing.B) {
	const rows, dim = 1000, 31
	data := make([][]float64, rows)
	for i := range data {
		data[i] = benchVector(dim)
		for j := range data[i] {
			data[i][j] /= 100 // norm ≈ 0.2 < C
		}
	}
	b.Run("fixed-point", func(b *testing.B) {
		for range b.N {
			f, err := NewFixedPointSum(dim, 1, 1024, nil)
			if err != nil {
				b.Fatal(err)
			}
			for _, r := range data {
				f.Add(r)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/rows, "ns/row")
	})
	b.Run("float-baseline", func(b *testing.B) {
		sum := make([]float64, dim)
		for range b.N {
			for _, r := range data {
				for j, v := range r {
					sum[j] += v
				}
			}
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/rows, "ns/row")
	})
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
