package dp

import (
	"math"
	"testing"
)

func TestOverflowProbabilityFormula(t *testing.T) {
	// 2^19 - 3·1000 = 521288; P = 2·31·exp(-521288²/(2·3·1e10)).
	got, err := OverflowProbability(20, 3, 31, 1000, 1e5)
	want := 2 * 31 * math.Exp(-521288.0*521288/(2*3*1e10))
	if err != nil || !relClose(got, want, 1e-12) {
		t.Errorf("OverflowProbability = %v, %v; want %v", got, err, want)
	}
	if p, _ := OverflowProbability(8, 10, 5, 13, 1); p != 1 {
		t.Errorf("signal alone overflows: P = %v, want 1", p)
	}
	if p, _ := OverflowProbability(16, 2, 5, 10, 0); p != 0 {
		t.Errorf("no noise, no overflow: P = %v, want 0", p)
	}
}

func TestModulusBitsIsSmallest(t *testing.T) {
	for _, c := range []struct {
		owners, dim      int
		normBound, sigma float64
		failure          float64
	}{
		{3, 31, 2.3e6, 8e5, 1e-9},
		{50, 1000, 100, 30, 1e-12},
		{1, 1, 0, 1, 1e-6},
	} {
		k, err := ModulusBits(c.owners, c.dim, c.normBound, c.sigma, c.failure)
		if err != nil {
			t.Fatal(err)
		}
		p, _ := OverflowProbability(k, c.owners, c.dim, c.normBound, c.sigma)
		prev, _ := OverflowProbability(k-1, c.owners, c.dim, c.normBound, c.sigma)
		if p > c.failure || prev <= c.failure {
			t.Errorf("%+v: k=%d has P=%v, k-1 has P=%v", c, k, p, prev)
		}
	}
	if _, err := ModulusBits(1000, 10, 1e17, 1e12, 1e-9); err == nil {
		t.Error("a sum that cannot fit in 64 bits was accepted")
	}
}

func TestOverflowSimulation(t *testing.T) {
	// The bound holds empirically: with k chosen for failure 1e-3, a simulated
	// worst-case sum (all owners at +normBound in every coordinate) stays in
	// range in each of 300 trials.
	const owners, dim, normBound, sigma = 4, 8, 40.0, 25.0
	k, err := ModulusBits(owners, dim, normBound, sigma, 1e-3)
	if err != nil {
		t.Fatal(err)
	}
	limit := int64(1) << (k - 1)
	s := seeded(80)
	for trial := 0; trial < 300; trial++ {
		for j := 0; j < dim; j++ {
			sum := int64(owners * normBound)
			for o := 0; o < owners; o++ {
				sum += s.DiscreteGaussian(sigma)
			}
			if sum >= limit || sum < -limit {
				t.Fatalf("k=%d: coordinate sum %d left [-%d, %d)", k, sum, limit, limit)
			}
		}
	}
}

func TestOverflowErrors(t *testing.T) {
	for _, c := range []struct {
		bits, owners, dim int
		bound, sigma      float64
	}{
		{1, 1, 1, 1, 1}, {65, 1, 1, 1, 1}, {16, 0, 1, 1, 1}, {16, 1, 0, 1, 1},
		{16, 1, 1, -1, 1}, {16, 1, 1, math.NaN(), 1}, {16, 1, 1, 1, math.Inf(1)},
	} {
		if _, err := OverflowProbability(c.bits, c.owners, c.dim, c.bound, c.sigma); err == nil {
			t.Errorf("OverflowProbability(%+v) accepted", c)
		}
	}
	for _, f := range []float64{0, 1, -1, math.NaN()} {
		if _, err := ModulusBits(1, 1, 1, 1, f); err == nil {
			t.Errorf("failure %v accepted", f)
		}
	}
}
