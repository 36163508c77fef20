package ml_test

import (
	"math"
	"testing"

	"pgregory.net/rapid"

	"github.com/veil-market/veil/ml"
)

func norm(v []float64) float64 {
	var s float64
	for _, x := range v {
		s += x * x
	}
	return math.Sqrt(s)
}

func drawRows(t *rapid.T, d, n int, label *rapid.Generator[float64]) []ml.Example {
	rows := make([]ml.Example, n)
	for i := range rows {
		rows[i] = ml.Example{
			X: rapid.SliceOfN(rapid.Float64Range(-1, 1), d, d).Draw(t, "x"),
			Y: label.Draw(t, "y"),
		}
	}
	return rows
}

// TestClipAndSumSensitivity checks the property the privacy analysis rests
// on: replacing one row moves the sum by at most 2C in L2 norm, whatever the
// parameters and rows.
func TestClipAndSumSensitivity(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		d := rapid.IntRange(1, 8).Draw(t, "d")
		l := ml.Linear{Features: d}
		params := rapid.SliceOfN(rapid.Float64Range(-100, 100), l.NumParams(), l.NumParams()).Draw(t, "params")
		clip := rapid.Float64Range(1e-3, 10).Draw(t, "clip")
		label := rapid.Float64Range(-1, 1)
		rows := drawRows(t, d, rapid.IntRange(1, 6).Draw(t, "n"), label)
		neighbour := append([]ml.Example(nil), rows...)
		neighbour[0] = drawRows(t, d, 1, label)[0]
		a, err := ml.ClipAndSum(l, params, rows, clip)
		if err != nil {
			t.Fatal(err)
		}
		b, err := ml.ClipAndSum(l, params, neighbour, clip)
		if err != nil {
			t.Fatal(err)
		}
		diff := make([]float64, len(a))
		for i := range a {
			diff[i] = a[i] - b[i]
		}
		if n := norm(diff); n > 2*clip*(1+1e-12) {
			t.Fatalf("replacing one row moved the sum by %v > 2C = %v", n, 2*clip)
		}
	})
}

func TestClipAndSumKnownAnswer(t *testing.T) {
	l := ml.Linear{Features: 1}
	params := []float64{0, 0}
	// Residuals -3 and 0.1: gradients (-3*x, -3) = (-3, -3) and (0.1*0.5, 0.1).
	rows := []ml.Example{{X: []float64{1}, Y: 3}, {X: []float64{0.5}, Y: -0.1}}
	got, err := ml.ClipAndSum(l, params, rows, 1)
	must(t, err)
	// (-3, -3) is clipped to norm 1: (-1/√2, -1/√2); the small one is kept.
	want := []float64{-1/math.Sqrt2 + 0.05, -1/math.Sqrt2 + 0.1}
	for i := range want {
		if math.Abs(got[i]-want[i]) > 1e-15 {
			t.Errorf("sum[%d] = %v, want %v", i, got[i], want[i])
		}
	}
}

func TestClipAndSumRefusesBadInput(t *testing.T) {
	l := ml.Logistic{Features: 2}
	good := []ml.Example{{X: []float64{1, 0}, Y: 1}}
	tests := []struct {
		name   string
		params []float64
		rows   []ml.Example
		clip   float64
	}{
		{"zero clip", []float64{0, 0, 0}, good, 0},
		{"NaN clip", []float64{0, 0, 0}, good, math.NaN()},
		{"infinite clip", []float64{0, 0, 0}, good, math.Inf(1)},
		{"short params", []float64{0, 0}, good, 1},
		{"narrow row", []float64{0, 0, 0}, []ml.Example{{X: []float64{1}, Y: 1}}, 1},
	}
	for _, tt := range tests {
		if _, err := ml.ClipAndSum(l, tt.params, tt.rows, tt.clip); err == nil {
			t.Errorf("%s: no error", tt.name)
		}
	}
}
