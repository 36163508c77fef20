package ml_test

import (
	"encoding/json"
	"errors"
	"math"
	"os"
	"testing"

	"github.com/veil-market/veil/ml"
)

// metricsKAT is testdata/metrics_kat.json, written by
// testdata/metrics_kat.py with scikit-learn 1.2.1.
type metricsKAT struct {
	Classification []struct {
		Name     string
		Classes  int
		Truth    []float64
		Pred     []float64
		Prob     [][]float64
		Accuracy float64
		MacroF1  float64 `json:"macro_f1"`
		AUC      float64
		LogLoss  float64 `json:"log_loss"`
	}
	Regression struct {
		Truth, Pred []float64
		R2, RMSE    float64
	}
}

func loadMetricsKAT(t *testing.T) metricsKAT {
	t.Helper()
	data, err := os.ReadFile("testdata/metrics_kat.json")
	if err != nil {
		t.Fatal(err)
	}
	var kat metricsKAT
	if err := json.Unmarshal(data, &kat); err != nil {
		t.Fatal(err)
	}
	return kat
}

func near(t *testing.T, what string, got, want float64) {
	t.Helper()
	if math.Abs(got-want) > 1e-12*math.Max(1, math.Abs(want)) {
		t.Errorf("%s = %.15g, want %.15g", what, got, want)
	}
}

func TestMetricsAgainstScikitLearn(t *testing.T) {
	kat := loadMetricsKAT(t)
	for _, c := range kat.Classification {
		t.Run(c.Name, func(t *testing.T) {
			acc, err := ml.Accuracy(c.Truth, c.Pred)
			must(t, err)
			near(t, "accuracy", acc, c.Accuracy)
			f1, err := ml.MacroF1(c.Truth, c.Pred)
			must(t, err)
			near(t, "macro F1", f1, c.MacroF1)
			idx := make([]int, len(c.Truth))
			for i, y := range c.Truth {
				idx[i] = int(y)
			}
			ll, err := ml.LogLoss(idx, c.Prob)
			must(t, err)
			near(t, "log loss", ll, c.LogLoss)
			near(t, "AUC", macroAUC(t, idx, c.Prob, c.Classes), c.AUC)
		})
	}
	r := kat.Regression
	r2, err := ml.R2(r.Truth, r.Pred)
	must(t, err)
	near(t, "R2", r2, r.R2)
	rmse, err := ml.RMSE(r.Truth, r.Pred)
	must(t, err)
	near(t, "RMSE", rmse, r.RMSE)
}

// macroAUC is scikit-learn's roc_auc_score: binary on class 1's score, else
// one-vs-rest averaged over classes.
func macroAUC(t *testing.T, idx []int, prob [][]float64, classes int) float64 {
	first := 0
	if classes == 2 {
		first = 1
	}
	var sum float64
	for k := first; k < classes; k++ {
		pos := make([]bool, len(idx))
		score := make([]float64, len(idx))
		for i := range idx {
			pos[i], score[i] = idx[i] == k, prob[i][k]
		}
		auc, err := ml.ROCAUC(pos, score)
		must(t, err)
		sum += auc
	}
	return sum / float64(classes-first)
}

func TestROCAUCHandComputed(t *testing.T) {
	tests := []struct {
		name  string
		pos   []bool
		score []float64
		want  float64
	}{
		// Pairs (positive, negative): (0.5, 0.5) ties for 1/2, the other three are ordered: 3.5/4.
		{"one tie", []bool{true, true, false, false}, []float64{0.5, 0.8, 0.5, 0.2}, 0.875},
		{"all tied", []bool{true, false, true, false}, []float64{1, 1, 1, 1}, 0.5},
		{"perfect", []bool{false, false, true}, []float64{0.1, 0.2, 0.3}, 1},
		{"reversed", []bool{true, false}, []float64{0, 1}, 0},
	}
	for _, tt := range tests {
		got, err := ml.ROCAUC(tt.pos, tt.score)
		must(t, err)
		near(t, tt.name, got, tt.want)
	}
}

func TestMetricErrors(t *testing.T) {
	if _, err := ml.ROCAUC([]bool{true, true}, []float64{0.1, 0.2}); !errors.Is(err, ml.ErrUndefined) {
		t.Errorf("AUC of one class: err = %v, want ErrUndefined", err)
	}
	if _, err := ml.R2([]float64{3, 3}, []float64{1, 2}); !errors.Is(err, ml.ErrUndefined) {
		t.Errorf("R2 of constant truth: err = %v, want ErrUndefined", err)
	}
	if _, err := ml.Accuracy([]float64{1}, []float64{1, 2}); err == nil {
		t.Error("Accuracy accepted slices of different lengths")
	}
	if _, err := ml.LogLoss([]int{2}, [][]float64{{0.5, 0.5}}); err == nil {
		t.Error("LogLoss accepted a class index out of range")
	}
	if _, err := ml.RMSE(nil, nil); err == nil {
		t.Error("RMSE accepted no rows")
	}
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
