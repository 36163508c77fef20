package dp

import (
	"math"
	"math/big"
	"math/rand/v2"
	"testing"

	"pgregory.net/rapid"
)

func seedReader(seed byte) *rand.ChaCha8 {
	var key [32]byte
	key[0] = seed
	return rand.NewChaCha8(key)
}

// TestFixedPointSumUnbiased: the mean of many rounded sums is γ·Σ rows, and
// each coordinate of one sum is within rows of it (each row moves < 1).
func TestFixedPointSumUnbiased(t *testing.T) {
	rows := [][]float64{{0.3, -0.7, 0.05}, {0.1, 0.25, -0.9}, {-0.4, 0.4, 0.0}}
	const gamma, trials = 10.0, 20000
	want := make([]float64, 3)
	for _, r := range rows {
		for i, v := range r {
			want[i] += gamma * v
		}
	}
	mean := make([]float64, 3)
	src := seedReader(1)
	for range trials {
		f, err := NewFixedPointSum(3, 1, gamma, src)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range rows {
			f.Add(r)
		}
		for i, v := range f.Sum() {
			if math.Abs(float64(v)-want[i]) >= float64(len(rows)) {
				t.Fatalf("coordinate %d: %d is %d rows' rounding away from %v", i, v, len(rows), want[i])
			}
			mean[i] += float64(v) / trials
		}
	}
	for i := range mean {
		// each row's rounding has variance ≤ 1/4: the mean's std is ≤ sqrt(3/4/trials)
		if tol := 5 * math.Sqrt(0.75/trials); math.Abs(mean[i]-want[i]) > tol {
			t.Errorf("coordinate %d: mean %v, want %v ± %v", i, mean[i], want[i], tol)
		}
	}
}

// TestRowLimitBelowSensitivity: for every (C, γ, d), 2√T ≤ Δ exactly (in
// rational arithmetic): the integer check FixedPointSum applies to every row
// is at least as strict as the sensitivity the accountant uses.
func TestRowLimitBelowSensitivity(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		clip := rapid.Float64Range(1e-6, 1e6).Draw(t, "clip")
		units := rapid.Float64Range(1, 1<<20).Draw(t, "γC")
		dim := rapid.IntRange(1, 1<<16).Draw(t, "dim")
		gamma := units / clip
		limit, err := RowLimit(clip, gamma, dim)
		if err != nil {
			t.Skip(err)
		}
		delta, err := RoundedSensitivity(2*clip, gamma, dim)
		if err != nil {
			t.Fatal(err)
		}
		// 4T ≤ Δ² with Δ the float the accountant uses, exactly
		lhs := new(big.Rat).SetInt(new(big.Int).Lsh(new(big.Int).SetUint64(limit), 2))
		d := new(big.Rat).SetFloat64(delta)
		if lhs.Cmp(new(big.Rat).Mul(d, d)) > 0 {
			t.Fatalf("C=%v γ=%v d=%d: 2√T = 2√%d exceeds Δ = %v", clip, gamma, dim, limit, delta)
		}
		// and T is not needlessly small: at least (γC)², so a clipped row is never zeroed by the check
		if gc := gamma * clip; float64(limit) < gc*gc*(1-1e-9) {
			t.Fatalf("T = %d below (γC)² = %v", limit, gc*gc)
		}
	})
}

// TestFixedPointSumNeighbours: replacing one row changes the sum by at most
// Δ = RoundedSensitivity(2C, γ, d), whatever the rows (clipped or hostile:
// huge, NaN, wrong length) and whatever the rounding; every added row obeys
// the limit exactly.
func TestFixedPointSumNeighbours(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		dim := rapid.IntRange(1, 8).Draw(t, "dim")
		clip := rapid.Float64Range(0.01, 10).Draw(t, "clip")
		gamma := rapid.Float64Range(1, 2000).Draw(t, "γC") / clip
		rows := rapid.SliceOfN(row(dim, clip), 0, 6).Draw(t, "rows")
		a, b := row(dim, clip).Draw(t, "replaced"), row(dim, clip).Draw(t, "replacement")
		x, _ := NewFixedPointSum(dim, clip, gamma, seedReader(1))
		y, _ := NewFixedPointSum(dim, clip, gamma, seedReader(2))
		limit, _ := RowLimit(clip, gamma, dim)
		for _, r := range rows {
			x.Add(r)
			y.Add(r)
			checkRowLimit(t, x, limit)
			checkRowLimit(t, y, limit)
		}
		x.Add(a)
		checkRowLimit(t, x, limit)
		y.Add(b)
		checkRowLimit(t, y, limit)
		delta, _ := RoundedSensitivity(2*clip, gamma, dim)
		sx, sy := x.Sum(), y.Sum()
		var d2 float64
		for i := range sx {
			d := float64(sx[i] - sy[i])
			d2 += d * d
		}
		if math.Sqrt(d2) > delta {
			t.Fatalf("neighbouring sums differ by %v > Δ = %v", math.Sqrt(d2), delta)
		}
	})
}

func checkRowLimit(t *rapid.T, f *FixedPointSum, limit uint64) {
	var n2 uint64
	for _, r := range f.row {
		n2 += uint64(r * r)
	}
	if n2 > limit && f.zeroed == 0 {
		t.Fatalf("a row of squared norm %d > %d was added", n2, limit)
	}
}

// row draws a row: clipped to norm C (the normal case), or hostile.
func row(dim int, clip float64) *rapid.Generator[[]float64] {
	return rapid.Custom(func(t *rapid.T) []float64 {
		v := make([]float64, dim)
		for i := range v {
			v[i] = rapid.Float64Range(-1, 1).Draw(t, "v")
		}
		switch rapid.IntRange(0, 5).Draw(t, "kind") {
		case 0:
			v[0] = math.NaN()
		case 1:
			v[0] = math.Inf(1)
		case 2:
			v[0] = 1e300
		case 3:
			return v[:dim-1]
		}
		if n := l2Norm(v); n > clip {
			for i := range v {
				v[i] *= clip / n
			}
		}
		return v
	})
}

// TestFixedPointSumZeroesHostileRows: a non-finite or over-long row adds
// nothing and is counted; clipped rows are never zeroed.
func TestFixedPointSumZeroesHostileRows(t *testing.T) {
	f, err := NewFixedPointSum(2, 1, 1000, seedReader(3))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range [][]float64{{math.NaN(), 0}, {math.Inf(-1), 0}, {2, 0}, {0.5}} {
		f.Add(r)
	}
	if s := f.Sum(); s[0] != 0 || s[1] != 0 || f.Zeroed() != 4 {
		t.Fatalf("hostile rows: sum %v, zeroed %d", s, f.Zeroed())
	}
	for range 1000 {
		f.Add([]float64{0.6, 0.8}) // norm exactly 1 = C
	}
	if f.Zeroed() != 4 {
		t.Fatalf("rows of norm C were zeroed: %d", f.Zeroed()-4)
	}
}

func TestRowBoundRefuses(t *testing.T) {
	for _, c := range []struct {
		clip, gamma float64
		dim         int
	}{{0, 1, 1}, {1, 0, 1}, {1, 1, 0}, {math.NaN(), 1, 1}, {1, math.Inf(1), 1}, {1e10, 1e10, 1}} {
		if _, err := RowBound(c.clip, c.gamma, c.dim); err == nil {
			t.Errorf("RowBound(%+v) accepted", c)
		}
		if _, err := NewFixedPointSum(max(c.dim, 0), c.clip, c.gamma, nil); err == nil {
			t.Errorf("NewFixedPointSum(%+v) accepted", c)
		}
	}
}

func TestRoundedSensitivity(t *testing.T) {
	got, err := RoundedSensitivity(2, 1000, 25) // 2C = 2, γ = 1000, d = 25
	if err != nil || got != 2010 {
		t.Errorf("RoundedSensitivity = %v, %v; want 2000 + 2·5", got, err)
	}
	if b, _ := RowBound(1, 1000, 25); 2*b != got {
		t.Errorf("2·RowBound = %v, RoundedSensitivity = %v", 2*b, got)
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

func l2Norm(x []float64) float64 {
	s := 0.0
	for _, v := range x {
		s += v * v
	}
	return math.Sqrt(s)
}
