package suffstat

import (
	"encoding/json"
	"fmt"
	"math"
	"testing"

	"github.com/veil-market/veil/dataset"
	"gonum.org/v1/gonum/mat"
)

// refColumn is a plaintext reference computed directly on clipped values,
// independently of the normalised sums the engine uses.
type refColumn struct {
	x         []float64
	sum, mean float64
	variance  float64
}

func reference(t tester, tab *dataset.Table, meta *dataset.Metadata, cols []string) []refColumn {
	t.Helper()
	out := make([]refColumn, len(cols))
	for j, name := range cols {
		raw, err := tab.Column(name)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := meta.Bound(name)
		r := refColumn{}
		for _, v := range raw {
			r.x = append(r.x, b.Clamp(v))
			r.sum += b.Clamp(v)
		}
		r.mean = r.sum / float64(len(raw))
		for _, v := range r.x {
			r.variance += (v - r.mean) * (v - r.mean)
		}
		r.variance /= float64(len(raw))
		out[j] = r
	}
	return out
}

func refCov(a, b refColumn) float64 {
	s := 0.0
	for i := range a.x {
		s += (a.x[i] - a.mean) * (b.x[i] - b.mean)
	}
	return s / float64(len(a.x))
}

func refHist(x, edges []float64) []float64 {
	counts := make([]float64, len(edges)-1)
	for _, v := range x {
		for b := 0; b < len(counts); b++ {
			if v >= edges[b] && (v < edges[b+1] || (b == len(counts)-1 && v == edges[b+1])) {
				counts[b]++
				break
			}
		}
	}
	return counts
}

func closeTo(got, want, rel float64) bool {
	return math.Abs(got-want) <= rel*math.Max(1, math.Abs(want))
}

func checkClose(t tester, what string, got, want, rel float64) {
	t.Helper()
	if !closeTo(got, want, rel) {
		t.Errorf("%s = %.12g, want %.12g (rel tol %g)", what, got, want, rel)
	}
}

func statsSpec(cols []string, bins map[string][]float64) []byte {
	b, _ := json.Marshal(map[string]any{"type": "stats", "columns": cols,
		"stats": []string{"count", "sum", "mean", "var", "std", "cov", "corr", "hist"}, "bins": bins})
	return b
}

var defaultPrivacy = Terms{Epsilon: 1, Delta: 1e-5, Owners: 3}

func TestStatsAgainstReference(t *testing.T) {
	for _, tc := range []struct {
		name string
		bins map[string][]float64
	}{
		{"diabetes", map[string][]float64{"bmi": {10, 20, 25, 30, 40, 50}, "age": {0, 30, 60, 100}}},
		{"breast_cancer", map[string][]float64{"mean_radius": {0, 10, 15, 20, 30}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tab, meta := loadDataset(t, tc.name)
			cols := tab.Columns
			plan, err := NewLayout(statsSpec(cols, tc.bins), repeatMeta(meta, 3), defaultPrivacy)
			if err != nil {
				t.Fatal(err)
			}
			sum := sumVectors(contributions(t, withoutNoise(plan), split(tab, 3, 1), 1))
			res, err := plan.Decode(sum)
			if err != nil {
				t.Fatal(err)
			}
			checkStats(t, res, reference(t, tab, meta, cols), tc.bins, 1e-9)
		})
	}
}

// checkStats compares a stats Result with the plaintext reference.
func checkStats(t tester, res *Release, ref []refColumn, bins map[string][]float64, rel float64) {
	t.Helper()
	if res.Count != int64(len(ref[0].x)) || res.Owners != 3 {
		t.Fatalf("count %d owners %d, want %d and 3", res.Count, res.Owners, len(ref[0].x))
	}
	for j, c := range res.Columns {
		checkClose(t, c.Name+" sum", c.Sum.Value, ref[j].sum, rel)
		checkClose(t, c.Name+" mean", c.Mean.Value, ref[j].mean, rel)
		checkClose(t, c.Name+" var", c.Var.Value, ref[j].variance, rel)
		checkClose(t, c.Name+" std", c.Std.Value, math.Sqrt(ref[j].variance), rel)
		for k := range res.Columns {
			cov := refCov(ref[j], ref[k])
			checkClose(t, fmt.Sprintf("cov(%s,%s)", c.Name, res.Columns[k].Name), res.Cov.Values[j][k].Value, cov, rel)
			corr := cov / math.Sqrt(ref[j].variance*ref[k].variance)
			checkClose(t, fmt.Sprintf("corr(%s,%s)", c.Name, res.Columns[k].Name), res.Corr.Values[j][k].Value, corr, rel)
		}
		if edges, ok := bins[c.Name]; ok {
			want := refHist(ref[j].x, edges)
			for b, w := range want {
				checkClose(t, fmt.Sprintf("%s hist[%d]", c.Name, b), c.Hist.Counts[b].Value, w, rel)
			}
		}
	}
}

// refOLS fits y on the clipped features with an intercept, in original
// units, and returns (intercept, coefficients..., R²).
func refOLS(t tester, ref []refColumn) []float64 {
	t.Helper()
	d, n := len(ref)-1, len(ref[0].x)
	x := mat.NewDense(n, d+1, nil)
	y := mat.NewVecDense(n, ref[d].x)
	for i := range n {
		x.Set(i, 0, 1)
		for j := range d {
			x.Set(i, j+1, ref[j].x[i])
		}
	}
	var beta mat.VecDense
	if err := beta.SolveVec(x, y); err != nil { // least squares (QR)
		t.Fatal(err)
	}
	var pred mat.VecDense
	pred.MulVec(x, &beta)
	sse, sst := 0.0, 0.0
	for i := range n {
		sse += math.Pow(y.AtVec(i)-pred.AtVec(i), 2)
		sst += math.Pow(y.AtVec(i)-ref[d].mean, 2)
	}
	return append(mat.Col(nil, 0, &beta), 1-sse/sst)
}

func linregSpec(label string, features []string, ridge *float64) []byte {
	b, _ := json.Marshal(Task{Type: TypeLinreg, Label: label, Features: features, Ridge: ridge})
	return b
}

func TestLinregAgainstOLS(t *testing.T) {
	for _, tc := range []struct{ name, label string }{
		{"diabetes", "progression"},
		{"breast_cancer", "benign"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tab, meta := loadDataset(t, tc.name)
			var features []string
			for _, c := range tab.Columns {
				if c != tc.label {
					features = append(features, c)
				}
			}
			zero := 0.0
			plan, err := NewLayout(linregSpec(tc.label, features, &zero), repeatMeta(meta, 3), defaultPrivacy)
			if err != nil {
				t.Fatal(err)
			}
			quiet := withoutNoise(plan) // no noise, so no noise correction either
			res, err := quiet.Decode(sumVectors(contributions(t, quiet, split(tab, 3, 2), 1)))
			if err != nil {
				t.Fatal(err)
			}
			want := refOLS(t, reference(t, tab, meta, append(features, tc.label)))
			lr := res.Linreg
			checkClose(t, "intercept", lr.Intercept.Value, want[0], 1e-6)
			for j, f := range features {
				checkClose(t, "coef "+f, lr.Coefficients[j].Value, want[j+1], 1e-6)
			}
			checkClose(t, "R2", lr.R2.Value, want[len(want)-1], 1e-9)
		})
	}
}

// TestKnownAnswerBMI checks the figures that testdata/README.md gives for
// diabetes.csv (computed with numpy): bmi mean 26.375792, population
// variance 19.475636.
func TestKnownAnswerBMI(t *testing.T) {
	tab, meta := loadDataset(t, "diabetes")
	spec := []byte(`{"type":"stats","columns":["bmi"],"stats":["mean","var"]}`)
	plan, err := NewLayout(spec, repeatMeta(meta, 2), Terms{Epsilon: 1, Delta: 1e-5, Owners: 2})
	if err != nil {
		t.Fatal(err)
	}
	res, err := plan.Decode(sumVectors(contributions(t, withoutNoise(plan), split(tab, 2, 3), 1)))
	if err != nil {
		t.Fatal(err)
	}
	if got := res.Columns[0].Mean.Value; math.Abs(got-26.375792) > 5e-7 {
		t.Errorf("bmi mean %.7f, want 26.375792", got)
	}
	if got := res.Columns[0].Var.Value; math.Abs(got-19.475636) > 5e-7 {
		t.Errorf("bmi variance %.7f, want 19.475636", got)
	}
}
