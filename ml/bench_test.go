package ml_test

import (
	"math/rand/v2"
	"testing"

	"github.com/veil-market/veil/ml"
	"github.com/veil-market/veil/ml/internal/sampledata"
)

func breastCancerRows(b *testing.B) (ml.Learner, []float64, []ml.Example) {
	b.Helper()
	tab, bounds := loadData(b, "breast_cancer.csv", "breast_cancer.bounds.json")
	m, err := ml.NewModel(ml.Spec{Type: ml.TypeLogistic, Features: sampledata.Features(tab, "benign"), Label: "benign", Bounds: bounds, Classes: []float64{0, 1}})
	must(b, err)
	rows, err := m.Examples(tab)
	must(b, err)
	l, _ := m.Learner()
	return l, randomVector(rand.New(rand.NewPCG(1, 1)), l.NumParams(), 1), rows
}

// BenchmarkClipAndSum measures one owner's per-round work on all 569 rows of
// breast_cancer against the baseline of summing the same gradients unclipped.
func BenchmarkClipAndSum(b *testing.B) {
	l, params, rows := breastCancerRows(b)
	b.Run("baseline-unclipped-sum", func(b *testing.B) {
		grad := make([]float64, l.NumParams())
		sum := make([]float64, l.NumParams())
		for b.Loop() {
			for _, r := range rows {
				l.PerExampleGradient(params, r.X, r.Y, grad)
				for i, g := range grad {
					sum[i] += g
				}
			}
		}
		b.ReportMetric(float64(len(rows)*b.N)/b.Elapsed().Seconds(), "rows/s")
	})
	b.Run("ClipAndSum", func(b *testing.B) {
		for b.Loop() {
			if _, err := ml.ClipAndSum(l, params, rows, 0.05); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(len(rows)*b.N)/b.Elapsed().Seconds(), "rows/s")
	})
}

// BenchmarkStep compares the bit-exact, checked updates with a naive
// unchecked loop over the same 1024 parameters.
func BenchmarkStep(b *testing.B) {
	const n = 1024
	r := rand.New(rand.NewPCG(2, 2))
	params, sum := randomVector(r, n, 1), randomVector(r, n, 1e-3)
	b.Run("baseline-naive", func(b *testing.B) {
		b.SetBytes(8 * n)
		for b.Loop() {
			for i, g := range sum {
				params[i] -= 0.5 * g / 100
			}
		}
	})
	b.Run("Step", func(b *testing.B) {
		b.SetBytes(8 * n)
		for b.Loop() {
			if err := ml.Step(params, sum, 100, 0.5); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("Adam", func(b *testing.B) {
		opt, err := ml.NewOptimizer(ml.DefaultTrainConfig(ml.TypeLogistic), n)
		must(b, err)
		b.SetBytes(8 * n)
		for b.Loop() {
			if err := opt.Step(params, sum, 100); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("ParamsDigest", func(b *testing.B) {
		b.SetBytes(8 * n)
		for b.Loop() {
			ml.ParamsDigest(params)
		}
	})
}
