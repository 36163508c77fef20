package enclave

import (
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/veil-market/veil/dataset"
	"github.com/veil-market/veil/sandbox/examples/logreg"
)

var accuracy = flag.Bool("tee.accuracy", false, "measure the in-enclave logistic regression's accuracy on breast_cancer (docs/tee.md)")

// TestLogregAccuracy trains the logreg example in the sandbox by DP-SGD over
// releases (30 rounds, clip 0.05, Adam lr 0.5: the fl engine's defaults) on
// a stratified 75 % of breast_cancer split over three owners, and reports
// test accuracy on the other 25 % for seeds 1..5 (the seed draws the split
// and the noise). Run with -tee.accuracy; the default suite runs one seed at
// ε = 8 and checks it learns.
func TestLogregAccuracy(t *testing.T) {
	tab, bounds := breastCancer(t)
	seeds, epsilons := []int{1}, []float64{8}
	if *accuracy {
		seeds, epsilons = []int{1, 2, 3, 4, 5}, []float64{1, 8}
	}
	for _, eps := range epsilons {
		var accs []float64
		for _, seed := range seeds {
			train, test := stratified(tab, "benign", uint64(seed))
			j := logregJob(t, split3(train), bounds, eps, 30)
			rel := runWith(t, j, sandboxCaller(t, j, false), byte(seed))
			var flat []float64
			for _, r := range rel {
				flat = append(flat, r.Values...)
			}
			cfg := logreg.ParseArgs(j.Args)
			accs = append(accs, accuracyOf(cfg, cfg.Replay(flat), test, j.Columns))
		}
		m, sd := meanSD(accs)
		t.Logf("ε = %v: test accuracy %.3f ± %.3f over seeds %v (%v)", eps, m, sd, seeds, fmtAll(accs))
		if !*accuracy && m < 0.9 {
			t.Errorf("ε = %v: accuracy %.3f, the fl engine reaches 0.95", eps, m)
		}
	}
}

func accuracyOf(cfg logreg.Config, theta []float64, test *dataset.Table, cols []string) float64 {
	sel, _ := test.Select(cols)
	right := 0
	for _, row := range sel.Rows {
		p := cfg.Predict(theta, row)
		if (p >= 0.5) == (row[len(row)-1] >= 0.5) {
			right++
		}
	}
	return float64(right) / float64(len(sel.Rows))
}

// stratified splits 75/25 within each label, shuffled by seed.
func stratified(t *dataset.Table, label string, seed uint64) (train, test *dataset.Table) {
	j, _ := t.Index(label)
	r := rand.New(rand.NewPCG(seed, 0x7ee))
	train, test = &dataset.Table{Columns: t.Columns}, &dataset.Table{Columns: t.Columns}
	for _, cls := range []float64{0, 1} {
		var idx []int
		for i, row := range t.Rows {
			if row[j] == cls {
				idx = append(idx, i)
			}
		}
		r.Shuffle(len(idx), func(a, b int) { idx[a], idx[b] = idx[b], idx[a] })
		cut := len(idx) * 3 / 4
		for k, i := range idx {
			if k < cut {
				train.Rows = append(train.Rows, t.Rows[i])
			} else {
				test.Rows = append(test.Rows, t.Rows[i])
			}
		}
	}
	return train, test
}

func meanSD(xs []float64) (float64, float64) {
	var s, s2 float64
	for _, x := range xs {
		s += x
	}
	m := s / float64(len(xs))
	for _, x := range xs {
		s2 += (x - m) * (x - m)
	}
	if len(xs) < 2 {
		return m, 0
	}
	return m, math.Sqrt(s2 / float64(len(xs)-1))
}

func fmtAll(xs []float64) string {
	s := ""
	for _, x := range xs {
		s += fmt.Sprintf("%.3f ", x)
	}
	return s
}
