package dp

import (
	"errors"
	"math"
	"strings"
	"testing"

	"pgregory.net/rapid"
)

func TestScaleAndRoundPreservesExpectation(t *testing.T) {
	x := []float64{0.3, -1.25, 2.5e-3, 7.77, -0.5, 0}
	const gamma, trials = 10.0, 20000
	bound, err := RoundingNormBound(l2Norm(x), gamma, len(x), math.Exp(-0.5))
	if err != nil {
		t.Fatal(err)
	}
	s := seeded(70)
	sums := make([]float64, len(x))
	for i := 0; i < trials; i++ {
		r, err := ScaleAndRound(x, gamma, bound, s)
		if err != nil {
			t.Fatal(err)
		}
		for j, v := range r {
			sums[j] += float64(v)
		}
	}
	for j, v := range x {
		want := v * gamma
		frac := want - math.Floor(want)
		// Each coordinate is floor + Bernoulli(frac): standard error sqrt(frac(1-frac)/trials).
		se := math.Sqrt(frac*(1-frac)/trials) + 1e-12
		if got := sums[j] / trials; math.Abs(got-want) > chiSquareZ*se+1e-3 {
			t.Errorf("coordinate %d: mean %v, want %v ± %v", j, got, want, chiSquareZ*se)
		}
	}
}

func TestScaleAndRoundRespectsBound(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		dim := rapid.IntRange(1, 40).Draw(t, "dim")
		x := make([]float64, dim)
		for i := range x {
			x[i] = rapid.Float64Range(-5, 5).Draw(t, "x")
		}
		gamma := rapid.Float64Range(0.01, 1e4).Draw(t, "gamma")
		beta := rapid.Float64Range(0.01, 0.9).Draw(t, "beta")
		bound, err := RoundingNormBound(l2Norm(x), gamma, dim, beta)
		if err != nil {
			t.Fatal(err)
		}
		out, err := ScaleAndRound(x, gamma, bound, seeded(byte(dim)))
		if err != nil {
			t.Fatal(err)
		}
		n2 := 0.0
		for i, v := range out {
			scaled := x[i] * gamma
			if float64(v) != math.Floor(scaled) && float64(v) != math.Ceil(scaled) {
				t.Fatalf("coordinate %d: %v rounded to %d", i, scaled, v)
			}
			n2 += float64(v) * float64(v)
		}
		if math.Sqrt(n2) > bound {
			t.Fatalf("norm %v above bound %v", math.Sqrt(n2), bound)
		}
	})
}

func TestScaleAndRoundRetriesThenFails(t *testing.T) {
	// Sixteen coordinates of 0.5: the squared norm is the number of round-ups,
	// so a bound of 2 accepts an attempt with probability P[Bin(16,1/2) <= 4]
	// ≈ 0.038 and needs retries (1000 failures: probability 1e-17).
	x := make([]float64, 16)
	for i := range x {
		x[i] = 0.5
	}
	out, err := ScaleAndRound(x, 1, 2, seeded(71))
	if err != nil {
		t.Fatalf("bound 2: %v", err)
	}
	if n := l2NormInt(out); n > 2 {
		t.Errorf("norm %v above 2", n)
	}
	// Coordinates of 1.5 round to 1 or 2: the norm is at least 4 > 3.9.
	for i := range x {
		x[i] = 1.5
	}
	if _, err := ScaleAndRound(x, 1, 3.9, seeded(71)); !errors.Is(err, ErrRounding) {
		t.Errorf("impossible bound: err %v, want ErrRounding", err)
	}
}

func TestScaleAndRoundErrors(t *testing.T) {
	for _, c := range []struct {
		x            []float64
		gamma, bound float64
		field        string
	}{
		{[]float64{1}, 0, 10, "gamma"},
		{[]float64{1}, math.NaN(), 10, "gamma"},
		{[]float64{1}, 1, 0, "norm bound"},
		{[]float64{1}, 1, math.Inf(1), "norm bound"},
		{[]float64{1, math.NaN()}, 1, 10, "coordinate 1"},
		{[]float64{math.Inf(-1)}, 1, 10, "coordinate 0"},
		{[]float64{1e10}, 1e10, 1e30, "coordinate 0"},
	} {
		if _, err := ScaleAndRound(c.x, c.gamma, c.bound, seeded(1)); err == nil || !strings.Contains(err.Error(), c.field) {
			t.Errorf("ScaleAndRound(%v, %v, %v): %v, want error naming %q", c.x, c.gamma, c.bound, err, c.field)
		}
	}
	if out, err := ScaleAndRound(nil, 1, 1, nil); err != nil || len(out) != 0 {
		t.Errorf("empty vector: %v, %v", out, err)
	}
}

func TestRoundingNormBound(t *testing.T) {
	// c = gamma·norm = 100, d = 16, β = e^-0.5 (the authors' default):
	// sqrt(10000 + 4 + 1·(100 + 2)) = sqrt(10106); c + √d = 104.
	got, err := RoundingNormBound(10, 10, 16, math.Exp(-0.5))
	if err != nil || !relClose(got, math.Sqrt(10106), 1e-15) {
		t.Errorf("RoundingNormBound = %v, %v; want sqrt(10106)", got, err)
	}
	// Tiny β: the deterministic c + √d wins.
	got, _ = RoundingNormBound(1, 1, 100, 1e-300)
	if got != 11 {
		t.Errorf("RoundingNormBound(1,1,100,1e-300) = %v, want 11", got)
	}
	for _, c := range []struct {
		norm, gamma float64
		dim         int
		beta        float64
	}{{-1, 1, 1, 0.5}, {1, 0, 1, 0.5}, {1, 1, 0, 0.5}, {1, 1, 1, 0}, {1, 1, 1, 1}, {1e300, 1e300, 1, 0.5}} {
		if _, err := RoundingNormBound(c.norm, c.gamma, c.dim, c.beta); err == nil {
			t.Errorf("RoundingNormBound(%+v) accepted", c)
		}
	}
}

func TestRoundingNormBoundHoldsWithProbability(t *testing.T) {
	// Unconditional rounding exceeds the β-bound with probability at most β.
	x := []float64{0.31, 0.52, 0.77, 0.49, 0.12, 0.95, 0.5, 0.66}
	const beta, trials = 0.05, 4000
	bound, _ := RoundingNormBound(l2Norm(x), 3, len(x), beta)
	s := seeded(72)
	scaled := make([]float64, len(x))
	for i, v := range x {
		scaled[i] = 3 * v
	}
	out := make([]int64, len(x))
	exceeded := 0
	for i := 0; i < trials; i++ {
		if math.Sqrt(s.roundInto(out, scaled)) > bound {
			exceeded++
		}
	}
	if limit := beta*trials + chiSquareZ*math.Sqrt(beta*(1-beta)*trials); float64(exceeded) > limit {
		t.Errorf("bound exceeded %d times in %d, more than β allows (%v)", exceeded, trials, limit)
	}
}

func TestRoundedSensitivity(t *testing.T) {
	got, err := RoundedSensitivity(2, 1000, 25) // 2C = 2, γ = 1000, d = 25
	if err != nil || got != 2010 {
		t.Errorf("RoundedSensitivity = %v, %v; want 2000 + 2·5", got, err)
	}
	for _, c := range []struct {
		s, g float64
		d    int
	}{{-1, 1, 1}, {1, 0, 1}, {1, 1, 0}, {math.NaN(), 1, 1}, {1e300, 1e300, 1}} {
		if _, err := RoundedSensitivity(c.s, c.g, c.d); err == nil {
			t.Errorf("RoundedSensitivity(%+v) accepted", c)
		}
	}
}

func TestRoundedSensitivityCoversNeighbours(t *testing.T) {
	// Replace one clipped row of an owner's sum: whatever the rounding, the
	// two rounded vectors differ by at most RoundedSensitivity.
	rapid.Check(t, func(t *rapid.T) {
		dim := rapid.IntRange(1, 12).Draw(t, "dim")
		const clip, gamma = 1.0, 7.3
		sum, other := make([]float64, dim), make([]float64, dim)
		row, repl := randomClipped(t, dim, clip), randomClipped(t, dim, clip)
		for i := range sum {
			base := rapid.Float64Range(-3, 3).Draw(t, "base")
			sum[i], other[i] = base+row[i], base+repl[i]
		}
		a, err1 := ScaleAndRound(sum, gamma, 1e9, seeded(1))
		b, err2 := ScaleAndRound(other, gamma, 1e9, seeded(2))
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		bound, _ := RoundedSensitivity(2*clip, gamma, dim)
		d2 := 0.0
		for i := range a {
			d := float64(a[i] - b[i])
			d2 += d * d
		}
		if math.Sqrt(d2) > bound {
			t.Fatalf("difference %v above sensitivity %v", math.Sqrt(d2), bound)
		}
	})
}

func randomClipped(t *rapid.T, dim int, clip float64) []float64 {
	v := make([]float64, dim)
	for i := range v {
		v[i] = rapid.Float64Range(-1, 1).Draw(t, "v")
	}
	if n := l2Norm(v); n > clip {
		for i := range v {
			v[i] *= clip / n
		}
	}
	return v
}

func l2Norm(x []float64) float64 {
	s := 0.0
	for _, v := range x {
		s += v * v
	}
	return math.Sqrt(s)
}

func l2NormInt(x []int64) float64 {
	s := 0.0
	for _, v := range x {
		s += float64(v) * float64(v)
	}
	return math.Sqrt(s)
}
