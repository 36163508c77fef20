package dp

import (
	"encoding/binary"
	"math"
	"testing"
)

// The fuzz targets cover every function that takes numbers from outside the
// process (job specs, peers, dataset metadata): they must never panic, must
// refuse NaN and infinities, and must return usable values when they accept.

var nonFinite = []float64{math.NaN(), math.Inf(1), math.Inf(-1)}

func FuzzGaussianSigma(f *testing.F) {
	f.Add(1.0, 1e-5, 1.0)
	f.Add(-1.0, 0.5, 2.0)
	f.Add(700.0, 1e-300, 1e-300)
	f.Add(1e-300, 0.999999, 1e300)
	f.Fuzz(func(t *testing.T, eps, delta, sens float64) {
		sigma, err := GaussianSigma(eps, delta, sens)
		if anyNonFinite(eps, delta, sens) && err == nil {
			t.Fatalf("accepted non-finite input (%v, %v, %v)", eps, delta, sens)
		}
		if err != nil {
			return
		}
		if !(sigma > 0) || math.IsInf(sigma, 0) {
			t.Fatalf("GaussianSigma(%v, %v, %v) = %v", eps, delta, sens, sigma)
		}
		if d, _ := GaussianDelta(eps, sigma, sens); d > delta*(1+1e-9) {
			t.Fatalf("σ=%v gives δ=%v > %v", sigma, d, delta)
		}
	})
}

func FuzzZCDP(f *testing.F) {
	f.Add(1.0, 1e-5)
	f.Add(0.0, 0.5)
	f.Add(1e300, 1e-300)
	f.Fuzz(func(t *testing.T, x, delta float64) {
		e := EpsDeltaFromZCDP(x, delta)
		if math.IsNaN(e) || e < 0 {
			t.Fatalf("EpsDeltaFromZCDP(%v, %v) = %v", x, delta, e)
		}
		rho, err := ZCDPFromEpsDelta(x, delta)
		if anyNonFinite(x, delta) && err == nil {
			t.Fatalf("accepted non-finite input (%v, %v)", x, delta)
		}
		if err == nil && (math.IsNaN(rho) || rho < 0 || EpsDeltaFromZCDP(rho, delta) > x*(1+1e-9)) {
			t.Fatalf("ZCDPFromEpsDelta(%v, %v) = %v", x, delta, rho)
		}
	})
}

func FuzzCalibrateNoiseMultiplier(f *testing.F) {
	f.Add(1.0, 1e-5, 0.01, 100, uint8(1))
	f.Add(0.1, 1e-9, 1.0, 1, uint8(0))
	f.Add(50.0, 0.5, 1e-9, 1<<30, uint8(5))
	f.Fuzz(func(t *testing.T, eps, delta, q float64, steps int, conv uint8) {
		z, err := CalibrateNoiseMultiplier(eps, delta, q, steps, Conversion(conv))
		if anyNonFinite(eps, delta, q) && err == nil {
			t.Fatalf("accepted non-finite input (%v, %v, %v)", eps, delta, q)
		}
		if err != nil {
			return
		}
		if got, _, _ := EpsilonSampledGaussian(q, z, steps, delta, Conversion(conv)); !(z > 0) || got > eps {
			t.Fatalf("z=%v spends ε=%v > %v", z, got, eps)
		}
	})
}

func FuzzEpsilonFromRDP(f *testing.F) {
	f.Add(2.0, 0.5, 1e-5, 1.5, 0.2)
	f.Add(1.0, -1.0, 0.0, math.Inf(1), math.NaN())
	f.Fuzz(func(t *testing.T, a1, r1, delta, a2, r2 float64) {
		eps, _, err := EpsilonFromRDP([]float64{r1, r2}, []float64{a1, a2}, delta, Improved)
		if anyNonFinite(a1, delta, a2) && err == nil {
			t.Fatalf("accepted non-finite order or delta (%v, %v, %v)", a1, a2, delta)
		}
		if err == nil && (math.IsNaN(eps) || eps < 0) {
			t.Fatalf("ε = %v", eps)
		}
		for _, r := range RDPSampledGaussian(r1, r2, 3, []float64{a1, a2}) {
			if math.IsNaN(r) || r < 0 {
				t.Fatalf("RDPSampledGaussian(%v, %v, 3, [%v %v]) gave %v", r1, r2, a1, a2, r)
			}
		}
	})
}

// FuzzFixedPointSum: any rows, any parameters: no panic, every added row
// within the limit, the sum within rows·√T per coordinate.
func FuzzFixedPointSum(f *testing.F) {
	f.Add([]byte{0, 0, 0, 0, 0, 0, 0xe0, 0x3f}, 10.0, 1.0)
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xf8, 0x7f}, 1.0, 1.0)
	f.Fuzz(func(t *testing.T, raw []byte, gamma, clip float64) {
		x := make([]float64, len(raw)/8)
		for i := range x {
			x[i] = math.Float64frombits(binary.LittleEndian.Uint64(raw[8*i:]))
		}
		dim := max(len(x), 1)
		s, err := NewFixedPointSum(dim, clip, gamma, seedReader(1))
		if anyNonFinite(gamma, clip) && err == nil {
			t.Fatalf("accepted non-finite parameters")
		}
		if err != nil {
			return
		}
		s.Add(x)
		s.Add(x)
		limit, _ := RowLimit(clip, gamma, dim)
		for _, v := range s.Sum() {
			if a := math.Abs(float64(v)); a > 2*math.Sqrt(float64(limit)) {
				t.Fatalf("coordinate %d beyond two rows of norm √%d", v, limit)
			}
		}
	})
}

func FuzzDistributed(f *testing.F) {
	f.Add(10.0, 3, 5.0, 31, 30, 1e-5, 2.0, 4, 1, 1, 1e-9)
	f.Add(0.5, 1<<20, 1e-300, 1, 1, 0.5, 1e-9, 1, 0, 0, 0.5)
	f.Fuzz(func(t *testing.T, sigma float64, shares int, sens float64, dim, rounds int, delta, eps float64, n, d, c int, failure float64) {
		g := DistributedGaussian{L2Sensitivity: sens, Dim: dim % 100000, Shares: shares, Rounds: rounds}
		e, err := g.Epsilon(sigma, delta)
		if anyNonFinite(sigma, sens, delta) && err == nil {
			t.Fatal("Epsilon accepted non-finite input")
		}
		if err == nil && (math.IsNaN(e) || e < 0) {
			t.Fatalf("ε = %v", e)
		}
		if s, err := g.ShareSigma(eps, delta); err == nil {
			if e, _ := g.Epsilon(s, delta); e > eps {
				t.Fatalf("ShareSigma %v spends %v > %v", s, e, eps)
			}
		}
		if v, err := ShareVariance(sigma, n, d, c); err == nil && (n-d-c < 1 || math.IsNaN(v) || v < 0) {
			t.Fatalf("ShareVariance(%v, %d, %d, %d) = %v", sigma, n, d, c, v)
		}
		if k, err := ModulusBits(n, dim, sens, sigma, failure); err == nil {
			if p, _ := OverflowProbability(k, n, dim, sens, sigma); p > failure {
				t.Fatalf("ModulusBits %d leaves overflow probability %v > %v", k, p, failure)
			}
		}
		if b, err := RowBound(sens, sigma, dim); err == nil && (math.IsNaN(b) || b < 0) {
			t.Fatalf("RowBound = %v", b)
		}
	})
}

func anyNonFinite(xs ...float64) bool {
	for _, x := range xs {
		if !finite(x) {
			return true
		}
	}
	return false
}

func FuzzDiscreteGaussian(f *testing.F) {
	f.Add(3.5)
	f.Add(5e-324)
	f.Add(float64(MaxDiscreteSigma))
	f.Add(-0.0)
	f.Fuzz(func(t *testing.T, sigma float64) {
		s := seeded(9)
		x := s.DiscreteGaussian(sigma)
		if !finite(sigma) || sigma < 0 || sigma > MaxDiscreteSigma {
			if s.Err() == nil || x != 0 {
				t.Fatalf("sigma %v: draw %d, err %v; want refusal", sigma, x, s.Err())
			}
			return
		}
		if s.Err() != nil || math.Abs(float64(x)) > 50*sigma+50 {
			t.Fatalf("sigma %v: draw %d, err %v", sigma, x, s.Err())
		}
	})
}
