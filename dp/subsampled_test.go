package dp

import (
	"crypto/sha256"
	"math"
	"math/rand/v2"
	"testing"
)

// Against testdata/subsampled.json (gen_subsampled.py, mpmath): with one
// share the noise is a discrete Gaussian whose RDP is the Gaussian's
// α/(2z²), so Proposition S here must give the reference's bound; and the
// bound must lie above the exact Rényi divergences of two replace-one pairs
// of the sampled Gaussian (rows of norm 1 on opposite sides, by
// quadrature; a row replaced by one contributing zero, MTZ19's A_α).
func TestSubsampledKnownAnswers(t *testing.T) {
	var v struct {
		Cases []struct {
			Q, Z     float64
			Alpha    int
			RawBound float64 `json:"log_bound"`
			RawExact float64 `json:"log_exact"`
			RawMTZ   float64 `json:"log_mtz"`
		}
	}
	readJSON(t, "subsampled.json", &v)
	if len(v.Cases) == 0 {
		t.Fatal("no vectors read")
	}
	for _, c := range v.Cases {
		g := SubsampledDistributedGaussian{RowSensitivity: 1, Dim: 1, Shares: 1, Rounds: 1, Rate: c.Q}
		rdp, err := g.RDP(c.Z, []float64{float64(c.Alpha)})
		if err != nil {
			t.Fatal(err)
		}
		a := float64(c.Alpha)
		full := 2 * a / (c.Z * c.Z) // εr(α): replace-one without sampling
		want := math.Min(full, c.RawBound/(a-1))
		if !relClose(rdp[0], want, 1e-9) {
			t.Errorf("q=%v z=%v α=%d: RDP %.12g, reference %.12g", c.Q, c.Z, c.Alpha, rdp[0], want)
		}
		if exact := c.RawExact / (a - 1); rdp[0] < exact*(1-1e-9) {
			t.Errorf("q=%v z=%v α=%d: RDP %.6g below the exact replace-one divergence %.6g", c.Q, c.Z, c.Alpha, rdp[0], exact)
		}
		if mtz := c.RawMTZ / (a - 1); rdp[0] < mtz*(1-1e-9) {
			t.Errorf("q=%v z=%v α=%d: RDP %.6g below MTZ19's %.6g", c.Q, c.Z, c.Alpha, rdp[0], mtz)
		}
	}
}

// q = 1 is the full-batch replace-one release: the same RDP as
// DistributedGaussian with sensitivity 2Δ₁. Smaller q never costs more.
func TestSubsampledFullBatchAndMonotone(t *testing.T) {
	orders := integerOrders()
	full, err := DistributedGaussian{L2Sensitivity: 2 * 1000, Dim: 31, Shares: 3, Rounds: 40}.RDP(3000, orders)
	if err != nil {
		t.Fatal(err)
	}
	prev := full
	for _, q := range []float64{1, 0.5, 0.2, 0.05, 0.01} {
		got, err := SubsampledDistributedGaussian{RowSensitivity: 1000, Dim: 31, Shares: 3, Rounds: 40, Rate: q}.RDP(3000, orders)
		if err != nil {
			t.Fatal(err)
		}
		for i := range orders {
			if q == 1 && got[i] != full[i] {
				t.Fatalf("q = 1, order %v: %v, full batch %v", orders[i], got[i], full[i])
			}
			if got[i] > prev[i]*(1+1e-12) {
				t.Fatalf("q = %v, order %v: %v above the larger rate's %v", q, orders[i], got[i], prev[i])
			}
		}
		prev = got
	}
}

// ShareSigma meets ε and 0.99 of it does not; subsampling needs less noise
// per round than the full batch for the same number of rounds.
func TestSubsampledShareSigma(t *testing.T) {
	g := SubsampledDistributedGaussian{RowSensitivity: 1030, Dim: 31, Shares: 2, Rounds: 100, Rate: 0.1}
	sigma, err := g.ShareSigma(1, 1e-5)
	if err != nil {
		t.Fatal(err)
	}
	if e, _ := g.Epsilon(sigma, 1e-5); e > 1 {
		t.Fatalf("ε(σ) = %v > 1", e)
	}
	if e, _ := g.Epsilon(0.99*sigma, 1e-5); e <= 1 {
		t.Fatalf("ε(0.99σ) = %v <= 1: σ not the smallest", e)
	}
	full, _ := DistributedGaussian{L2Sensitivity: 2060, Dim: 31, Shares: 2, Rounds: 100}.ShareSigma(1, 1e-5)
	if sigma >= full {
		t.Fatalf("q = 0.1 needs σ = %v, full batch %v", sigma, full)
	}
	if _, err := (SubsampledDistributedGaussian{RowSensitivity: 1, Dim: 1, Shares: 1, Rounds: 1, Rate: 0}).ShareSigma(1, 1e-5); err == nil {
		t.Fatal("rate 0 accepted")
	}
}

// The sampling rate is the one charged: over many rows and rounds the
// kept fraction matches q (a binomial test at 5 standard deviations), rows
// are kept independently (pairs of neighbouring rows kept together with
// frequency q²), and a seeded reader reproduces the same sample.
func TestPoissonSampleRate(t *testing.T) {
	for _, q := range []float64{0.01, 0.1, 1.0 / 3, 0.5, 0.9} {
		seed := sha256.Sum256([]byte{byte(q * 255)})
		s := NewSampler(rand.NewChaCha8(seed))
		const rows, rounds = 5000, 40
		kept, pairs := 0, 0
		for range rounds {
			k, err := s.PoissonSample(rows, q)
			if err != nil {
				t.Fatal(err)
			}
			for i, in := range k {
				if in {
					kept++
					if i > 0 && k[i-1] {
						pairs++
					}
				}
			}
		}
		n := float64(rows * rounds)
		if z := (float64(kept) - n*q) / math.Sqrt(n*q*(1-q)); math.Abs(z) > 5 {
			t.Errorf("q = %v: kept %d of %.0f (z = %.1f)", q, kept, n, z)
		}
		m := float64((rows - 1) * rounds)
		if z := (float64(pairs) - m*q*q) / math.Sqrt(m*q*q*(1-q*q)); math.Abs(z) > 5 {
			t.Errorf("q = %v: %d neighbouring pairs kept, want about %.0f (z = %.1f)", q, pairs, m*q*q, z)
		}
	}
	a, _ := NewSampler(rand.NewChaCha8([32]byte{1})).PoissonSample(100, 0.3)
	b, _ := NewSampler(rand.NewChaCha8([32]byte{1})).PoissonSample(100, 0.3)
	for i := range a {
		if a[i] != b[i] {
			t.Fatal("a seeded reader gave two different samples")
		}
	}
	all, _ := NewSampler(nil).PoissonSample(10, 1)
	for _, in := range all {
		if !in {
			t.Fatal("q = 1 left a row out")
		}
	}
	for _, bad := range []float64{0, -0.1, 1.5, math.NaN()} {
		if _, err := NewSampler(nil).PoissonSample(10, bad); err == nil {
			t.Errorf("rate %v accepted", bad)
		}
	}
}
